package no.legevakttilskudd.vedtak.brev;

/** Which kind of letter a letter page shows, for its title: the decision, a change, or a repayment claim. */
public enum Brevslag {
    VEDTAK, ENDRING, TILBAKEBETALING
}
