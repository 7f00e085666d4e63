package no.legevakttilskudd.vedtak.utbetaling.bunt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXParseException;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import no.legevakttilskudd.Saksgang;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/**
 * Payments to the bank: a batch made by one person and approved by another, a pain.001 file valid against the official
 * ISO 20022 schema (src/test/resources/iso20022, with its source), made once, and refusals that name the case.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class UtbetalingsbuntTest {

    private static final String API = "/api/utbetalingsbunter";
    private static final String NS = Pain001.NAVNEROM;

    @Inject
    DataSource dataSource;

    @AfterEach
    void klokkaTilbake() {
        Testdata.klokkaTilbake();
    }

    @Test
    void enBuntGodkjentAvEnAnnenGirEnSkjemagyldigFilEnGang() throws Exception {
        Saksgang.Runde rost = Saksgang.avgjort(Tokens.ROST);
        Saksgang.aksepter(Tokens.ROST, rost.vedtak());
        Testdata.klokkaTilbake();
        Saksgang.Runde varoy = Saksgang.avgjort(Tokens.VAROY);
        Saksgang.aksepter(Tokens.VAROY, varoy.vedtak());
        Testdata.klokkaTilbake();
        Saksgang.Runde saltdal = Saksgang.avgjort(Tokens.SALTDAL);
        Testdata.klokkaTilbake();
        String referanseRost = referanse(rost.soknad());
        String referanseSaltdal = referanse(saltdal.soknad());
        LocalDate dato = Testdata.idag().plusDays(2);

        given().auth().oauth2(Tokens.saksbehandler()).when().get(API + "/klare").then().statusCode(200)
                .body("vedtakId", hasItems((int) rost.vedtak(), (int) varoy.vedtak()));

        // Refusals name the case; nothing is stored.
        opprett(Tokens.saksbehandler(), dato.minusDays(3), List.of(Map.of("vedtakId", rost.vedtak()))).statusCode(400)
                .body("feil.felt", hasItem("betalingsdato"));
        opprett(Tokens.saksbehandler(), dato, List.of(Map.of("vedtakId", saltdal.vedtak()))).statusCode(400)
                .body("feil[0].melding", containsString(referanseSaltdal))
                .body("feil[0].melding", containsString("ikke akseptert tilskuddet med et gyldig kontonummer"));
        opprett(Tokens.saksbehandler(), dato, List.of(Map.of("vedtakId", rost.vedtak(), "belop", 900_001))).statusCode(400)
                .body("feil[0].felt", equalTo("linjer[0].belop"))
                .body("feil[0].melding", containsString(referanseRost))
                .body("feil[0].melding", containsString("mer enn vedtaket har igjen å utbetale (900 000 kr)"));
        opprett(Tokens.saksbehandler(), dato, List.of(Map.of("vedtakId", 999_999_999))).statusCode(400)
                .body("feil[0].melding", containsString("finnes ikke"));
        for (String token : List.of(Tokens.godkjenner(), Tokens.evaluator(), Tokens.soker(Tokens.ROST))) {
            opprett(token, dato, List.of(Map.of("vedtakId", rost.vedtak()))).statusCode(403);
        }
        given().auth().oauth2(Tokens.evaluator()).when().get(API).then().statusCode(403);

        // Made by someone who is both caseworker and approver: still not approved by the same person.
        String begge = Tokens.token("saksbehandler-og-godkjenner", List.of("saksbehandler", "godkjenner"), null);
        long bunt = opprett(begge, dato, List.of(Map.of("vedtakId", rost.vedtak()), Map.of("vedtakId", varoy.vedtak(), "belop", 400_000)))
                .statusCode(201).body("status", equalTo("OPPRETTET")).body("antall", equalTo(2)).body("sum", equalTo(1_300_000))
                .body("fil", equalTo(null)).extract().jsonPath().getLong("id");
        opprett(Tokens.saksbehandler(), dato, List.of(Map.of("vedtakId", varoy.vedtak(), "belop", 600_000))).statusCode(400)
                .body("feil[0].melding", containsString("mer enn vedtaket har igjen å utbetale (500 000 kr)"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(API + "/" + bunt + "/pain001.xml").then().statusCode(409);
        given().auth().oauth2(begge).when().post(API + "/" + bunt + "/godkjenn").then().statusCode(403)
                .body("detail", containsString("fire øyne"));
        given().auth().oauth2(Tokens.saksbehandler()).when().post(API + "/" + bunt + "/godkjenn").then().statusCode(403);
        // The database refuses it too.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException feil = assertThrows(SQLException.class, () -> s.executeUpdate("update utbetalingsbunt set status = 'GODKJENT', "
                    + "godkjent = now(), godkjent_av = 'x', godkjent_av_sub = opprettet_av_sub, fil = 'x', meldingsid = 'X-" + bunt
                    + "' where id = " + bunt));
            assertEquals("23514", feil.getSQLState(), feil.getMessage());
        }

        given().auth().oauth2(Tokens.godkjenner()).when().post(API + "/" + bunt + "/godkjenn").then().statusCode(200)
                .body("status", equalTo("GODKJENT")).body("meldingsid", equalTo("LVT-BUNT-" + bunt))
                .body("fil", equalTo(API + "/" + bunt + "/pain001.xml"));
        given().auth().oauth2(Tokens.godkjenner()).when().post(API + "/" + bunt + "/godkjenn").then().statusCode(409);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + rost.vedtak() + "/utbetalinger").then().statusCode(200)
                .body("belop", equalTo(List.of(900_000))).body("dato", equalTo(List.of(dato.toString())));

        byte[] fil = given().auth().oauth2(Tokens.saksbehandler()).when().get(API + "/" + bunt + "/pain001.xml").then().statusCode(200)
                .contentType(containsString("application/xml")).header("Content-Disposition", containsString("pain001"))
                .extract().asByteArray();
        skjema().newValidator().validate(new StreamSource(new ByteArrayInputStream(fil)));
        Document xml = les(fil);
        assertEquals("LVT-BUNT-" + bunt, tekst(xml, "MsgId"));
        assertEquals("2", tekst(xml, "NbOfTxs"));
        assertEquals("1300000.00", tekst(xml, "CtrlSum"));
        assertEquals(dato.toString(), tekst(xml, "ReqdExctnDt"));
        assertEquals("76940512340", ((Element) xml.getElementsByTagNameNS(NS, "DbtrAcct").item(0)).getElementsByTagNameNS(NS, "Id")
                .item(1).getTextContent().strip());
        Element forste = (Element) xml.getElementsByTagNameNS(NS, "CdtTrfTxInf").item(0);
        String transaksjon = forste.getTextContent();
        assertTrue(transaksjon.contains("Røst kommune") && transaksjon.contains("945037687") && transaksjon.contains("12345678903")
                && transaksjon.contains(referanseRost) && transaksjon.contains("900000.00"), transaksjon);
        // Made once: every download is the same file.
        assertArrayEquals(fil, given().auth().oauth2(Tokens.godkjenner()).when().get(API + "/" + bunt + "/pain001.xml").then()
                .statusCode(200).extract().asByteArray());

        // Paid in full, Røst cannot be paid again; Værøy's remaining 500 000 can, in a new batch.
        opprett(Tokens.saksbehandler(), dato, List.of(Map.of("vedtakId", rost.vedtak()))).statusCode(400)
                .body("feil[0].melding", containsString("vedtaket er utbetalt"));
        long neste = opprett(Tokens.saksbehandler(), dato, List.of(Map.of("vedtakId", varoy.vedtak()))).statusCode(201)
                .body("sum", equalTo(500_000)).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.godkjenner()).contentType(ContentType.JSON).body(Map.of("begrunnelse", " "))
                .when().post(API + "/" + neste + "/avvis").then().statusCode(400).body("feil.felt", hasItem("begrunnelse"));
        given().auth().oauth2(Tokens.godkjenner()).contentType(ContentType.JSON).body(Map.of("begrunnelse", "Feil betalingsdato."))
                .when().post(API + "/" + neste + "/avvis").then().statusCode(200).body("status", equalTo("AVVIST"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(API + "/" + neste + "/pain001.xml").then().statusCode(409);

        // Sent to the bank once the file is downloaded, and only once.
        given().auth().oauth2(Tokens.saksbehandler()).when().post(API + "/" + neste + "/sendt").then().statusCode(409);
        given().auth().oauth2(Tokens.saksbehandler()).when().post(API + "/" + bunt + "/sendt").then().statusCode(200)
                .body("status", equalTo("SENDT")).body("sendtAv", equalTo("saksbehandler"));
        given().auth().oauth2(Tokens.saksbehandler()).when().post(API + "/" + bunt + "/sendt").then().statusCode(409);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + rost.soknad() + "/historikk").then().statusCode(200)
                .body("handling", hasItem("UTBETALT"));
    }

    @Test
    void enInhabilGodkjennerKanIkkeGodkjenneBuntenMedSaken() {
        Saksgang.Runde rost = Saksgang.avgjort(Tokens.ROST);
        Saksgang.aksepter(Tokens.ROST, rost.vedtak());
        Testdata.klokkaTilbake();
        String inhabil = Tokens.token("godkjenner-inhabil", List.of("godkjenner"), null);
        given().auth().oauth2(inhabil).contentType(ContentType.JSON).body(Map.of("begrunnelse", "Søster er rådmann."))
                .when().post("/api/soknader/" + rost.soknad() + "/habilitet").then().statusCode(201);
        long bunt = opprett(Tokens.saksbehandler(), Testdata.idag(), List.of(Map.of("vedtakId", rost.vedtak(), "belop", 100_000)))
                .statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(inhabil).when().post(API + "/" + bunt + "/godkjenn").then().statusCode(403);
        given().auth().oauth2(Tokens.godkjenner()).when().post(API + "/" + bunt + "/godkjenn").then().statusCode(200);
    }

    /** A sent correction replaces the award, not what was paid on it: the batch pays only what is left. */
    @Test
    void enRettelseUtbetalesBareMedDetSomErIgjen() {
        Saksgang.Runde runde = Saksgang.avgjort(Tokens.ROST);
        Saksgang.aksepter(Tokens.ROST, runde.vedtak());
        Saksgang.utbetal(runde.vedtak(), 100_000);
        long rettelse = given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).queryParam("erstatter", runde.vedtak())
                .body(Map.of("utfall", "DELVIS_INNVILGET", "belop", 800_000, "begrunnelse", "Rettet: budsjettet var feil summert."))
                .when().post("/api/soknader/" + runde.soknad() + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + rettelse + "/godkjenn").then().statusCode(200);
        given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/vedtak/" + rettelse + "/send").then().statusCode(200);
        Saksgang.aksepter(Tokens.ROST, rettelse);
        Testdata.klokkaTilbake();

        given().auth().oauth2(Tokens.saksbehandler()).when().get(API + "/klare").then().statusCode(200)
                .body("find { it.vedtakId == " + rettelse + " }.igjen", equalTo(700_000))
                .body("findAll { it.vedtakId == " + runde.vedtak() + " }.size()", equalTo(0));
        opprett(Tokens.saksbehandler(), Testdata.idag(), List.of(Map.of("vedtakId", rettelse, "belop", 800_000))).statusCode(400)
                .body("feil[0].melding", containsString("(700 000 kr)"));
        opprett(Tokens.saksbehandler(), Testdata.idag(), List.of(Map.of("vedtakId", rettelse))).statusCode(201)
                .body("sum", equalTo(700_000));
    }

    @Test
    void tekstenIFilenHolderSegTilLatin1() throws Exception {
        assertEquals("Porsanger - Porsángu - Porsanki", Pain001.latin1("Porsanger - Porsáŋgu - Porsanki", 70));
        assertEquals("Kárásjohka - Karasjok", Pain001.latin1("Kárásjohka - Karasjok", 70));
        assertEquals("Unjárga", Pain001.latin1("Unjárga", 70));
        assertEquals("Deatnu", Pain001.latin1("Deatnu", 70));
        assertEquals("900000.00", Pain001.kroner(900_000));
        // A file the writer makes by itself is valid too, and a wrong one is not: the check can fail.
        byte[] fil = Pain001.skriv("M-1", java.time.Instant.parse("2026-12-07T10:00:00Z"), LocalDate.of(2026, 12, 9),
                new Pain001.Debitor("Helsedirektoratet", "983544622", "76940512340", "983544622", null),
                List.of(new Pain001.Betaling("LV-2022-0001-U1", 5, "Čáhcesuolu kommune", "945037687", "12345678903", "Sak LV-2022-0001")));
        skjema().newValidator().validate(new StreamSource(new ByteArrayInputStream(fil)));
        byte[] feil = new String(fil, java.nio.charset.StandardCharsets.UTF_8).replace("<PmtMtd>TRF</PmtMtd>", "<PmtMtd>XXX</PmtMtd>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThrows(SAXParseException.class, () -> skjema().newValidator().validate(new StreamSource(new ByteArrayInputStream(feil))));
    }

    private static ValidatableResponse opprett(String token, LocalDate dato, List<Map<String, Object>> linjer) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("betalingsdato", dato.toString(), "linjer", linjer))
                .when().post(API).then();
    }

    private static String referanse(long soknad) {
        return given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknad).then().statusCode(200)
                .extract().jsonPath().getString("referanse");
    }

    private static Schema skjema() throws Exception {
        SchemaFactory fabrikk = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        fabrikk.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        fabrikk.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return fabrikk.newSchema(UtbetalingsbuntTest.class.getClassLoader().getResource("iso20022/pain.001.001.03.xsd"));
    }

    private static Document les(byte[] fil) throws Exception {
        DocumentBuilderFactory fabrikk = DocumentBuilderFactory.newInstance();
        fabrikk.setNamespaceAware(true);
        fabrikk.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return fabrikk.newDocumentBuilder().parse(new ByteArrayInputStream(fil));
    }

    private static String tekst(Document xml, String element) {
        return xml.getElementsByTagNameNS(NS, element).item(0).getTextContent().strip();
    }
}
