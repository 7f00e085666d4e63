package no.legevakttilskudd.felles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Writing CSV fields for Excel, and reading them back with the same rules. */
class CsvTest {

    @Test
    void feltMedSkilletegnAnforselOgLinjeskiftSettesIAnforselstegn() {
        assertEquals("", Csv.felt(null));
        assertEquals("Røst", Csv.felt("Røst"));
        assertEquals("\"a;b\"", Csv.felt("a;b"));
        assertEquals("\"si \"\"hei\"\"\"", Csv.felt("si \"hei\""));
        assertEquals("\"linje 1\nlinje 2\"", Csv.felt("linje 1\nlinje 2"));
        assertEquals("\"cr\r\"", Csv.felt("cr\r"));
        assertEquals(List.of("a;b", "si \"hei\"", "æøå"), Csv.felter(Csv.felt("a;b") + ";" + Csv.felt("si \"hei\"") + ";æøå", ';'));
    }
}
