package no.legevakttilskudd.vedtak;

/** SENDT waits on staff; MER_INFO waits on the kommune; GODKJENT closes the award. */
public enum RapportStatus {
    SENDT, GODKJENT, MER_INFO
}
