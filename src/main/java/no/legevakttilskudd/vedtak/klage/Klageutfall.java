package no.legevakttilskudd.vedtak.klage;

/** Upheld (a new decision follows), or not upheld (forwarded to the appeal body). */
public enum Klageutfall {
    MEDHOLD, IKKE_MEDHOLD;

    public boolean erMedhold() {
        return this == MEDHOLD;
    }
}
