package no.legevakttilskudd.felles.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import no.legevakttilskudd.regler.Arsakskode;
import no.legevakttilskudd.regler.Marginalregel;
import no.legevakttilskudd.regler.Tildelingsstatus;
import no.legevakttilskudd.regler.Vaktform;
import no.legevakttilskudd.soknad.SoknadStatus;
import no.legevakttilskudd.regler.TiltakKategori;
import no.legevakttilskudd.statistikk.Folketallsgruppe;
import no.legevakttilskudd.utlysning.UtlysningStatus;
import no.legevakttilskudd.vedtak.Utfall;
import no.legevakttilskudd.vedtak.VedtakStatus;
import no.legevakttilskudd.vedtak.klage.Klageutfall;
import no.legevakttilskudd.vedtak.rapport.RapportStatus;
import no.legevakttilskudd.vurdering.Kvalitet;

/** Guard: every code a person can meet has words in bokmål, nynorsk and English, and codes never reach a page raw. */
class KodeordTest {

    private static final List<Class<? extends Enum<?>>> VISTE = List.of(SoknadStatus.class, TiltakKategori.class, Utfall.class,
            VedtakStatus.class, RapportStatus.class, Klageutfall.class, Tildelingsstatus.class, Vaktform.class, Marginalregel.class,
            Folketallsgruppe.class, UtlysningStatus.class, Kvalitet.class, Arsakskode.class);
    private static final List<String> SPRAK = List.of("nb", "nn", "en");

    @Test
    void hverKodeSomVisesHarOrdPaTreSprak() {
        List<String> mangler = new ArrayList<>();
        for (Class<? extends Enum<?>> type : VISTE) {
            for (Enum<?> kode : type.getEnumConstants()) {
                SPRAK.stream().filter(s -> !Kodeord.harOrd(type.getSimpleName(), kode.name(), s))
                        .forEach(s -> mangler.add(type.getSimpleName() + "." + kode.name() + " [" + s + "]"));
            }
        }
        for (String handling : handlingerIKoden()) {
            SPRAK.stream().filter(s -> !Kodeord.harOrd("handling", handling, s)).forEach(s -> mangler.add("handling." + handling + " [" + s + "]"));
        }
        assertEquals(List.of(), mangler, "koder uten ord i kodeord/kodeord*.properties");
    }

    @Test
    void ordetFolgerSpraket() {
        assertEquals("Under behandling", Kodeord.ord(SoknadStatus.UNDER_BEHANDLING, Locale.forLanguageTag("nb")));
        assertEquals("Under handsaming", Kodeord.ord(SoknadStatus.UNDER_BEHANDLING, Locale.forLanguageTag("nn")));
        assertEquals("Being processed", Kodeord.ord(SoknadStatus.UNDER_BEHANDLING, Locale.ENGLISH));
        assertEquals("Innvilget innenfor rammen", Kodeord.ord(Arsakskode.INNVILGET_I_RAMMEN, Locale.forLanguageTag("nb")));
        assertEquals("Granted within the frame", Kodeord.ord(Arsakskode.INNVILGET_I_RAMMEN, Locale.ENGLISH));
    }

    @Test
    void enKodeUtenOrdVisesSomOrdIkkeMedStoreBokstaver() {
        assertEquals("Noe helt nytt", Kodeord.ord("handling", "NOE_HELT_NYTT", Locale.forLanguageTag("nb")));
        assertEquals("", Kodeord.ord("handling", null, Locale.ENGLISH));
    }

    @Test
    void bareSystemetsEgneRollerVisesOgSomOrd() {
        String lagret = "default-roles-legevakttilskudd, offline_access, saksbehandler, uma_authorization, godkjenner";
        assertEquals("Saksbehandler, Godkjenner", Kodeord.roller(lagret, Locale.forLanguageTag("nb")));
        assertEquals("Caseworker, Approver", Kodeord.roller(lagret, Locale.ENGLISH));
        assertEquals("", Kodeord.roller("offline_access", Locale.ENGLISH));
    }

    @Test
    void statuskoderIHistorikkenBlirOrdAnnenTekstStaarSomDenBleLagret() {
        assertEquals("Under behandling", Kodeord.verdi("UNDER_BEHANDLING", Locale.forLanguageTag("nb")));
        assertEquals("Proposed", Kodeord.verdi("FORESLATT", Locale.ENGLISH));
        assertEquals("Utkast LV-2026-0001, omsøkt 900 000 kr", Kodeord.verdi("Utkast LV-2026-0001, omsøkt 900 000 kr", Locale.ENGLISH));
    }

    @Test
    void deTreFileneHarDeSammeNoklene() throws IOException {
        Set<String> bokmal = nokler("kodeord.properties");
        assertTrue(bokmal.size() > 80, "fant bare " + bokmal.size() + " koder");
        assertEquals(bokmal, nokler("kodeord_nn.properties"));
        assertEquals(bokmal, nokler("kodeord_en.properties"));
    }

    private static Set<String> nokler(String fil) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (var inn = KodeordTest.class.getClassLoader().getResourceAsStream("kodeord/" + fil)) {
            p.load(new java.io.InputStreamReader(inn, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    /** The actions the code writes to the log: the string literal after the entity's id in each registrer call. */
    private static Set<String> handlingerIKoden() {
        Pattern registrer = Pattern.compile("registrer\\([^;]*?,[^;]*?,[^;]*?,\\s*(?:[a-z]+ \\? )?\"([A-Z_]+)\"(?: : \"([A-Z_]+)\")?");
        Set<String> handlinger = new TreeSet<>();
        try (Stream<Path> filer = Files.walk(Path.of("src", "main", "java"))) {
            for (Path fil : filer.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = registrer.matcher(Files.readString(fil));
                while (m.find()) {
                    handlinger.add(m.group(1));
                    if (m.group(2) != null) {
                        handlinger.add(m.group(2));
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(handlinger.size() > 20, "fant bare " + handlinger);
        return handlinger;
    }
}
