package no.legevakttilskudd.statistikk.eksport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.legevakttilskudd.felles.Csv;

/** The writers without a database: edge cases the seeded round does not have. */
class EksportskriverTest {

    private static final Giving360.Utgiver UTGIVER = new Giving360.Utgiver("legevakttilskudd", "NO-BRC-983544622", "Helsedirektoratet");

    /** A kommune missing from the call's registry version: no name, class or population, but still a row. */
    private static final Tildelingsrad UTEN_REGISTERRAD = new Tildelingsrad(7, null, 3, 2030, "+Tittel som ser ut som en formel", "LV-2030-0007",
            "9999", null, null, null, null, null, null, "INNVILGET", 0, 500_000, LocalDate.of(2030, 5, 2), LocalDate.of(2030, 6, 20),
            List.of(), "-1 lege i vakt; @alle", 0, 0);

    @Test
    void tomStromGirGyldigeTommeFiler() throws IOException {
        String csv = tekst(Eksportformat.TILDELINGER_CSV, Stream.empty());
        assertEquals(1, csv.split("\r\n").length);
        assertTrue(csv.startsWith(Csv.BOM + "Vedtak;Erstatter vedtak;"), csv);
        assertEquals("[]", tekst(Eksportformat.TILDELINGER_JSON, Stream.empty()));
        JsonNode pakke = new ObjectMapper().readTree(tekst(Eksportformat.GIVING360_JSON, Stream.empty()));
        assertEquals(0, pakke.get("grants").size());
        assertEquals("1.4", pakke.get("version").textValue());
        assertEquals(1, tekst(Eksportformat.GIVING360_CSV, Stream.empty()).split("\r\n").length);
        try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(bytes(Eksportformat.TILDELINGER_XLSX, Stream.empty())))) {
            assertEquals(0, bok.getSheet(TildelingerXlsx.ARK).getLastRowNum());
        }
    }

    @Test
    void radUtenRegisterradOgUtenOmsoktBlirTommeFeltIkkeFeil() throws IOException {
        assertNull(UTEN_REGISTERRAD.prosentAvOmsokt());
        assertNull(UTEN_REGISTERRAD.kronerPerInnbygger());
        List<String> felter = Csv.les(tekst(Eksportformat.TILDELINGER_CSV, Stream.of(UTEN_REGISTERRAD))).iterator().next().felter();
        assertEquals("'+Tittel som ser ut som en formel", felter.get(4));
        assertEquals("", felter.get(7));
        assertEquals("", felter.get(19));
        assertEquals("", felter.get(23));
        assertEquals("'-1 lege i vakt; @alle", felter.get(24));

        JsonNode json = new ObjectMapper().readTree(tekst(Eksportformat.TILDELINGER_JSON, Stream.of(UTEN_REGISTERRAD))).get(0);
        assertTrue(json.get("kommunenavn").isNull());
        assertEquals("+Tittel som ser ut som en formel", json.get("utlysningTittel").textValue(), "JSON er ikke et regneark");
        assertEquals(0, json.get("tiltakskategorier").size());

        JsonNode tilskudd = new ObjectMapper().readTree(tekst(Eksportformat.GIVING360_JSON, Stream.of(UTEN_REGISTERRAD))).at("/grants/0");
        assertEquals("Kommune 9999", tilskudd.at("/recipientOrganization/0/name").textValue());
        assertEquals("360G-legevakttilskudd-kommune-9999", tilskudd.at("/recipientOrganization/0/id").textValue());
        assertEquals("+Tittel som ser ut som en formel.", tilskudd.get("description").textValue());

        try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(bytes(Eksportformat.TILDELINGER_XLSX, Stream.of(UTEN_REGISTERRAD))))) {
            Sheet ark = bok.getSheet(TildelingerXlsx.ARK);
            assertEquals("+Tittel som ser ut som en formel", ark.getRow(1).getCell(4).getStringCellValue());
            assertNull(ark.getRow(1).getCell(7));
        }
    }

    @Test
    void desimalerMedKommaOgTekstSomKunneVaertFormler() {
        assertEquals("94,4", Csv.desimal(new BigDecimal("94.4")));
        assertEquals("1244,51", Csv.desimal(new BigDecimal("1244.51")));
        assertEquals("", Csv.desimal(null));
        assertEquals("'=1+1", Csv.tekst("=1+1", ';'));
        assertEquals("'@SUM(A1)", Csv.tekst("@SUM(A1)", ';'));
        assertEquals("\"'=A1;B1\"", Csv.tekst("=A1;B1", ';'));
        assertEquals("Røst", Csv.tekst("Røst", ';'));
        assertEquals("\"a,b\"", Csv.tekst("a,b", ','));
        assertEquals("a;b", Csv.tekst("a;b", ','));
        assertEquals("", Csv.tekst(null, ';'));
    }

    private static String tekst(Eksportformat format, Stream<Tildelingsrad> rader) throws IOException {
        return new String(bytes(format, rader), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Eksportformat format, Stream<Tildelingsrad> rader) throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        format.skriver(UTGIVER).skriv(rader, ut);
        return ut.toByteArray();
    }
}
