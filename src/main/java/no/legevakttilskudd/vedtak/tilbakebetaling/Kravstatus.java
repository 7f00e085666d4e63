package no.legevakttilskudd.vedtak.tilbakebetaling;

/**
 * Where a claim stands, worked out from its due date and what is paid ({@link Kravvisning#av}); never stored, so it
 * cannot go stale: APENT is not yet due, FORFALT is past due with money left (it may be set off), BETALT is settled.
 */
public enum Kravstatus {
    APENT, FORFALT, BETALT;

    public String farge() {
        return switch (this) {
            case APENT -> "info";
            case FORFALT -> "danger";
            case BETALT -> "success";
        };
    }
}
