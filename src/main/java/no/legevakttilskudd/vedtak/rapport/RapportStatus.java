package no.legevakttilskudd.vedtak.rapport;

/** SENDT waits on staff; MER_INFO waits on the kommune; GODKJENT closes the award. */
public enum RapportStatus {
    SENDT, GODKJENT, MER_INFO;

    /** Whether the kommune may send the report again: the caseworker asked for more. */
    public boolean kanSendesIgjen() {
        return this == MER_INFO;
    }

    /** Whether the caseworker can approve it or ask for more now. */
    public boolean venterPaSaksbehandler() {
        return this == SENDT;
    }
}
