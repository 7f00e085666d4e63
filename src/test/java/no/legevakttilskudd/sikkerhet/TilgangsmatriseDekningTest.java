package no.legevakttilskudd.sikkerhet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Guard for the access matrix: every route of the application has a row (a new endpoint fails here until someone has
 * decided who may call it), every row names a real route, and docs/security.md shows exactly this table. Write the
 * table into the document with {@code ./mvnw test -Dtest=TilgangsmatriseDekningTest -Dtilgangsmatrise.skriv=true}.
 */
class TilgangsmatriseDekningTest {

    static final Path DOKUMENT = Path.of("docs", "security.md");
    static final String START = "<!-- tilgangsmatrise:start (skrevet av TilgangsmatriseDekningTest) -->\n";
    static final String SLUTT = "<!-- tilgangsmatrise:slutt -->";

    /** Routes outside JAX-RS, served by Quarkus itself, that the matrix covers too. */
    private static final Set<String> UTENFOR_JAXRS = Set.of("GET /q/health", "GET /q/openapi", "GET /q/metrics");

    @Test
    void hverRuteHarEnRadOgHverRadEnRute() {
        Set<String> ruter = Ruter.alle().stream().map(Ruter.Rute::nokkel).collect(Collectors.toCollection(TreeSet::new));
        Set<String> rader = Tilgangsmatrise.RADER.stream().map(Tilgangsmatrise.Rad::nokkel).collect(Collectors.toCollection(TreeSet::new));
        Set<String> utenRad = new TreeSet<>(ruter);
        utenRad.removeAll(rader);
        Set<String> utenRute = new TreeSet<>(rader);
        utenRute.removeAll(ruter);
        utenRute.removeAll(UTENFOR_JAXRS);
        assertEquals(Set.of(), utenRad, "ruter uten rad i Tilgangsmatrise");
        assertEquals(Set.of(), utenRute, "rader i Tilgangsmatrise uten rute");
        assertTrue(ruter.size() >= 90, "fant bare " + ruter.size() + " ruter");
    }

    @Test
    void dokumentetViserTabellen() throws IOException {
        String dokument = Files.readString(DOKUMENT, StandardCharsets.UTF_8);
        int start = dokument.indexOf(START);
        int slutt = dokument.indexOf(SLUTT);
        assertTrue(start >= 0 && slutt > start, DOKUMENT + " mangler merkene for tilgangsmatrisen");
        String tabell = Tilgangsmatrise.markdown();
        if (Boolean.getBoolean("tilgangsmatrise.skriv")) {
            Files.writeString(DOKUMENT, dokument.substring(0, start + START.length()) + tabell + dokument.substring(slutt),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(tabell, dokument.substring(start + START.length(), slutt),
                DOKUMENT + " viser ikke tabellen i Tilgangsmatrise; skriv den med -Dtilgangsmatrise.skriv=true");
    }
}
