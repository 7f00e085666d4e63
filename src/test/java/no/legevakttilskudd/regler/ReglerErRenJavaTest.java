package no.legevakttilskudd.regler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Guard: the rules package stays plain Java — no framework, persistence or I/O — so it can be read next to SPEC §4. */
class ReglerErRenJavaTest {

    private static final List<String> FORBUDT = List.of("import jakarta.", "import javax.", "import io.quarkus.", "import org.hibernate.",
            "import io.smallrye.", "import com.fasterxml.", "import java.io.", "import java.nio.", "import java.net.", "import java.sql.",
            "import no.legevakttilskudd.", "System.out", "System.err", "Instant.now(", "Clock.");

    @Test
    void regelpakkenImportererIkkeRammeverkEllerIo() throws IOException {
        Path pakke = Path.of("src/main/java/no/legevakttilskudd/regler");
        List<Path> filer;
        try (Stream<Path> stier = Files.list(pakke)) {
            filer = stier.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(filer.size() >= 10, "fant bare " + filer);
        List<String> brudd = new ArrayList<>();
        for (Path fil : filer) {
            List<String> linjer = Files.readAllLines(fil);
            for (int i = 0; i < linjer.size(); i++) {
                String linje = linjer.get(i).strip();
                for (String ord : FORBUDT) {
                    boolean egenPakke = ord.equals("import no.legevakttilskudd.") && linje.startsWith("import no.legevakttilskudd.regler.");
                    if (linje.contains(ord) && !egenPakke) {
                        brudd.add(fil.getFileName() + ":" + (i + 1) + " " + linje);
                    }
                }
            }
        }
        assertEquals(List.of(), brudd);
    }
}
