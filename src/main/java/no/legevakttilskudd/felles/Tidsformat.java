package no.legevakttilskudd.felles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times are stored as instants and shown in Norwegian time. */
public final class Tidsformat {

    public static final ZoneId NORGE = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter LANG = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("nb-NO"));
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb-NO"));

    private static final DateTimeFormatter ISO_DATO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter FORM_DATO = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final DateTimeFormatter FORM_TIDSPUNKT = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm");
    private static final DateTimeFormatter NORSK_DATO = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** 15.3.2026 or 2026-03-15; four-digit years only, since no one means year 20260 and the database's range is smaller. */
    private static final Pattern DATO_TEKST = Pattern.compile("[1-9]\\d{3}-\\d{2}-\\d{2}|\\d{1,2}\\.\\d{1,2}\\.[1-9]\\d{3}");
    /** The date, then a time as 23:59 or 23.59, with a space, "kl." or ISO's T between. */
    private static final Pattern TIDSPUNKT_TEKST = Pattern.compile("(\\S+?)(?:T|\\s+(?:kl\\.?\\s*)?)(\\d{1,2})[:.](\\d{2})");

    private Tidsformat() {
    }

    /**
     * A date as people type it in a form: the Norwegian 15.3.2026, or 2026-03-15. The forms use text fields rather than the
     * browser's date picker, whose format follows the browser's language (mm/dd/yyyy) and not the page's.
     */
    public static Optional<LocalDate> lesDato(String tekst) {
        String renset = tekst == null ? "" : tekst.strip();
        if (!DATO_TEKST.matcher(renset).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(renset, renset.contains("-") ? ISO_DATO : NORSK_DATO));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** "15.03.2026": a date as a form shows it, so it reads back as typed. */
    public static String skjemadato(LocalDate dato) {
        return dato == null ? null : FORM_DATO.format(dato);
    }

    /** "18.05.2022 23:59": a moment in Norwegian time as a form shows it. */
    public static String skjematidspunkt(Instant tidspunkt) {
        return tidspunkt == null ? null : FORM_TIDSPUNKT.format(tidspunkt.atZone(NORGE));
    }

    /** A date and time of day in Norwegian time as typed: 18.5.2022 23:59, 18.5.2022 kl. 23.59, or 2022-05-18T23:59. */
    public static Optional<LocalDateTime> lesTidspunkt(String tekst) {
        Matcher m = TIDSPUNKT_TEKST.matcher(tekst == null ? "" : tekst.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int time = Integer.parseInt(m.group(2));
        int minutt = Integer.parseInt(m.group(3));
        if (time > 23 || minutt > 59) {
            return Optional.empty();
        }
        return lesDato(m.group(1)).map(dato -> dato.atTime(time, minutt));
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
