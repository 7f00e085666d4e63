package no.legevakttilskudd.vedtak.tilbakebetaling;

/** Why money is to be repaid: the report's unused amount, or the caseworker's finding of misuse or a measure not carried out. */
public enum Tilbakebetalingsgrunn {
    UBRUKT, MISBRUK, IKKE_GJENNOMFORT;

    /** Misuse and a measure not carried out are the caseworker's findings, so they need written reasons. */
    public boolean trengerBegrunnelse() {
        return this != UBRUKT;
    }
}
