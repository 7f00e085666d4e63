package no.legevakttilskudd.felles;

/** Who did something, as written to the audit log: a user from the token, or the system itself. */
public record Aktor(String navn, String rolle) {

    public static final Aktor SYSTEM = new Aktor("system", "system");

    /**
     * Who the directorate's staff are shown as to those who may not see their user names (kommuner, evaluators): the
     * organisation, not the person.
     */
    public static final String DIREKTORATET = "Helsedirektoratet";
}
