package no.legevakttilskudd.soknad;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import no.legevakttilskudd.Csrftoken;
import no.legevakttilskudd.Pdfer;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.web.Csrf;
import no.legevakttilskudd.felles.web.Sprak;

/** Attachments are parsed as PDF before they are stored, and ownership and size are checked before the body is read. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class VedleggKontrollTest {

    private static final String ROST = Tokens.ROST;
    private long utkast;

    @BeforeEach
    void nyttUtkast() {
        utkast = Testdata.utkast(ROST, Testdata.apenUtlysning(), Testdata.fullstendigSoknad(ROST));
    }

    @Test
    void farligePdferAvvisesMedNorskMeldingOgIngentingLagres() {
        Map<byte[], String> tilfeller = new LinkedHashMap<>();
        tilfeller.put(Pdfer.passordbeskyttet(), "Filen «plan.pdf» er passordbeskyttet eller kryptert. Lagre den uten passord og last den opp på nytt.");
        tilfeller.put(Pdfer.kryptertMedEierpassord(), "Filen «plan.pdf» er passordbeskyttet eller kryptert. Lagre den uten passord og last den opp på nytt.");
        String javaScript = "Filen «plan.pdf» inneholder JavaScript, som vi ikke tar imot. Skriv den ut til en ny PDF "
                + "(«Skriv ut» og «Lagre som PDF») og last opp den.";
        tilfeller.put(Pdfer.javaScriptINavnetreet(), javaScript);
        tilfeller.put(Pdfer.javaScriptSomOpenAction(), javaScript);
        tilfeller.put(Pdfer.javaScriptPaSiden(), javaScript);
        tilfeller.put(Pdfer.javaScriptIAnnotasjon(), javaScript);
        tilfeller.put(Pdfer.javaScriptIFelt(), javaScript);
        tilfeller.put(Pdfer.launch(), "Filen «plan.pdf» inneholder en handling som starter et program eller åpner en annen fil, som vi "
                + "ikke tar imot. Skriv den ut til en ny PDF («Skriv ut» og «Lagre som PDF») og last opp den.");
        String innebygd = "Filen «plan.pdf» har andre filer lagt inn i seg. Last opp hver fil som egen PDF, eller lagre PDF-en uten de "
                + "innebygde filene.";
        tilfeller.put(Pdfer.innebygdFil(), innebygd);
        tilfeller.put(Pdfer.filvedleggAnnotasjon(), innebygd);
        tilfeller.forEach((pdf, melding) -> given().auth().oauth2(Tokens.soker(ROST)).multiPart("fil", "plan.pdf", pdf, "application/pdf")
                .when().post("/api/soknader/" + utkast + "/vedlegg")
                .then().statusCode(400).contentType("application/problem+json")
                .body("feil[0].felt", equalTo("fil")).body("feil[0].melding", equalTo(melding)));
        given().auth().oauth2(Tokens.soker(ROST)).when().get("/api/soknader/" + utkast).then().body("vedlegg", hasSize(0));
        given().auth().oauth2(Tokens.soker(ROST)).when().get("/api/soknader/" + utkast + "/historikk")
                .then().body("handling", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("VEDLEGG_LAGT_TIL")));
        given().auth().oauth2(Tokens.soker(ROST)).multiPart("fil", "plan.pdf", Pdfer.gyldig(), "application/pdf")
                .when().post("/api/soknader/" + utkast + "/vedlegg").then().statusCode(201);
    }

    @Test
    void sidenViserGrunnenVedFilfeltetPaTreSprak() {
        Map<String, String> tekster = Map.of(
                "nb", "Filen «plan.pdf» inneholder JavaScript, som vi ikke tar imot.",
                "nn", "Fila «plan.pdf» inneheld JavaScript, som vi ikkje tek imot.",
                "en", "The file «plan.pdf» contains JavaScript, which we do not accept.");
        String bearer = Tokens.soker(ROST);
        tekster.forEach((sprak, tekst) -> given().auth().oauth2(bearer).cookie(Sprak.COOKIE, sprak).cookie(Csrf.COOKIE, Csrftoken.av(bearer))
                .multiPart(Csrf.FELT, Csrftoken.av(bearer)).multiPart("fil", "plan.pdf", Pdfer.javaScriptSomOpenAction(), "application/pdf")
                .when().post("/mine-soknader/" + utkast + "/steg/4")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString(tekst))
                .body(containsString("href=\"#fil\"")));
    }

    private static io.restassured.specification.RequestSpecification siste(String handling) {
        String bearer = Tokens.soker(ROST);
        return given().auth().oauth2(bearer).redirects().follow(false).cookie(Csrf.COOKIE, Csrftoken.av(bearer))
                .multiPart(Csrf.FELT, Csrftoken.av(bearer)).multiPart("handling", handling);
    }

    /** A text part in UTF-8, as a browser sends it. */
    private static io.restassured.specification.MultiPartSpecification formal(String tekst) {
        return new io.restassured.builder.MultiPartSpecBuilder(tekst).controlName("formal").charset(StandardCharsets.UTF_8).build();
    }

    @Test
    void formaletLagresSammenMedOpplastingenOgSlettingen() {
        String steg = "/mine-soknader/" + utkast + "/steg/4";
        siste("last-opp").multiPart(formal("Tryggere legevakt, skrevet før opplastingen."))
                .multiPart("fil", "plan.pdf", Pdfer.gyldig(), "application/pdf")
                .when().post(steg).then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith(steg + "?lagret=true#vedlegg"));
        long vedlegg = given().auth().oauth2(Tokens.soker(ROST)).when().get("/api/soknader/" + utkast).then()
                .body("formal", equalTo("Tryggere legevakt, skrevet før opplastingen.")).body("vedlegg", hasSize(1))
                .extract().jsonPath().getLong("vedlegg[0].id");

        // «Last opp» with no file chosen, or a file that is refused: the message at the field, the text typed back in the
        // form and marked as not saved, and nothing stored (the text and the file are saved together or not at all).
        siste("last-opp").multiPart(formal("Endret formål.")).when().post(steg).then().statusCode(400)
                .body(containsString("href=\"#fil\">Velg en PDF-fil å laste opp."))
                .body(containsString(">Endret formål.</textarea>"))
                .body(containsString(" data-ulagret>"));
        siste("last-opp").multiPart(formal("Endret formål.")).multiPart("fil", "plan.pdf", "ikke en pdf".getBytes(), "application/pdf")
                .when().post(steg).then().statusCode(400)
                .body(containsString(">Endret formål.</textarea>"));
        given().auth().oauth2(Tokens.soker(ROST)).when().get("/api/soknader/" + utkast).then()
                .body("formal", equalTo("Tryggere legevakt, skrevet før opplastingen.")).body("vedlegg", hasSize(1));

        // A file chosen and «Til kontroll» pressed: the file goes with it; deleting one keeps the text too.
        siste("neste").multiPart(formal("Endret formål.")).multiPart("fil", "budsjett.pdf", Pdfer.gyldig(), "application/pdf")
                .when().post(steg).then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/mine-soknader/" + utkast));
        siste("slett-vedlegg-" + vedlegg).multiPart(formal("Formål skrevet før slettingen.")).when().post(steg).then().statusCode(303);
        given().auth().oauth2(Tokens.soker(ROST)).when().get("/api/soknader/" + utkast).then()
                .body("formal", equalTo("Formål skrevet før slettingen.")).body("vedlegg", hasSize(1))
                .body("vedlegg[0].filnavn", equalTo("budsjett.pdf"));

        // The page tells the browser the limit and the messages it shows before sending a file.
        given().auth().oauth2(Tokens.soker(ROST)).when().get(steg).then()
                .body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("data-maks-bytes=\"10485760\""))
                .body(containsString("data-for-stor=\"Filen er større enn 10 MB. Del den opp eller komprimer den.\""))
                .body(containsString("data-ikke-pdf=\"Vedlegg må være PDF. Filen «%FILNAVN%» er ikke en PDF"));
    }

    @Test
    void enAnnenKommunesOpplastingAvvisesForKroppenLeses() throws IOException {
        // Five megabytes announced, one kilobyte sent: the answer can only come before the body is read.
        String varoy = Tokens.soker(Tokens.VAROY);
        Svar api = send("/api/soknader/" + utkast + "/vedlegg", varoy, 5_000_000, "application/json", null);
        assertEquals(404, api.status(), api.toString());
        assertTrue(api.kropp().contains("finnes ikke"), api.toString());
        Svar side = send("/mine-soknader/" + utkast + "/steg/4", varoy, 5_000_000, "text/html", Csrftoken.av(varoy));
        assertEquals(404, side.status(), side.toString());
        // A page upload without a CSRF cookie signed for this login stops there, also before the body.
        assertEquals(403, send("/mine-soknader/" + utkast + "/steg/4", varoy, 5_000_000, "text/html", Csrftoken.av(Tokens.soker(ROST))).status());
        given().auth().oauth2(Tokens.soker(ROST)).when().get("/api/soknader/" + utkast).then().body("vedlegg", hasSize(0));
    }

    @Test
    void forStorOpplastingAvvisesPaContentLengthMed413() throws IOException {
        String rost = Tokens.soker(ROST);
        long forStor = 10L * 1024 * 1024 + 100 * 1024;
        Svar api = send("/api/soknader/" + utkast + "/vedlegg", rost, forStor, "application/json", null);
        assertEquals(413, api.status(), api.toString());
        assertTrue(api.hoder().contains("content-type: application/problem+json"), api.toString());
        assertTrue(api.kropp().contains("\"detail\":\"Opplastingen er større enn 10 MB og ble avvist før den ble lest. "
                + "Del filen opp eller komprimer den.\""), api.toString());
        assertTrue(api.kropp().contains("\"felt\":\"fil\""), api.toString());
        // A page upload goes back to the form with the message at the file field, not to the browser's own error page;
        // also above the server's general body limit of 11 MB.
        for (long lengde : new long[] {forStor, 12L * 1024 * 1024}) {
            Svar side = send("/mine-soknader/" + utkast + "/steg/4", rost, lengde, "text/html", Csrftoken.av(rost));
            assertEquals(303, side.status(), side.toString());
            assertTrue(side.hoder().contains("location: /mine-soknader/" + utkast + "/steg/4?vedlegg=for-stor#fil"), side.toString());
        }
        given().auth().oauth2(rost).when().get("/mine-soknader/" + utkast + "/steg/4?vedlegg=for-stor").then().statusCode(200)
                .body(containsString("href=\"#fil\">Opplastingen er større enn 10 MB"))
                .body(containsString("id=\"fil-feil\">Opplastingen er større enn 10 MB"));
        Svar stortApi = send("/api/soknader/" + utkast + "/vedlegg", rost, 12L * 1024 * 1024, "application/json", null);
        assertEquals(413, stortApi.status(), stortApi.toString());
        assertTrue(stortApi.kropp().contains("\"felt\":\"fil\""), stortApi.toString());
        given().auth().oauth2(rost).when().get("/api/soknader/" + utkast).then().body("vedlegg", hasSize(0));
    }

    private record Svar(int status, String hoder, String kropp) {
    }

    /**
     * A multipart POST that announces {@code lengde} bytes and sends one kilobyte of them, then waits for the answer;
     * over a plain socket, since an HTTP client would insist on sending the whole body first.
     */
    private static Svar send(String sti, String bearer, long lengde, String accept, String csrf) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            OutputStream ut = socket.getOutputStream();
            String hoder = "POST " + sti + " HTTP/1.1\r\nHost: localhost:" + RestAssured.port + "\r\n"
                    + "Authorization: Bearer " + bearer + "\r\nAccept: " + accept + "\r\n"
                    + (csrf == null ? "" : "Cookie: " + Csrf.COOKIE + "=" + csrf + "\r\n")
                    + "Content-Type: multipart/form-data; boundary=grense\r\nContent-Length: " + lengde + "\r\n\r\n";
            ut.write(hoder.getBytes(StandardCharsets.US_ASCII));
            ut.write(("--grense\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"stor.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n"
                    + " ".repeat(1000)).getBytes(StandardCharsets.US_ASCII));
            ut.flush();
            return les(socket.getInputStream());
        }
    }

    private static Svar les(InputStream inn) throws IOException {
        ByteArrayOutputStream mottatt = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = inn.read(buffer)) > 0) {
                mottatt.write(buffer, 0, n);
                String hittil = mottatt.toString(StandardCharsets.UTF_8);
                int slutt = hittil.indexOf("\r\n\r\n");
                if (slutt > 0) {
                    String hoder = hittil.substring(0, slutt).toLowerCase();
                    java.util.regex.Matcher lengde = java.util.regex.Pattern.compile("content-length: (\\d+)").matcher(hoder);
                    if (lengde.find() && hittil.getBytes(StandardCharsets.UTF_8).length >= slutt + 4 + Integer.parseInt(lengde.group(1))) {
                        break;
                    }
                }
            }
        } catch (SocketTimeoutException e) {
            // What came before the time ran out is the answer; nothing at all means the server waited for the body.
        }
        String tekst = mottatt.toString(StandardCharsets.UTF_8);
        int slutt = tekst.indexOf("\r\n\r\n");
        if (slutt < 0) {
            return new Svar(-1, tekst, "");
        }
        return new Svar(Integer.parseInt(tekst.substring(9, 12)), tekst.substring(0, slutt).toLowerCase(), tekst.substring(slutt + 4));
    }
}
