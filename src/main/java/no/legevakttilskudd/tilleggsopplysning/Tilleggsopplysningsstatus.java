package no.legevakttilskudd.tilleggsopplysning;

/** Where a question to the kommune stands; decided by {@link Tilleggsopplysning#status}. */
public enum Tilleggsopplysningsstatus {
    /** Not answered, the deadline not passed. */
    VENTER,
    /** Not answered, the deadline passed: flagged until it is answered. */
    FORFALT,
    /** Answered (also when late). */
    BESVART;

    public boolean venterPaKommunen() {
        return this != BESVART;
    }

    public boolean erForfalt() {
        return this == FORFALT;
    }

    /** The tag colour a page shows the status in: overdue warns, answered is done. */
    public String farge() {
        return switch (this) {
            case VENTER -> "info";
            case FORFALT -> "warning";
            case BESVART -> "success";
        };
    }
}
