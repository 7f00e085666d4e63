package no.legevakttilskudd.statistikk.eksport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.Csv;

/**
 * The award downloads through the API and the pages, on a round of our own taken through the real steps: applications
 * from Værøy, Røst, Træna and Lurøy with contact persons, decisions proposed, approved and sent (one corrected, one
 * refused, one approved but not sent), an acceptance with an account number, and a second call for the filter. Every
 * format is read back and compared to those facts, and searched for the personal data that must never be in it.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class TildelingseksportTest {

    private static final String API = "/api/statistikk/eksport/";
    private static final String SIDE = "/statistikk/eksport/";
    private static final List<String> FILER = List.of("tildelinger.csv", "tildelinger.xlsx", "tildelinger.json", "360giving.json",
            "360giving.csv");
    /** CSV and XLSX are opened by people: headers in words. */
    private static final String OVERSKRIFT = "Vedtak;Erstatter vedtak;Utlysning-ID;År;Utlysning;Referanse;Kommunenummer;Kommune;Fylke;"
            + "Sentralitetsklasse;Folketall;Folketall per 1. januar;Organisasjonsnummer;Utfall;Omsøkt (kr);Tildelt (kr);"
            + "Utbetalt (kr);Tilbakebetalt (kr);Netto (kr);Prosent av omsøkt;Kroner per innbygger;Søknad sendt;Vedtaksdato;Tiltakskategorier;Formål";
    /** JSON is read by programs: the same fields, keyed by name, with codes as codes. */
    private static final String NOKLER = "vedtakId;erstatterVedtakId;utlysningId;utlysningAar;utlysningTittel;referanse;kommunenummer;"
            + "kommunenavn;fylke;sentralitetsklasse;folketall;folketallAar;organisasjonsnummer;utfall;omsokt;tildelt;utbetalt;tilbakebetalt;netto;prosentAvOmsokt;"
            + "kronerPerInnbygger;soknadSendt;vedtaksdato;tiltakskategorier;formal";
    /** A title with what CSV must quote (a semicolon, quotes) and Norwegian letters. */
    private static final String TITTEL = "Eksporttest; \"legevakt\" på Værøy og Røst";
    private static final String VAROY_ORGNR = "964999001";
    private static final String ROST_FORMAL = "=HYPERLINK(\"http://eksempel.invalid\") er bare tekst; formålet er flere leger.";
    private static final String KONTONUMMER = "9710 45 12341";

    /** Everything personal the round holds: none of it may be in any export, in any spelling the user typed. */
    private static final List<String> PERSONOPPLYSNINGER = List.of("Åse Kontaktsen", "Kontaktsen", "ase.kontakt@varoy.kommune.no",
            "41 23 45 67", "41234567", "Bjørnar Personsen", "Personsen", "bjornar.p@rost.kommune.no", "90 12 34 56", "90123456",
            "Tor Avslagsen", "Avslagsen", "tor@traena.kommune.no", "46 11 22 33", "46112233", "Live Ventesen", "Ventesen",
            "live@luroy.kommune.no", "46 11 22 34", "46112234", "Sverre Saltnes", "Saltnes", "sverre@saltdal.kommune.no", "46 11 22 35",
            "46112235", KONTONUMMER, "97104512341", "9710.45.12341");

    private static final String STANDARD = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the round gave: the facts the exports are compared to. */
    record Runde(long utlysning, long annenUtlysning, Forventet rost, Forventet varoy, Forventet saltdal, long varoyOpprinnelig,
            long traena, long luroy) {
    }

    /** One award as the CSV must show it, column by column. */
    record Forventet(long vedtakId, Long erstatter, long utlysningId, int aar, String tittel, String referanse, String kommunenummer, String navn,
            int folketall, String orgnr, String utfall, long omsokt, long tildelt, String prosent, String perInnbygger,
            LocalDate soknadSendt, LocalDate vedtaksdato, String kategorier, String formal, long soknadId) {

        /** The categories as a person reads them in CSV and XLSX: «Utstyr, Legevaktbil». */
        String kategorierSomOrd() {
            return Arrays.stream(kategorier.split(",")).map(k -> somOrd("TiltakKategori", k)).collect(Collectors.joining(", "));
        }

        private static String somOrd(String familie, String kode) {
            return no.legevakttilskudd.felles.web.Kodeord.ord(familie, kode, java.util.Locale.forLanguageTag("nb"));
        }

        /** All five kommuner are in Nordland; Saltdal is class 5, the others class 6. */
        List<String> csv() {
            return Arrays.asList(String.valueOf(vedtakId), erstatter == null ? "" : String.valueOf(erstatter), String.valueOf(utlysningId),
                    String.valueOf(aar), tittel, referanse, kommunenummer, navn, "Nordland", kommunenummer.equals("1840") ? "5" : "6",
                    String.valueOf(folketall), "2024", orgnr == null ? "" : orgnr, somOrd("Utfall", utfall), String.valueOf(omsokt),
                    // Nothing is paid or repaid in this round (TilbakebetalingTest exports a round with money moved).
                    String.valueOf(tildelt), "0", "0", "0", prosent, perInnbygger, soknadSendt.toString(), vedtaksdato.toString(), kategorierSomOrd(),
                    formal.startsWith("=") ? "'" + formal : formal);
        }
    }

    private static Runde runde;

    @Inject
    DataSource dataSource;

    @Test
    void csvErForExcelOgGirTilbakeDetSomBleBestemt() {
        Runde r = runde();
        Response svar = hent(API + "tildelinger.csv?utlysning=" + r.utlysning(), Tokens.evaluator());
        assertEquals("text/csv;charset=UTF-8", svar.contentType().replace(" ", ""));
        assertEquals("attachment; filename=\"tildelinger-utlysning-" + r.utlysning() + ".csv\"", svar.header("Content-Disposition"));
        byte[] bytes = svar.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 med BOM");
        String tekst = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(tekst.endsWith("\r\n"));
        assertFalse(tekst.replace("\r\n", "").contains("\n"), "bare CRLF som linjeskift");
        // The title holds a semicolon and quotes: quoted, with the quotes doubled, as Excel expects.
        assertTrue(tekst.contains(";\"Eksporttest; \"\"legevakt\"\" på Værøy og Røst\";"), tekst);

        String[] linjer = tekst.replace(Csv.BOM, "").split("\r\n", -1);
        assertEquals(OVERSKRIFT, linjer[0]);
        assertEquals(4, linjer.length, "overskrift, Røst, Værøy og den tomme etter siste CRLF: " + tekst);
        List<List<String>> rader = new ArrayList<>();
        Csv.les(tekst).forEach(rad -> rader.add(rad.felter()));
        assertEquals(List.of(r.rost().csv(), r.varoy().csv()), rader);
        // Decimal comma, and the purpose that starts like a formula stays text in a spreadsheet.
        assertTrue(linjer[2].contains(";94,4;1244,51;"), linjer[2]);
        assertTrue(linjer[1].contains(";\"'=HYPERLINK(\"\"http://eksempel.invalid\"\") er bare tekst; formålet er flere leger.\""), linjer[1]);
    }

    @Test
    void xlsxHarTallSomTallOgSammeRader() throws IOException {
        Runde r = runde();
        Response svar = hent(API + "tildelinger.xlsx?utlysning=" + r.utlysning(), Tokens.saksbehandler());
        assertEquals(Eksportformat.XLSX, svar.contentType());
        assertEquals("attachment; filename=\"tildelinger-utlysning-" + r.utlysning() + ".xlsx\"", svar.header("Content-Disposition"));
        try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(svar.asByteArray()))) {
            Sheet ark = bok.getSheet("Tildelinger");
            assertEquals(OVERSKRIFT, celler(ark.getRow(0)).stream().collect(Collectors.joining(";")));
            assertEquals(2, ark.getLastRowNum());
            for (int i = 1; i <= 2; i++) {
                Forventet f = i == 1 ? r.rost() : r.varoy();
                Row rad = ark.getRow(i);
                assertEquals(f.vedtakId(), (long) rad.getCell(0).getNumericCellValue());
                assertEquals(TITTEL, rad.getCell(4).getStringCellValue());
                assertEquals(CellType.STRING, rad.getCell(6).getCellType(), "kommunenummer er tekst");
                assertEquals(f.kommunenummer(), rad.getCell(6).getStringCellValue());
                assertEquals(f.navn(), rad.getCell(7).getStringCellValue());
                assertEquals(CellType.NUMERIC, rad.getCell(14).getCellType());
                assertEquals(f.omsokt(), (long) rad.getCell(14).getNumericCellValue());
                assertEquals(f.tildelt(), (long) rad.getCell(15).getNumericCellValue());
                assertEquals(CellType.NUMERIC, rad.getCell(16).getCellType(), "utbetalt er et tall");
                assertEquals((long) rad.getCell(16).getNumericCellValue() - (long) rad.getCell(17).getNumericCellValue(),
                        (long) rad.getCell(18).getNumericCellValue(), "netto er utbetalt minus tilbakebetalt");
                assertEquals(Double.parseDouble(f.prosent().replace(',', '.')), rad.getCell(19).getNumericCellValue(), 1e-9);
                assertEquals(Double.parseDouble(f.perInnbygger().replace(',', '.')), rad.getCell(20).getNumericCellValue(), 1e-9);
                assertEquals(f.vedtaksdato(), rad.getCell(22).getLocalDateTimeCellValue().toLocalDate());
                assertEquals("yyyy-mm-dd", rad.getCell(22).getCellStyle().getDataFormatString());
                assertEquals(f.kategorierSomOrd(), rad.getCell(23).getStringCellValue());
                // A text cell is never a formula, whatever it starts with.
                assertEquals(CellType.STRING, rad.getCell(24).getCellType());
                assertEquals(f.formal(), rad.getCell(24).getStringCellValue());
            }
            assertEquals(VAROY_ORGNR, ark.getRow(2).getCell(12).getStringCellValue());
            assertEquals(r.varoyOpprinnelig(), (long) ark.getRow(2).getCell(1).getNumericCellValue());
            assertNull(ark.getRow(1).getCell(1), "Røst har ingen rettelse");
        }
        // The streaming workbook's temporary files are deleted once the file is written.
        Path poi = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (Files.isDirectory(poi)) {
            try (Stream<Path> filer = Files.list(poi)) {
                assertEquals(List.of(), filer.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("poi-sxssf")).toList());
            }
        }
    }

    @Test
    void jsonHarSammeFeltSomCsvOgTallSomTall() throws IOException {
        Runde r = runde();
        Response svar = hent(API + "tildelinger.json?utlysning=" + r.utlysning(), Tokens.godkjenner());
        assertEquals("application/json", svar.contentType());
        JsonNode liste = JSON.readTree(svar.asByteArray());
        assertEquals(2, liste.size());
        List<String> nokler = new ArrayList<>();
        liste.get(0).fieldNames().forEachRemaining(nokler::add);
        assertEquals(List.of(NOKLER.split(";")), nokler);
        for (int i = 0; i < 2; i++) {
            Forventet f = i == 0 ? r.rost() : r.varoy();
            JsonNode rad = liste.get(i);
            assertEquals(f.vedtakId(), rad.get("vedtakId").longValue());
            assertEquals(TITTEL, rad.get("utlysningTittel").textValue());
            assertEquals(f.referanse(), rad.get("referanse").textValue());
            assertEquals(f.navn(), rad.get("kommunenavn").textValue());
            assertEquals(f.folketall(), rad.get("folketall").intValue());
            assertTrue(rad.get("tildelt").isIntegralNumber());
            assertEquals(f.tildelt(), rad.get("tildelt").longValue());
            assertEquals(f.omsokt(), rad.get("omsokt").longValue());
            assertEquals(f.prosent().replace(',', '.'), rad.get("prosentAvOmsokt").decimalValue().toPlainString());
            assertEquals(f.soknadSendt().toString(), rad.get("soknadSendt").textValue());
            assertEquals(f.vedtaksdato().toString(), rad.get("vedtaksdato").textValue());
            assertEquals(List.of(f.kategorier().split(",")), JSON.convertValue(rad.get("tiltakskategorier"), List.class));
            assertEquals(f.formal(), rad.get("formal").textValue());
        }
        assertTrue(liste.get(0).get("organisasjonsnummer").isNull());
        assertTrue(liste.get(0).get("erstatterVedtakId").isNull());
        assertEquals(r.varoyOpprinnelig(), liste.get(1).get("erstatterVedtakId").longValue());
    }

    @Test
    void giving360JsonFolgerStandardensSkjema() throws IOException {
        Runde r = runde();
        Response svar = hent(API + "360giving.json?utlysning=" + r.utlysning(), Tokens.admin());
        assertEquals("application/json", svar.contentType());
        assertEquals("attachment; filename=\"360giving-utlysning-" + r.utlysning() + ".json\"", svar.header("Content-Disposition"));
        JsonNode pakke = JSON.readTree(svar.asByteArray());
        JsonSchema skjema = giving360Skjema();
        assertEquals(Set.of(), skjema.validate(pakke));

        JsonNode grants = pakke.get("grants");
        assertEquals(2, grants.size());
        JsonNode rost = grants.get(0);
        JsonNode varoy = grants.get(1);
        assertEquals("360G-legevakttilskudd-" + r.varoy().vedtakId(), varoy.get("id").textValue());
        assertEquals("NOK", varoy.get("currency").textValue());
        assertEquals(850_000, varoy.get("amountAwarded").longValue());
        assertEquals(900_000, varoy.get("amountAppliedFor").longValue());
        assertEquals(r.varoy().vedtaksdato().toString(), varoy.get("awardDate").textValue());
        assertEquals("NO-BRC-" + VAROY_ORGNR, varoy.at("/recipientOrganization/0/id").textValue());
        assertEquals("Værøy kommune", varoy.at("/recipientOrganization/0/name").textValue());
        assertEquals("NO-BRC-983544622", varoy.at("/fundingOrganization/0/id").textValue());
        assertEquals("Helsedirektoratet", varoy.at("/fundingOrganization/0/name").textValue());
        assertEquals(TITTEL, varoy.at("/grantProgramme/0/title").textValue());
        assertEquals("Værøy", varoy.at("/beneficiaryLocation/0/name").textValue());
        assertEquals("1857", varoy.at("/beneficiaryLocation/0/geoCode").textValue());
        assertEquals("KOMMUNENUMMER", varoy.at("/beneficiaryLocation/0/geoCodeType").textValue());
        assertEquals(TITTEL + ". Tiltak: rekruttering, kompetanse.", varoy.get("description").textValue());
        // Without an organisasjonsnummer the recipient still has an identifier, in the publisher's own namespace.
        assertEquals("360G-legevakttilskudd-kommune-1856", rost.at("/recipientOrganization/0/id").textValue());

        // The check is real: the same file without a required field fails it.
        ObjectNode uten = pakke.deepCopy();
        ((ObjectNode) uten.get("grants").get(0)).remove("awardDate");
        Set<ValidationMessage> feil = skjema.validate(uten);
        assertFalse(feil.isEmpty());
        assertTrue(feil.stream().anyMatch(m -> m.getMessage().contains("awardDate")), feil.toString());
        ObjectNode utenTilskudd = pakke.deepCopy();
        utenTilskudd.remove("grants");
        assertFalse(skjema.validate(utenTilskudd).isEmpty());
    }

    @Test
    void giving360CsvHarStandardensKolonnetitler() throws IOException {
        Runde r = runde();
        Response svar = hent(API + "360giving.csv?utlysning=" + r.utlysning(), Tokens.evaluator());
        assertEquals("text/csv;charset=UTF-8", svar.contentType().replace(" ", ""));
        String tekst = new String(svar.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(tekst.startsWith(Csv.BOM + "Identifier,"), "UTF-8 med BOM, som den andre CSV-en, så Excel leser æøå riktig");
        String[] linjer = tekst.split("\r\n");
        assertEquals(3, linjer.length);
        Csv.Tabell tabell = Csv.les(tekst);
        List<String> titler = tabell.overskrift();
        assertEquals(List.of("Identifier", "Title", "Description", "Currency", "Amount Applied For", "Amount Awarded", "Award Date",
                "Recipient Org:Identifier", "Recipient Org:Name", "Funding Org:Identifier", "Funding Org:Name", "Grant Programme:Code",
                "Grant Programme:Title", "Beneficiary Location:Name", "Beneficiary Location:Country Code",
                "Beneficiary Location:Geographic Code", "Beneficiary Location:Geographic Code Type", "From An Open Call?", "Location Scope"),
                titler);
        // Each title is the schema's own: the array's title, a colon, the field's title.
        JsonNode standard = JSON.readTree(skjemafil("360-giving-schema.json").toFile());
        for (String tittel : titler) {
            assertTrue(erTittelISkjemaet(standard, tittel), tittel + " er ikke en tittel i 360Giving-skjemaet");
        }
        Map<String, String> varoy = new HashMap<>();
        Iterator<Csv.Rad> rader = tabell.iterator();
        rader.next();
        List<String> verdier = rader.next().felter();
        for (int i = 0; i < titler.size(); i++) {
            varoy.put(titler.get(i), verdier.get(i));
        }
        assertEquals("360G-legevakttilskudd-" + r.varoy().vedtakId(), varoy.get("Identifier"));
        assertEquals("850000", varoy.get("Amount Awarded"));
        assertEquals("900000", varoy.get("Amount Applied For"));
        assertEquals("NOK", varoy.get("Currency"));
        assertEquals(r.varoy().vedtaksdato().toString(), varoy.get("Award Date"));
        assertEquals("NO-BRC-" + VAROY_ORGNR, varoy.get("Recipient Org:Identifier"));
        assertEquals("Værøy kommune", varoy.get("Recipient Org:Name"));
        assertEquals("Helsedirektoratet", varoy.get("Funding Org:Name"));
        assertEquals(TITTEL, varoy.get("Grant Programme:Title"));
        assertEquals("1857", varoy.get("Beneficiary Location:Geographic Code"));
    }

    /**
     * SPEC §6: personal data is never in an evaluator export. Every file, from the API and the pages, filtered and not,
     * searched byte for byte (the XLSX unzipped) for every contact name, e-mail, phone number and the account number.
     */
    @Test
    void ingenEksportHarPersonopplysninger() throws IOException {
        Runde r = runde();
        // The facts are really stored, so a clean export means something.
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + r.varoy().soknadId()).then().statusCode(200)
                .body("kontaktperson.navn", equalTo("Åse Kontaktsen"));
        int filer = 0;
        for (String rot : List.of(API, SIDE)) {
            for (String fil : FILER) {
                for (String filter : List.of("", "?utlysning=" + r.utlysning())) {
                    byte[] bytes = hent(rot + fil + filter, Tokens.evaluator()).asByteArray();
                    String tekst = fil.endsWith(".xlsx") ? utpakket(bytes) : new String(bytes, StandardCharsets.UTF_8);
                    assertTrue(tekst.contains("Værøy"), rot + fil + filter + " har ikke Værøy");
                    for (String personopplysning : PERSONOPPLYSNINGER) {
                        assertFalse(tekst.contains(personopplysning), rot + fil + filter + " inneholder «" + personopplysning + "»");
                    }
                    filer++;
                }
            }
        }
        assertEquals(20, filer);
    }

    @Test
    void filterPaUtlysningOgAlleUtlysninger() throws IOException {
        Runde r = runde();
        JsonNode annen = JSON.readTree(hent(API + "tildelinger.json?utlysning=" + r.annenUtlysning(), Tokens.evaluator()).asByteArray());
        assertEquals(1, annen.size());
        assertEquals(r.saltdal().vedtakId(), annen.get(0).get("vedtakId").longValue());
        assertEquals("Saltdal", annen.get(0).get("kommunenavn").textValue());
        assertEquals(5, annen.get(0).get("sentralitetsklasse").intValue());

        Response alle = hent(API + "tildelinger.json", Tokens.evaluator());
        assertEquals("attachment; filename=\"tildelinger.json\"", alle.header("Content-Disposition"));
        List<Long> ider = new ArrayList<>();
        JSON.readTree(alle.asByteArray()).forEach(rad -> ider.add(rad.get("vedtakId").longValue()));
        assertTrue(ider.containsAll(List.of(r.rost().vedtakId(), r.varoy().vedtakId(), r.saltdal().vedtakId())), ider.toString());
        // Only current sent awards: not the corrected decision, not the refusal, not the approved one that was never sent.
        assertFalse(ider.contains(r.varoyOpprinnelig()));
        assertFalse(ider.contains(r.traena()));
        assertFalse(ider.contains(r.luroy()));
    }

    @Test
    void sidenGirSammeFilerSomApiet() {
        Runde r = runde();
        for (String fil : List.of("tildelinger.csv", "tildelinger.json", "360giving.json", "360giving.csv")) {
            Response api = hent(API + fil + "?utlysning=" + r.utlysning(), Tokens.evaluator());
            Response side = hent(SIDE + fil + "?utlysning=" + r.utlysning(), Tokens.evaluator());
            assertArrayEquals(api.asByteArray(), side.asByteArray(), fil);
            assertEquals(api.contentType(), side.contentType());
            assertEquals(api.header("Content-Disposition"), side.header("Content-Disposition"));
        }
        assertEquals(Eksportformat.XLSX, hent(SIDE + "tildelinger.xlsx", Tokens.evaluator()).contentType());
    }

    @Test
    void feilUtlysningGir400Og404() {
        for (String rot : List.of(API, SIDE)) {
            given().auth().oauth2(Tokens.evaluator()).when().get(rot + "tildelinger.csv?utlysning=tre")
                    .then().statusCode(400).contentType("application/problem+json").body("feil[0].felt", equalTo("utlysning"));
            given().auth().oauth2(Tokens.evaluator()).when().get(rot + "360giving.json?utlysning=999999999")
                    .then().statusCode(404).contentType("application/problem+json");
        }
        // A draft call is unknown to an evaluator, as everywhere else; staff see its (empty) file.
        LocalDateTime naa = LocalDateTime.now(java.time.ZoneId.of("Europe/Oslo"));
        Map<String, Object> utkast = Testdata.utlysning(naa.minusDays(1), naa.plusDays(30));
        utkast.put("publisert", false);
        long upublisert = Testdata.opprettUtlysning(utkast);
        given().auth().oauth2(Tokens.evaluator()).when().get(API + "tildelinger.json?utlysning=" + upublisert).then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).when().get(API + "tildelinger.json?utlysning=" + upublisert).then().statusCode(200)
                .body("size()", equalTo(0));
        given().auth().oauth2(Tokens.admin()).when().get(API + "360giving.json?utlysning=" + upublisert).then().statusCode(200)
                .body("grants.size()", equalTo(0));
    }

    @Test
    void sokerOgAnonymSlippesIkkeInn() {
        for (String fil : FILER) {
            given().when().get(API + fil).then().statusCode(401);
            given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get(API + fil).then().statusCode(403);
            given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get(SIDE + fil).then().statusCode(403);
            // Anonymous on the page: 401 until /statistikk/* is a login path of the pages, then 302 to the login; never the file.
            int anonymSide = given().redirects().follow(false).when().get(SIDE + fil).statusCode();
            assertTrue(anonymSide == 401 || anonymSide == 302, SIDE + fil + ": " + anonymSide);
        }
    }

    @Test
    void apietErBeskrevetIOpenApi() {
        var svar = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
        for (String fil : FILER) {
            svar.body("paths", hasKey("/api/statistikk/eksport/" + fil));
        }
    }

    // --- The round -------------------------------------------------------------------------------------------------

    private synchronized Runde runde() {
        if (runde == null) {
            try {
                runde = lagRunde();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return runde;
    }

    private Runde lagRunde() throws Exception {
        LocalDateTime naa = LocalDateTime.now(java.time.ZoneId.of("Europe/Oslo"));
        Map<String, Object> u = Testdata.utlysning(naa.minusDays(1), naa.plusDays(30));
        u.put("tittel", TITTEL);
        long utlysning = Testdata.opprettUtlysning(u);
        medOrganisasjonsnummer(utlysning);
        long annen = Testdata.apenUtlysning();

        long varoy = soknad("1857", utlysning, "Åse Kontaktsen", "ase.kontakt@varoy.kommune.no", "41 23 45 67",
                List.of(tiltak("REKRUTTERING", 700_000), tiltak("KOMPETANSE", 100_000), tiltak("REKRUTTERING", 100_000)), "Beholde legene på Værøy.");
        long rost = soknad("1856", utlysning, "Bjørnar Personsen", "bjornar.p@rost.kommune.no", "90 12 34 56",
                List.of(tiltak("UTSTYR", 300_000), tiltak("LEGEVAKTBIL", 450_000)), ROST_FORMAL);
        long traena = soknad("1835", utlysning, "Tor Avslagsen", "tor@traena.kommune.no", "46 11 22 33",
                List.of(tiltak("ANNET", 200_000)), "Noe annet.");
        long luroy = soknad("1834", utlysning, "Live Ventesen", "live@luroy.kommune.no", "46 11 22 34",
                List.of(tiltak("UTSTYR", 200_000)), "Utstyr.");
        long saltdal = soknad("1840", annen, "Sverre Saltnes", "sverre@saltdal.kommune.no", "46 11 22 35",
                List.of(tiltak("DIGITALE_VERKTOY", 600_000)), "Digitale verktøy for legevakten.");
        Testdata.forbiFristen(utlysning);
        Testdata.forbiFristen(annen);

        long varoyOpprinnelig = vedtak(varoy, "INNVILGET", 900_000, null, true);
        long varoyRettelse = vedtak(varoy, "DELVIS_INNVILGET", 850_000, varoyOpprinnelig, true);
        given().auth().oauth2(Tokens.soker("1857")).contentType(ContentType.JSON).body(Map.of("kontonummer", KONTONUMMER))
                .when().post("/api/vedtak/" + varoyRettelse + "/aksept").then().statusCode(200);
        long rostVedtak = vedtak(rost, "INNVILGET", 750_000, null, true);
        long traenaVedtak = vedtak(traena, "AVSLATT", 0, null, true);
        long luroyVedtak = vedtak(luroy, "INNVILGET", 200_000, null, false);
        long saltdalVedtak = vedtak(saltdal, "DELVIS_INNVILGET", 500_000, null, true);

        return new Runde(utlysning, annen,
                forventet(rostVedtak, null, utlysning, TITTEL, rost, "1856", "Røst", 460, null, "INNVILGET", 750_000, 750_000, "100,0",
                        "1630,43", "UTSTYR,LEGEVAKTBIL", ROST_FORMAL),
                forventet(varoyRettelse, varoyOpprinnelig, utlysning, TITTEL, varoy, "1857", "Værøy", 683, VAROY_ORGNR, "DELVIS_INNVILGET",
                        900_000, 850_000, "94,4", "1244,51", "REKRUTTERING,KOMPETANSE", "Beholde legene på Værøy."),
                forventet(saltdalVedtak, null, annen, "Testutlysning", saltdal, "1840", "Saltdal", 4880, null, "DELVIS_INNVILGET",
                        600_000, 500_000, "83,3", "102,46", "DIGITALE_VERKTOY", "Digitale verktøy for legevakten."),
                varoyOpprinnelig, traenaVedtak, luroyVedtak);
    }

    /**
     * The active registry may be one another test uploaded without organisation numbers; the call gets a registry version
     * of its own, a copy of the active one with Værøy's number only, so the 360Giving identifier NO-BRC-… and the fallback
     * for a kommune without a number are both tested without changing what other tests read.
     */
    private void medOrganisasjonsnummer(long utlysning) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long versjon;
            try (PreparedStatement ny = c.prepareStatement("insert into kommuneregister_versjon (kilde, lastet_inn, lastet_inn_av, "
                    + "antall_kommuner, aktiv) select 'eksporttest', now(), 'test', antall_kommuner, false from kommuneregister_versjon "
                    + "where aktiv returning id"); ResultSet rs = ny.executeQuery()) {
                rs.next();
                versjon = rs.getLong(1);
            }
            try (PreparedStatement kopi = c.prepareStatement("insert into kommune (versjon_id, kommunenummer, navn, fylkesnummer, "
                    + "fylkesnavn, sentralitetsklasse, sentralitetsindeks, folketall, folketall_aar, organisasjonsnummer) select ?, "
                    + "kommunenummer, navn, fylkesnummer, fylkesnavn, sentralitetsklasse, sentralitetsindeks, folketall, folketall_aar, "
                    + "case when kommunenummer = '1857' then ? end from kommune where versjon_id = "
                    + "(select id from kommuneregister_versjon where aktiv)")) {
                kopi.setLong(1, versjon);
                kopi.setString(2, VAROY_ORGNR);
                kopi.executeUpdate();
            }
            try (PreparedStatement pek = c.prepareStatement("update utlysning set kommuneregister_versjon_id = ? where id = ?")) {
                pek.setLong(1, versjon);
                pek.setLong(2, utlysning);
                assertEquals(1, pek.executeUpdate());
            }
        }
    }

    private static Map<String, Object> tiltak(String kategori, long belop) {
        return Testdata.tiltak(kategori, "Tiltak " + kategori.toLowerCase(Locale.ROOT), List.of(Testdata.linje("Kostnad", belop)));
    }

    /** A sent application with its own contact person; returns its id. */
    private static long soknad(String kommune, long utlysning, String navn, String epost, String telefon, List<Map<String, Object>> tiltak,
            String formal) {
        Map<String, Object> innhold = Testdata.fullstendigSoknad(kommune);
        innhold.put("kontaktperson", Map.of("navn", navn, "epost", epost, "telefon", telefon));
        innhold.put("tiltak", new ArrayList<>(tiltak));
        innhold.put("formal", formal);
        long id = Testdata.utkast(kommune, utlysning, innhold);
        given().auth().oauth2(Tokens.soker(kommune)).when().post("/api/soknader/" + id + "/send").then().statusCode(200);
        return id;
    }

    /** Proposed by the caseworker, approved by the approver and, if {@code send}, sent; returns the decision's id. */
    private static long vedtak(long soknad, String utfall, long belop, Long erstatter, boolean send) {
        var forslag = given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", utfall, "belop", belop, "begrunnelse", "Begrunnelse for eksporttesten."));
        if (erstatter != null) {
            forslag.queryParam("erstatter", erstatter);
        }
        long id = forslag.when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + id + "/godkjenn").then().statusCode(200);
        if (send) {
            given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/vedtak/" + id + "/send").then().statusCode(200);
        }
        return id;
    }

    private static Forventet forventet(long vedtakId, Long erstatter, long utlysning, String tittel, long soknad, String kommunenummer,
            String navn, int folketall, String orgnr, String utfall, long omsokt, long tildelt, String prosent, String perInnbygger,
            String kategorier, String formal) {
        JsonPath s = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknad).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(omsokt, s.getLong("omsokt"));
        String sendt = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + vedtakId).then().statusCode(200)
                .extract().jsonPath().getString("sendt");
        int aar = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/utlysninger/" + utlysning).then().statusCode(200)
                .extract().jsonPath().getInt("aar");
        return new Forventet(vedtakId, erstatter, utlysning, aar, tittel, s.getString("referanse"), kommunenummer, navn, folketall, orgnr, utfall,
                omsokt, tildelt, prosent, perInnbygger, OffsetDateTime.parse(s.getString("sendt")).toLocalDate(),
                OffsetDateTime.parse(sendt).toLocalDate(), kategorier, formal, soknad);
    }

    // --- Reading the files ---------------------------------------------------------------------------------------------

    private static Response hent(String sti, String token) {
        Response svar = given().auth().oauth2(token).when().get(sti);
        assertEquals(200, svar.statusCode(), sti + ": " + svar.asString());
        return svar;
    }

    private static List<String> celler(Row rad) {
        List<String> celler = new ArrayList<>();
        for (Cell celle : rad) {
            celler.add(celle.getStringCellValue());
        }
        return celler;
    }

    /** Every part of the XLSX package as text: the sheet, the styles, the metadata. */
    private static String utpakket(byte[] xlsx) throws IOException {
        StringBuilder tekst = new StringBuilder();
        // java.util.zip reads it as a spreadsheet program does: a plain ZIP, parts in order.
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry del = zip.getNextEntry(); del != null; del = zip.getNextEntry()) {
                tekst.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertTrue(tekst.indexOf("<sheetData>") >= 0, "fant ikke arket i XLSX-fila");
        return tekst.toString();
    }

    private static Path skjemafil(String navn) {
        return Path.of("src", "test", "resources", "no", "legevakttilskudd", "statistikk", "eksport", navn).toAbsolutePath();
    }

    /**
     * The package schema as published, its reference to the grant schema answered from the copies in the test
     * resources, never from the network. Formats are asserted: the standard's awardDate is «a date-time or a date»
     * (oneOf), which only works when date-time is checked. The standard's own keywords for its codelists are
     * documentation, known as such.
     */
    private static JsonSchema giving360Skjema() {
        String lokal = skjemafil("").toUri().toString();
        JsonMetaSchema meta = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .keywords(Stream.of("codelist", "openCodelist", "rollUp").map(NonValidationKeyword::new).toList()).build();
        JsonSchemaFactory fabrikk = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b.metaSchema(meta)
                .schemaMappers(m -> m.mapPrefix(STANDARD + "1.4.2/schema/", lokal).mapPrefix(STANDARD + "1.4.3/schema/", lokal)));
        return fabrikk.getSchema(SchemaLocation.of(STANDARD + "1.4.3/schema/360-giving-package-schema.json"),
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    /**
     * «Recipient Org:Identifier» is a title in the schema when «Recipient Org» titles a property whose items have
     * «Identifier»; «Currency» when a property, or the definition it refers to, has that title.
     */
    private static boolean erTittelISkjemaet(JsonNode skjema, String tittel) {
        String[] deler = tittel.split(":", 2);
        for (JsonNode egenskap : skjema.get("properties")) {
            JsonNode definisjon = definisjon(skjema, egenskap);
            if (deler.length == 1 && deler[0].equals(definisjon.path("title").textValue())) {
                return true;
            }
            if (deler.length == 2 && deler[0].equals(definisjon.path("title").textValue())) {
                for (JsonNode felt : definisjon(skjema, definisjon.path("items")).path("properties")) {
                    if (deler[1].equals(felt.path("title").textValue())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static JsonNode definisjon(JsonNode skjema, JsonNode node) {
        String ref = node.path("$ref").textValue();
        return ref == null ? node : skjema.at("/$defs/" + ref.substring(ref.lastIndexOf('/') + 1));
    }
}
