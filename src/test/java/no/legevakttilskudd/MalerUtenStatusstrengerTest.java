package no.legevakttilskudd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import no.legevakttilskudd.regler.Tildelingsstatus;
import no.legevakttilskudd.soknad.SoknadStatus;
import no.legevakttilskudd.utlysning.UtlysningStatus;
import no.legevakttilskudd.vedtak.klage.Klageutfall;
import no.legevakttilskudd.vedtak.rapport.RapportStatus;
import no.legevakttilskudd.vedtak.VedtakStatus;

/**
 * Templates show what the services decided; they never compare a status or an outcome with a string. A page that reads
 * {@code {#if x.status.name == 'SENDT'}} decides on its own what the kommune may do, and goes quietly wrong when the
 * states change. This scans every template for a comparison with the name of a constant of any status or outcome enum
 * of the application (found on disk, so a new one is covered too) and fails with the places.
 */
class MalerUtenStatusstrengerTest {

    private static final Path MALER = Path.of("src", "main", "resources", "templates");
    private static final String BASE = "no.legevakttilskudd";
    /** {@code == 'X'}, {@code != "X"}, {@code eq 'X'}, {@code is 'X'}, and the same with the literal first. */
    private static final Pattern SAMMENLIGNING = Pattern.compile(
            "(?:==|!=|\\beq\\b|\\bne\\b|\\bis\\b)\\s*['\"]([A-Z][A-Z0-9_]*)['\"]|['\"]([A-Z][A-Z0-9_]*)['\"]\\s*(?:==|!=|\\beq\\b|\\bne\\b)");
    /**
     * The cases of {#when}/{#switch} with string literals: {#is 'X'}, {#is in 'X' 'Y'}, {#case "X"}. A bare name on a
     * typed enum ({#when brev.utfall}{#is INNVILGET}) is not a string: Qute checks it against the enum at build time.
     */
    private static final Pattern TILFELLE = Pattern.compile("\\{#(?:is|case)\\b([^}]*)\\}");
    private static final Pattern LITERAL = Pattern.compile("['\"]([A-Z][A-Z0-9_]*)['\"]");

    @Test
    void ingenMalSammenlignerStatusMedEnStreng() throws IOException, URISyntaxException {
        Set<String> konstanter = statuskonstanter();
        List<String> funn = new ArrayList<>();
        try (Stream<Path> filer = Files.walk(MALER)) {
            for (Path fil : filer.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".txt")).sorted().toList()) {
                List<String> linjer = Files.readAllLines(fil, StandardCharsets.UTF_8);
                for (int i = 0; i < linjer.size(); i++) {
                    for (String navn : sammenlignedeNavn(linjer.get(i))) {
                        if (konstanter.contains(navn)) {
                            funn.add(MALER.relativize(fil) + ":" + (i + 1) + " sammenligner med '" + navn + "'");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), funn, "Malene skal vise booleans fra tjenesten (f.eks. Soknadshandlinger, Kommunehandlinger), "
                + "ikke sammenligne status med strenger");
    }

    /** The guard must know the enums it guards; if the search on disk stops finding them, it would pass on anything. */
    @Test
    void finnerStatusenumene() throws IOException, URISyntaxException {
        Set<String> konstanter = statuskonstanter();
        for (Class<? extends Enum<?>> kjent : List.of(SoknadStatus.class, VedtakStatus.class, RapportStatus.class, UtlysningStatus.class,
                Klageutfall.class, Tildelingsstatus.class)) {
            for (Enum<?> konstant : kjent.getEnumConstants()) {
                assertTrue(konstanter.contains(konstant.name()), kjent.getSimpleName() + "." + konstant.name());
            }
        }
        // And the patterns catch what the old templates did.
        assertEquals(List.of("UTKAST"), sammenlignedeNavn("{#if ramme.status.name == 'UTKAST'}warning{/if}"));
        assertEquals(List.of("MEDHOLD"), sammenlignedeNavn("{#if 'MEDHOLD' eq k.utfall.name}"));
        assertEquals(List.of("UTKAST", "SENDT", "TRUKKET"),
                sammenlignedeNavn("{#when status.name}{#is 'UTKAST'}a{#is in 'SENDT' \"TRUKKET\"}b{/when}"));
        assertEquals(List.of(), sammenlignedeNavn("{#when brev.utfall}{#is INNVILGET}innvilget{/when}"));
    }

    private static List<String> sammenlignedeNavn(String linje) {
        // A set: "{#is 'X'}" is both a case and an "is" comparison.
        Set<String> navn = new LinkedHashSet<>();
        Matcher m = SAMMENLIGNING.matcher(linje);
        while (m.find()) {
            navn.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        Matcher tilfelle = TILFELLE.matcher(linje);
        while (tilfelle.find()) {
            Matcher n = LITERAL.matcher(tilfelle.group(1));
            while (n.find()) {
                navn.add(n.group(1));
            }
        }
        return List.copyOf(navn);
    }

    /** The constants of every enum of the application whose name ends in "status" or "utfall" (nested ones too). */
    private static Set<String> statuskonstanter() throws IOException, URISyntaxException {
        var kilde = SoknadStatus.class.getProtectionDomain().getCodeSource();
        Path hovedklasser = kilde != null && kilde.getLocation() != null ? Path.of(kilde.getLocation().toURI())
                : Path.of("target", "classes");
        Path basis = hovedklasser.resolve(BASE.replace('.', '/'));
        Set<String> konstanter = new TreeSet<>();
        try (Stream<Path> stier = Files.walk(basis)) {
            for (Path fil : stier.filter(p -> p.toString().endsWith(".class")).toList()) {
                String navn = BASE + "." + basis.relativize(fil).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> klasse;
                try {
                    klasse = Class.forName(navn, false, MalerUtenStatusstrengerTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                String enkelt = klasse.getSimpleName().toLowerCase();
                if (klasse.isEnum() && (enkelt.endsWith("status") || enkelt.endsWith("utfall"))) {
                    for (Object konstant : klasse.getEnumConstants()) {
                        konstanter.add(((Enum<?>) konstant).name());
                    }
                }
            }
        }
        return konstanter;
    }
}
