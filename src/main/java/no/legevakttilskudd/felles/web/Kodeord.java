package no.legevakttilskudd.felles.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.quarkus.qute.TemplateExtension;

/**
 * Every code a person may meet — statuses, categories, outcomes, rule reasons, history actions, roles — as words, in
 * the page's language: the one place that turns codes into labels ({@code kodeord/kodeord*.properties}, bokmål,
 * nynorsk and English). Applied when a page or a file for people is made, so stored codes and texts stay as they were.
 * A code without a label is shown as a plain word rather than in capitals; {@code KodeordTest} makes sure none lacks one.
 */
@TemplateExtension
public final class Kodeord {

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

    private static Locale sprak(Object locale) {
        return locale instanceof Locale l ? l : Locale.forLanguageTag("nb");
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
