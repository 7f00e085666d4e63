package no.legevakttilskudd.vedtak.tilbakebetaling;

/** How a line paid a claim: the kommune paid it in, or it was set off against a later payment to the kommune. */
public enum Tilbakebetalingskilde {
    INNBETALING, MOTREGNING
}
