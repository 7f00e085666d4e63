package no.legevakttilskudd.vedtak.utbetaling.bunt;

/** Where a batch of payments is: waiting for a second person, its file made, sent to the bank, or turned down. */
public enum Buntstatus {
    OPPRETTET, GODKJENT, SENDT, AVVIST
}
