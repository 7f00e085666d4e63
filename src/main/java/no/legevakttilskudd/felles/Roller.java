package no.legevakttilskudd.felles;

/** The realm roles of SPEC §2, as they appear in the token's realm_access.roles. */
public final class Roller {

    public static final String SOKER = "soker";
    public static final String SAKSBEHANDLER = "saksbehandler";
    public static final String GODKJENNER = "godkjenner";
    public static final String EVALUATOR = "evaluator";
    public static final String ADMIN = "admin";

    private Roller() {
    }
}
