package no.legevakttilskudd.vedtak;

import java.time.Instant;
import java.time.LocalDate;

import no.legevakttilskudd.felles.Tidsformat;

/**
 * The appeal deadline, one rule wherever it is stated or checked (forvaltningsloven § 29): three weeks from the day
 * the decision letter reached the kommune. The letter is put out for the kommune in Legevakttilskudd the moment the
 * decision is sent, with a notice by e-mail, so it reaches the kommune on the day it is sent (Norwegian date).
 */
public final class Klagefrist {

    /** Three weeks. */
    public static final int DAGER = 21;

    /** The rule in the words the letter and the e-mail use; the pages say the same in their message bundles. */
    public static final String REGEL = "tre uker fra den dagen vedtaksbrevet kom fram til kommunen (forvaltningsloven § 29)";

    private Klagefrist() {
    }

    /** The last day to appeal a decision sent at {@code sendt}. */
    public static LocalDate av(Instant sendt) {
        return LocalDate.ofInstant(sendt, Tidsformat.NORGE).plusDays(DAGER);
    }
}
