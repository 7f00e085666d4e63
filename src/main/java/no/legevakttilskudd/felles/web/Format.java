package no.legevakttilskudd.felles.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.regler.Kroner;

/** How pages write money and time: "1 500 000 kr", "18. mai 2022 kl. 23.59" (or the English form), in Norwegian time. */
@TemplateExtension
public final class Format {

    private static final DateTimeFormatter NORSK = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", Locale.forLanguageTag("nb"));
    private static final DateTimeFormatter NYNORSK = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", Locale.forLanguageTag("nn"));
    private static final DateTimeFormatter ENGELSK = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private static final DateTimeFormatter DATO_ENGELSK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Format() {
    }

    /** {belop.kr} */
    static String kr(long belop) {
        return Kroner.tekst(belop);
    }

    /** {tall.tall}: digits grouped the Norwegian way. */
    static String tall(long tall) {
        return Kroner.tall(tall);
    }

    /** {heltall.tall} for int properties such as folketall. */
    static String tall(int tall) {
        return Kroner.tall(tall);
    }

    /**
     * {desimaltall.desimal}: "762,50" in Norwegian, "762.50" in English; digits grouped with a space. Public for text
     * made in Java in the page's language, such as a chart's description.
     */
    public static String desimal(BigDecimal verdi, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (verdi == null) {
            return "";
        }
        BigDecimal toDesimaler = verdi.setScale(2, RoundingMode.HALF_UP);
        String heltall = Kroner.tall(toDesimaler.toBigInteger().longValueExact());
        String desimaler = toDesimaler.abs().toPlainString();
        desimaler = desimaler.substring(desimaler.indexOf('.') + 1);
        boolean engelsk = locale instanceof Locale l && "en".equals(l.getLanguage());
        return heltall + (engelsk ? "." : ",") + desimaler;
    }

    /** {bytes.filstorrelse}: "2,4 MB", "340 kB" (or "2.4 MB" in English), as a person reads a file's size. */
    static String filstorrelse(long bytes, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        boolean engelsk = locale instanceof Locale l && "en".equals(l.getLanguage());
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
        }
        String mb = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP).toPlainString();
        return (engelsk ? mb : mb.replace('.', ',')) + " MB";
    }

    static String filstorrelse(int bytes, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return filstorrelse((long) bytes, locale);
    }

    /** {dato.dato}: "18. mai 2022" (or "18 May 2022" in English). */
    static String dato(LocalDate dato, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (dato == null) {
            return "";
        }
        boolean engelsk = locale instanceof Locale l && "en".equals(l.getLanguage());
        return engelsk ? DATO_ENGELSK.format(dato) : Tidsformat.norskDato(dato);
    }

    /** {tekst.urlKodet}: for a value inside a link's query string. */
    static String urlKodet(String tekst) {
        return tekst == null ? "" : URLEncoder.encode(tekst, StandardCharsets.UTF_8);
    }

    /** {tidspunkt.tid}: in Norwegian time, in the page's language. */
    static String tid(java.time.OffsetDateTime tidspunkt, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return tidspunkt == null ? "" : tid(tidspunkt.toInstant(), locale);
    }

    static String tid(Instant tidspunkt, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (tidspunkt == null) {
            return "";
        }
        String sprak = locale instanceof Locale l ? l.getLanguage() : "nb";
        DateTimeFormatter format = switch (sprak) {
            case "nn" -> NYNORSK;
            case "en" -> ENGELSK;
            default -> NORSK;
        };
        return format.format(tidspunkt.atZone(Tidsformat.NORGE));
    }
}
