package no.legevakttilskudd.felles;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times are stored as instants and shown in Norwegian time. */
public final class Tidsformat {

    public static final ZoneId NORGE = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter LANG = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("nb-NO"));

    private Tidsformat() {
    }

    /** "18. mai 2022 kl. 23:59" */
    public static String norskTekst(Instant tidspunkt) {
        return LANG.format(tidspunkt.atZone(NORGE));
    }

    public static OffsetDateTime norsk(Instant tidspunkt) {
        return tidspunkt == null ? null : tidspunkt.atZone(NORGE).toOffsetDateTime();
    }
}
