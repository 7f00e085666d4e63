package no.legevakttilskudd.vedtak;

/** FORESLATT → (RETURNERT | GODKJENT) → SENDT. A returned proposal is history; a new one is proposed instead. */
public enum VedtakStatus {
    FORESLATT, RETURNERT, GODKJENT, SENDT
}
