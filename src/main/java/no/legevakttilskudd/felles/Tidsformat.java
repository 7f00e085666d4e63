package no.legevakttilskudd.felles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Times are stored as instants and shown in Norwegian time. */
public final class Tidsformat {

    public static final ZoneId NORGE = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter LANG = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("nb-NO"));
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb-NO"));

    private Tidsformat() {
    }

    /** "18. mai 2022 kl. 23:59" */
    public static String norskTekst(Instant tidspunkt) {
        return LANG.format(tidspunkt.atZone(NORGE));
    }

    /** "1. april 2023" */
    public static String norskDato(LocalDate dato) {
        return DATO.format(dato);
    }

    /** Whole calendar days in Norway from now to the deadline; 0 on the last day and after it. */
    public static long dagerIgjen(Instant frist, Instant naa) {
        return Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(naa, NORGE), LocalDate.ofInstant(frist, NORGE)));
    }

    public static OffsetDateTime norsk(Instant tidspunkt) {
        return tidspunkt == null ? null : tidspunkt.atZone(NORGE).toOffsetDateTime();
    }
}
