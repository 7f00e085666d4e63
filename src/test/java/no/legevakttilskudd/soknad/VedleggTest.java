package no.legevakttilskudd.soknad;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.response.ValidatableResponse;
import no.legevakttilskudd.Pdfer;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class VedleggTest {

    private static final String ROST = Tokens.ROST;
    private static final byte[] PDF = Pdfer.gyldig();
    private long utkast;

    @BeforeEach
    void nyttUtkast() {
        utkast = Testdata.utkast(ROST, Testdata.apenUtlysning(), Testdata.fullstendigSoknad(ROST));
    }

    @Test
    void pdfLagresOgKanLastesNedAvSokerOgSaksbehandler() {
        int id = lastOpp("Budsjett for Røst.pdf", PDF).statusCode(201)
                .body("filnavn", equalTo("Budsjett for Røst.pdf"))
                .body("storrelse", equalTo(PDF.length))
                .extract().jsonPath().getInt("id");
        // Named by the system, never by the uploader; saved, not shown; never sniffed as anything but PDF; not cached.
        for (String adresse : new String[] {"/api/soknader/" + utkast + "/vedlegg/" + id, "/mine-soknader/" + utkast + "/vedlegg/" + id}) {
            byte[] lastetNed = given().auth().oauth2(Tokens.soker(ROST)).when().get(adresse)
                    .then().statusCode(200).contentType("application/pdf")
                    .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"vedlegg-" + id + ".pdf\"; filename*=UTF-8''"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Cache-Control", equalTo("no-store"))
                    .extract().asByteArray();
            assertArrayEquals(PDF, lastetNed);
        }
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + utkast + "/vedlegg/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get("/api/soknader/" + utkast + "/vedlegg/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.soker(ROST)).when().get("/api/soknader/" + utkast)
                .then().body("vedlegg", hasSize(1)).body("vedlegg[0].sha256.size()", equalTo(64));
        given().auth().oauth2(Tokens.soker(ROST)).when().get("/api/soknader/" + utkast + "/historikk")
                .then().body("handling[-1]", equalTo("VEDLEGG_LAGT_TIL"));
    }

    @Test
    void filSomIkkeErPdfAvvisesSelvOmNavnetSierPdf() {
        lastOpp("budsjett.pdf", "PK\u0003\u0004 dette er en zip".getBytes(StandardCharsets.ISO_8859_1)).statusCode(400)
                .contentType("application/problem+json")
                .body("feil[0].felt", equalTo("fil"))
                .body("feil[0].melding", equalTo("Vedlegg må være PDF. Filen «budsjett.pdf» er ikke en PDF, eller den er skadet og kan ikke leses."));
        ingenVedlegg();
    }

    @Test
    void tomFilAvvises() {
        lastOpp("tom.pdf", new byte[0]).statusCode(400).body("feil[0].melding", equalTo("Filen er tom."));
        ingenVedlegg();
    }

    @Test
    void filOverTiMegabyteAvvisesOgIngentingLagres() {
        byte[] stor = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        lastOpp("stor.pdf", stor).statusCode(400)
                .body("feil[0].melding", equalTo("Filen er større enn 10 MB. Del den opp eller komprimer den."));
        ingenVedlegg();
    }

    @Test
    void hoystTiVedlegg() {
        for (int i = 0; i < 10; i++) {
            lastOpp("vedlegg-" + i + ".pdf", PDF).statusCode(201);
        }
        lastOpp("nummer-11.pdf", PDF).statusCode(400).body("feil[0].melding", equalTo("En søknad kan ha høyst 10 vedlegg."));
        given().auth().oauth2(Tokens.soker(ROST)).when().get("/api/soknader/" + utkast).then().body("vedlegg", hasSize(10));
    }

    @Test
    void filnavnMedStiBeholderBareSisteLedd() {
        lastOpp("../../etc/passwd.pdf", PDF).statusCode(201).body("filnavn", equalTo("passwd.pdf"));
    }

    @Test
    void vedleggKanEndresFramTilFristenMenIkkeEtter() {
        int id = lastOpp("a.pdf", PDF).statusCode(201).extract().jsonPath().getInt("id");
        given().auth().oauth2(Tokens.soker(ROST)).when().delete("/api/soknader/" + utkast + "/vedlegg/" + id).then().statusCode(204);
        ingenVedlegg();
        lastOpp("b.pdf", PDF).statusCode(201);
        given().auth().oauth2(Tokens.soker(ROST)).when().post("/api/soknader/" + utkast + "/send").then().statusCode(200);
        // Sent, before the deadline: the kommune may still correct it, attachments too.
        lastOpp("c.pdf", PDF).statusCode(201);
        Testdata.forbiFristenForSoknaden(utkast);
        lastOpp("d.pdf", PDF).statusCode(409).body("type", equalTo("urn:legevakttilskudd:problem:fristen-er-ute"));
    }

    @Test
    void manglendeFilfeltEr400() {
        given().auth().oauth2(Tokens.soker(ROST)).multiPart("annet", "x")
                .when().post("/api/soknader/" + utkast + "/vedlegg")
                .then().statusCode(400).body("feil[0].felt", equalTo("fil"));
    }

    private ValidatableResponse lastOpp(String filnavn, byte[] innhold) {
        // Browsers send the file name as UTF-8; so must the test client, or æøå become '?'.
        return given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .auth().oauth2(Tokens.soker(ROST)).multiPart("fil", filnavn, innhold, "application/pdf")
                .when().post("/api/soknader/" + utkast + "/vedlegg")
                .then();
    }

    private void ingenVedlegg() {
        given().auth().oauth2(Tokens.soker(ROST)).when().get("/api/soknader/" + utkast).then().body("vedlegg", hasSize(0));
    }
}
