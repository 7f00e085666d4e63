package no.legevakttilskudd.felles.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.quarkus.qute.TemplateExtension;
import no.legevakttilskudd.regler.Arsak;

/**
 * Every code a person may meet — statuses, categories, outcomes, rule reasons, history actions, roles — as words, in
 * the page's language: the one place that turns codes into labels ({@code kodeord/kodeord*.properties}, bokmål,
 * nynorsk and English). Applied when a page or a file for people is made, so stored codes and texts stay as they were.
 * A code without a label is shown as a plain word rather than in capitals; {@code KodeordTest} makes sure none lacks one.
 */
@TemplateExtension
public final class Kodeord {

    /** The language of what is stored, the log's sentences among them. */
    public static final Locale BOKMAL = Locale.forLanguageTag("nb");

    private static final Map<String, Properties> TEKSTER = new ConcurrentHashMap<>();

    private Kodeord() {
    }

    /** The label of {@code kode} in {@code familie} (an enum's simple name, or handling, entitet, rolle) for {@code sprak}. */
    public static String ord(String familie, String kode, Locale sprak) {
        if (kode == null || kode.isBlank()) {
            return "";
        }
        String nokkel = familie + "." + kode.strip();
        String tekst = tekster(sprak == null ? "nb" : sprak.getLanguage()).getProperty(nokkel);
        if (tekst == null) {
            tekst = tekster("nb").getProperty(nokkel);
        }
        return tekst != null ? tekst : somOrd(kode);
    }

    /** Whether {@code kode} has a label in {@code familie} in every language; for the tests that guard the labels. */
    public static boolean harOrd(String familie, String kode, String sprak) {
        return tekster(sprak).containsKey(familie + "." + kode);
    }

    /** The codes of {@code familie} that have words, for a filter's choices. */
    public static List<String> koder(String familie) {
        String prefiks = familie + ".";
        return tekster("nb").stringPropertyNames().stream().filter(n -> n.startsWith(prefiks))
                .map(n -> n.substring(prefiks.length())).sorted().toList();
    }

    /** {status.ord}: any enum, its family being the enum's simple name. */
    public static String ord(Enum<?> kode, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return kode == null ? "" : ord(kode.getDeclaringClass().getSimpleName(), kode.name(), sprak(locale));
    }

    /** {kode:ord('handling', h.handling)}: a code kept as text, such as a history action or an entity. */
    @TemplateExtension(namespace = "kode")
    static String ord(String familie, Object kode, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return kode == null ? "" : ord(familie, String.valueOf(kode), sprak(locale));
    }

    /**
     * {kode:roller(h.rolle)}: the roles people have in this system, as words; the identity provider's own roles
     * (default-roles-…, offline_access, uma_authorization) are not shown.
     */
    @TemplateExtension(namespace = "kode")
    static String roller(String roller, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return roller(roller, sprak(locale));
    }

    public static String roller(String roller, Locale sprak) {
        if (roller == null) {
            return "";
        }
        return Arrays.stream(roller.split("[,\\s]+")).filter(r -> harOrd("rolle", r, "nb"))
                .map(r -> ord("rolle", r, sprak)).distinct().collect(Collectors.joining(", "));
    }

    /**
     * {kode:verdi(h.etterVerdi)}: a value in the history that is a status code (SENDT, UNDER_BEHANDLING) as its
     * label; any other value as it was stored.
     */
    @TemplateExtension(namespace = "kode")
    static String verdi(String verdi, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (verdi == null || !verdi.matches("[A-Z][A-Z_]+")) {
            return verdi;
        }
        return harOrd("SoknadStatus", verdi, "nb") ? ord("SoknadStatus", verdi, sprak(locale))
                : harOrd("VedtakStatus", verdi, "nb") ? ord("VedtakStatus", verdi, sprak(locale)) : verdi;
    }

    /**
     * {kode:arsak(a)}: a reason of the rules in the page's language, from its facts; in bokmål, or when the reason was
     * stored without its facts, the sentence as the rules wrote it ({kode:arsakSprak(a)} says which language that is).
     */
    @TemplateExtension(namespace = "kode")
    static String arsak(Arsak arsak, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return arsak(arsak, sprak(locale));
    }

    @TemplateExtension(namespace = "kode")
    static String arsakSprak(Arsak arsak, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return monster(arsak, sprak(locale)) == null ? "nb" : sprak(locale).getLanguage();
    }

    public static String arsak(Arsak arsak, Locale sprak) {
        String monster = monster(arsak, sprak);
        return monster == null ? arsak.tekst() : formater(monster, arsak.verdier(), sprak);
    }

    /**
     * The reason's sentence in {@code sprak} from its facts, bokmål too: for the test that the bokmål sentence from the
     * facts is exactly what the rules wrote, so the facts are complete and in order. Null when there is no sentence.
     */
    public static String fraFakta(Arsak arsak, Locale sprak) {
        String monster = arsakmonster(arsak, sprak);
        return monster == null ? null : formater(monster, arsak.verdier(), sprak);
    }

    /** The sentence pattern for the reason's code in {@code sprak}, one for its number of facts first. */
    private static String arsakmonster(Arsak arsak, Locale sprak) {
        Properties tekster = tekster(sprak.getLanguage());
        String nokkel = "arsaktekst." + arsak.kode().name();
        return tekster.getProperty(nokkel + "." + arsak.verdier().size(), tekster.getProperty(nokkel));
    }

    private static String formater(String monster, List<String> verdier, Locale sprak) {
        Object[] argumenter = new Object[verdier.size()];
        for (int i = 0; i < argumenter.length; i++) {
            String verdi = verdier.get(i);
            // A count that picks a word form is a number; a status or a measure category is told in the page's words;
            // every other fact is text as the rules wrote it, so a year stays 2022 and an amount keeps its spaces.
            argumenter[i] = monster.contains("{" + i + ",choice") ? (Object) Long.valueOf(verdi)
                    : harOrd("Tildelingsstatus", verdi, "nb") ? ord("Tildelingsstatus", verdi, sprak).toLowerCase(sprak)
                    : harOrd("TiltakKategori", verdi, "nb") ? ord("TiltakKategori", verdi, sprak).toLowerCase(sprak) : verdi;
        }
        return new MessageFormat(monster, sprak).format(argumenter);
    }

    private static String monster(Arsak arsak, Locale sprak) {
        if (arsak == null || "nb".equals(sprak.getLanguage())) {
            return null;
        }
        String monster = arsakmonster(arsak, sprak);
        // A reason stored before its facts were kept has none: its sentence stays as written.
        boolean harPlassholdere = monster != null && monster.contains("{");
        return monster == null || (harPlassholdere && arsak.verdier().isEmpty()) ? null : monster;
    }

    private static Locale sprak(Object locale) {
        return locale instanceof Locale l ? l : BOKMAL;
    }

    /** UNDER_BEHANDLING as «Under behandling»: never capitals on a page, even for a code nobody gave words yet. */
    static String somOrd(String kode) {
        String ord = kode.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
        return ord.isEmpty() ? ord : Character.toUpperCase(ord.charAt(0)) + ord.substring(1);
    }

    private static Properties tekster(String sprak) {
        return TEKSTER.computeIfAbsent(sprak, s -> {
            String fil = "kodeord/kodeord" + (s.equals("nb") ? "" : "_" + s) + ".properties";
            Properties tekster = new Properties();
            try (InputStream inn = Kodeord.class.getClassLoader().getResourceAsStream(fil)) {
                if (inn != null) {
                    tekster.load(new InputStreamReader(inn, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return tekster;
        });
    }
}
