package no.legevakttilskudd.vedtak;

import java.util.Locale;

/** FORESLATT → (RETURNERT | GODKJENT) → SENDT. A returned proposal is history; a new one is proposed instead. */
public enum VedtakStatus {
    FORESLATT, RETURNERT, GODKJENT, SENDT;

    /** A status from a query string or form; null when it names none, for the caller to answer with a clear message. */
    public static VedtakStatus les(String verdi) {
        if (verdi == null) {
            return null;
        }
        try {
            return valueOf(verdi.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
