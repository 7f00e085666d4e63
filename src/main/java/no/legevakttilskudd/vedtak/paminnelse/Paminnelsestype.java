package no.legevakttilskudd.vedtak.paminnelse;

/** The reminders the kommune gets by e-mail; each at most once per decision. */
public enum Paminnelsestype {

    /** A sent award not accepted 14 days after it was sent. */
    AKSEPT("aksept av vilkårene"),

    /** An accepted award without a report, 30 days before the call's report deadline. */
    RAPPORT_FRIST("rapporten, fristen nærmer seg"),

    /** An accepted award without a report, once the report deadline has passed. */
    RAPPORT_FORSINKET("rapporten, fristen er passert");

    private final String gjelder;

    Paminnelsestype(String gjelder) {
        this.gjelder = gjelder;
    }

    /** What the reminder is about, for the audit log. */
    public String gjelder() {
        return gjelder;
    }
}
