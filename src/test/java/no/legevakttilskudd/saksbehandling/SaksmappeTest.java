package no.legevakttilskudd.saksbehandling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Arkivformat;
import no.legevakttilskudd.Pdfer;
import no.legevakttilskudd.Saksgang;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/**
 * The case dossier: one ZIP with the application as PDF and JSON, its attachments, the questions with the answers' PDFs,
 * the declarations, the assessment, the decisions with basis and letter, and the history — for staff only, logged.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SaksmappeTest {

    @AfterEach
    void klokka() {
        Testdata.klokkaTilbake();
    }

    @Test
    void saksmappenHarHeleSakenOgNedlastingenLogges() throws IOException {
        long utlysning = Testdata.opprettUtlysning(Testdata.utlysning(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(9)));
        long soknad = Testdata.utkast(Tokens.ROST, utlysning, Testdata.fullstendigSoknad(Tokens.ROST));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).multiPart("fil", "vaktplan.pdf", Pdfer.gyldig(), "application/pdf")
                .when().post("/api/soknader/" + soknad + "/vedlegg").then().statusCode(201);
        // A draft has no dossier: it is the kommune's own work, not a case.
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknad + "/saksmappe").then().statusCode(404);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().post("/api/soknader/" + soknad + "/send").then().statusCode(200);
        Testdata.forbiFristen(utlysning);

        long sporsmal = given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("sporsmal", "Send vaktplanen for sommeren.", "svarfrist", Testdata.idag().plusDays(7).toString()))
                .when().post("/api/soknader/" + soknad + "/tilleggsopplysninger").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).multiPart("svar", "Her er den.")
                .multiPart("fil", "sommer.pdf", Pdfer.gyldig(), "application/pdf")
                .when().post("/api/soknader/" + soknad + "/tilleggsopplysninger/" + sporsmal + "/svar").then().statusCode(200);
        given().auth().oauth2(Tokens.godkjenner()).contentType(ContentType.JSON).body(Map.of("begrunnelse", "Bror i kommunestyret."))
                .when().post("/api/soknader/" + soknad + "/habilitet").then().statusCode(201);
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(Map.of("kvalitet", "GOD", "notat", "Ryddig."))
                .when().put("/api/soknader/" + soknad + "/vurdering").then().statusCode(200);
        long vedtak = given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", "INNVILGET", "belop", 900_000, "begrunnelse", "Kvalifisert."))
                .when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.token("godkjenner2", List.of("godkjenner"), null)).when().post("/api/vedtak/" + vedtak + "/godkjenn")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/vedtak/" + vedtak + "/send").then().statusCode(200);
        // A change after the award, decided with a letter.
        Saksgang.aksepter(Tokens.ROST, vedtak);
        long endring = given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON)
                .body(Map.of("type", "OMDISPONERING", "belop", List.of(840_000, 50_000), "begrunnelse", "Billigere vikar."))
                .when().post("/api/vedtak/" + vedtak + "/endringer").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(Map.of("innvilget", true, "svar", "Greit."))
                .when().post("/api/vedtak/" + vedtak + "/endringer/" + endring + "/avgjorelse").then().statusCode(200);
        Saksgang.utbetal(vedtak, 100_000);
        long krav = given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("grunn", "IKKE_GJENNOMFORT", "belop", 10_000, "forfall", Testdata.idag().plusDays(30).toString(),
                        "begrunnelse", "Kurset ble avlyst."))
                .when().post("/api/vedtak/" + vedtak + "/tilbakebetalingskrav").then().statusCode(201).extract().jsonPath().getLong("id");

        for (String token : List.of(Tokens.soker(Tokens.ROST), Tokens.evaluator())) {
            given().auth().oauth2(token).when().get("/api/soknader/" + soknad + "/saksmappe").then().statusCode(403);
        }
        byte[] zip = given().auth().oauth2(Tokens.godkjenner()).when().get("/api/soknader/" + soknad + "/saksmappe").then().statusCode(200)
                .contentType("application/zip").header("Content-Disposition", containsString("saksmappe-LV-"))
                .extract().asByteArray();
        Map<String, byte[]> filer = pakkUt(zip);
        String mappe = filer.keySet().iterator().next().split("/")[0] + "/";
        assertTrue(mappe.startsWith("LV-"), "mappen heter etter referansen: " + filer.keySet());

        String soknadstekst = tekst(filer.get(mappe + "soknad.pdf"));
        assertTrue(soknadstekst.contains("Røst kommune") && soknadstekst.contains("Kari Nordmann"), soknadstekst);
        assertTrue(new String(filer.get(mappe + "soknad.json"), StandardCharsets.UTF_8).contains("\"kommunenummer\" : \"1856\""));
        assertTrue(filer.keySet().stream().anyMatch(f -> f.startsWith(mappe + "vedlegg/") && f.endsWith("-vaktplan.pdf")), filer.keySet().toString());
        String trad = new String(filer.get(mappe + "tilleggsopplysninger.csv"), StandardCharsets.UTF_8);
        assertTrue(trad.contains("Send vaktplanen for sommeren.") && trad.contains("Her er den.") && trad.contains("BESVART"), trad);
        assertTrue(filer.keySet().stream().anyMatch(f -> f.startsWith(mappe + "tilleggsopplysninger/" + sporsmal + "-") && f.endsWith("-sommer.pdf")));
        assertTrue(new String(filer.get(mappe + "habilitet.csv"), StandardCharsets.UTF_8).contains("Bror i kommunestyret."));
        assertTrue(new String(filer.get(mappe + "vurdering.json"), StandardCharsets.UTF_8).contains("\"notat\" : \"Ryddig.\""));
        String vedtaket = new String(filer.get(mappe + "vedtak/vedtak-" + vedtak + ".json"), StandardCharsets.UTF_8);
        assertTrue(vedtaket.contains("\"grunnlag\"") && vedtaket.contains("\"regelversjon\""), vedtaket);
        assertTrue(tekst(filer.get(mappe + "vedtak/vedtak-" + vedtak + "-brev.pdf")).contains("900 000 kr"));
        assertTrue(new String(filer.get(mappe + "vedtak/vedtak-" + vedtak + "-brev.html"), StandardCharsets.UTF_8).contains("<html"));
        assertTrue(new String(filer.get(mappe + "vedtak/endring-" + endring + ".json"), StandardCharsets.UTF_8).contains("\"nyBelop\" : 840000"));
        assertTrue(tekst(filer.get(mappe + "vedtak/endring-" + endring + "-brev.pdf")).contains("840 000 kr"));
        assertTrue(new String(filer.get(mappe + "vedtak/tilbakebetalingskrav-" + krav + ".json"), StandardCharsets.UTF_8)
                .contains("\"grunn\" : \"IKKE_GJENNOMFORT\""));
        assertTrue(tekst(filer.get(mappe + "vedtak/tilbakebetalingskrav-" + krav + "-brev.pdf")).contains("Kurset ble avlyst."));
        // Every document the system made is fit for the archive, and names the case.
        String referanse = mappe.substring(0, mappe.length() - 1);
        for (String dokument : List.of("soknad.pdf", "vedtak/vedtak-" + vedtak + "-brev.pdf", "vedtak/endring-" + endring + "-brev.pdf",
                "vedtak/tilbakebetalingskrav-" + krav + "-brev.pdf")) {
            Arkivformat.krevPdfA(filer.get(mappe + dokument), referanse, null);
        }
        String historikk = new String(filer.get(mappe + "historikk.csv"), StandardCharsets.UTF_8);
        assertTrue(historikk.startsWith("\uFEFFtidspunkt;aktor;rolle;entitet;entitetId;handling;forVerdi;etterVerdi"), historikk);
        assertTrue(historikk.contains(";INHABIL_ERKLART;") && historikk.contains(";SENDT;") && historikk.contains(";TILLEGGSOPPLYSNING_BESVART;"),
                historikk);

        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknad + "/historikk").then()
                .body("findAll { it.handling == 'SAKSMAPPE_LASTET_NED' }.aktor", hasItem("godkjenner"));
        // The case page's link gives the same file.
        byte[] fraSiden = given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/soknader/" + soknad + "/saksmappe").then()
                .statusCode(200).contentType("application/zip").extract().asByteArray();
        assertEquals(filer.keySet(), pakkUt(fraSiden).keySet());
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/999999999/saksmappe").then().statusCode(404);
    }

    private static Map<String, byte[]> pakkUt(byte[] zip) throws IOException {
        Map<String, byte[]> filer = new LinkedHashMap<>();
        try (ZipInputStream inn = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry fil = inn.getNextEntry(); fil != null; fil = inn.getNextEntry()) {
                filer.put(fil.getName(), inn.readAllBytes());
            }
        }
        return filer;
    }

    private static String tekst(byte[] pdf) throws IOException {
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(dokument).replace('\u00a0', ' ');
        }
    }
}
