package no.legevakttilskudd.vedtak;

/** The outcome of a decision (SPEC §3). */
public enum Utfall {
    INNVILGET, DELVIS_INNVILGET, AVSLATT, AVVIST;

    public boolean girTilskudd() {
        return this == INNVILGET || this == DELVIS_INNVILGET;
    }

    /**
     * The outcome as the kommune is told it. The rules call an award of the whole approved budget, or of the cap,
     * INNVILGET; for the kommune, which asked for more, the rest is refused and can be appealed, so an award below what
     * was asked is partly granted wherever the kommune reads it (forvaltningsloven § 24–25: the refused part is a decision
     * that needs its reasons).
     */
    public Utfall forKommunen(long belop, long omsokt) {
        return this == INNVILGET && belop < omsokt ? DELVIS_INNVILGET : this;
    }
}
