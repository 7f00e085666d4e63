package no.legevakttilskudd.vedtak;

import java.time.Instant;
import java.time.LocalDate;

import no.legevakttilskudd.felles.Tidsformat;

/**
 * When the kommune should have accepted the conditions of a grant: three weeks from the day the decision was sent, the
 * same span as the appeal, so the kommune can weigh appealing before it accepts. The reminder goes a week before
 * (vedtak/paminnelse). Accepting later is still possible; the pages and the letter state the date, and the caseworker
 * sees who has not answered.
 */
public final class Akseptfrist {

    /** Three weeks. */
    public static final int DAGER = 21;

    private Akseptfrist() {
    }

    /** The day the kommune should have answered by, for a decision sent at {@code sendt}. */
    public static LocalDate av(Instant sendt) {
        return LocalDate.ofInstant(sendt, Tidsformat.NORGE).plusDays(DAGER);
    }

    /** Whether that day has passed at {@code naa} (Norwegian date). */
    public static boolean erUte(Instant sendt, Instant naa) {
        return LocalDate.ofInstant(naa, Tidsformat.NORGE).isAfter(av(sendt));
    }
}
