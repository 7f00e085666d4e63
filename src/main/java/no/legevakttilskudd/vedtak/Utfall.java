package no.legevakttilskudd.vedtak;

/** The outcome of a decision (SPEC §3). */
public enum Utfall {
    INNVILGET, DELVIS_INNVILGET, AVSLATT, AVVIST;

    public boolean girTilskudd() {
        return this == INNVILGET || this == DELVIS_INNVILGET;
    }
}
