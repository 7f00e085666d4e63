package no.legevakttilskudd.tildeling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.regler.Tildelingsregler;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SimuleringResourceTest {

    private static final String EKSEMPEL = """
            {"parametre": {"sentralitetsklasser": [6], "folketallsgrense": 5000, "tak": 1500000, "minstebelop": 0, "ramme": 50000000, "marginal": "PARTIAL"},
             "soknader": [{"referanse": "A1", "kommunenummer": "1840", "legevaktKommuner": ["1840"], "omsokt": 1200000, "godkjentBudsjett": null, "sendt": "2022-05-10T10:00:00Z"}]}
            """;

    @Test
    void eksempeletFraOppgavenBesvares() {
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(EKSEMPEL)
                .when().post("/api/simulering")
                .then().statusCode(200)
                .body("tildelinger[0].referanse", equalTo("A1"))
                .body("tildelinger[0].rekkefolge", nullValue())
                .body("tildelinger[0].prioritetsgruppe", equalTo(1))
                .body("tildelinger[0].kvalifisert", equalTo(false))
                .body("tildelinger[0].tildelt", equalTo(0))
                .body("tildelinger[0].status", equalTo("AVSLATT"))
                .body("tildelinger[0].arsaker[0].kode", equalTo("IKKE_KVALIFISERT_KLASSE"))
                .body("tildelinger[0].arsaker[0].tekst", equalTo("Kommunen er i sentralitetsklasse 5 (SSB 2024); ordningen gjelder klasse 6."))
                .body("sumOmsokt", equalTo(1_200_000))
                .body("sumTildelt", equalTo(0))
                .body("rammeIgjen", equalTo(50_000_000))
                .body("venteliste", empty())
                .body("regelversjon", equalTo(Tildelingsregler.VERSJON));
    }

    @Test
    void hvaOmKlasse5HaddeKvalifisert() {
        given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON).body(EKSEMPEL.replace("[6]", "[5, 6]"))
                .when().post("/api/simulering")
                .then().statusCode(200)
                .body("tildelinger[0].status", equalTo("INNVILGET"))
                .body("tildelinger[0].tildelt", equalTo(1_200_000))
                .body("tildelinger[0].rekkefolge", equalTo(1));
    }

    @Test
    void parametreSomManglerFar2022Verdiene() {
        String body = """
                {"soknader": [
                  {"referanse": "A", "kommunenummer": "1856", "omsokt": 2100000},
                  {"referanse": "B", "kommunenummer": "1857", "omsokt": 900000, "godkjentBudsjett": 800000}]}
                """;
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/simulering")
                .then().statusCode(200)
                .body("parametre.sentralitetsklasser", contains(6))
                .body("parametre.tak", equalTo(1_500_000))
                .body("ramme", equalTo(50_000_000))
                .body("tildelinger.referanse", contains("A", "B"))
                .body("tildelinger[0].tildelt", equalTo(1_500_000))
                .body("tildelinger[0].arsaker.tekst", hasItem("Søkt 2 100 000 kr, avkortet til taket på 1 500 000 kr."))
                .body("tildelinger[1].tildelt", equalTo(800_000))
                .body("sumTildelt", equalTo(2_300_000));
    }

    @Test
    void folketallAarBrukesOgNevnesIArsaken() {
        String body = """
                {"parametre": {"folketallAar": 2026}, "soknader": [{"referanse": "R", "kommunenummer": "1856", "omsokt": 100000}]}
                """;
        given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON).body(body)
                .when().post("/api/simulering")
                .then().statusCode(200)
                .body("tildelinger[0].arsaker[0].tekst", containsString("1. januar 2026"));
        given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON).body(body.replace("2026", "2031"))
                .when().post("/api/simulering")
                .then().statusCode(400).body("feil[0].felt", equalTo("parametre.folketallAar"))
                .body("feil[0].melding", containsString("[2020, 2021, 2022, 2023, 2024, 2025, 2026]"));
    }

    @Test
    void ukjentKommuneOgUgyldigeRaderNavngis() {
        String body = """
                {"soknader": [
                  {"referanse": "OK", "kommunenummer": "1856", "omsokt": 1},
                  {"referanse": "X", "kommunenummer": "9999", "omsokt": 1}]}
                """;
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(body)
                .when().post("/api/simulering")
                .then().statusCode(400).contentType("application/problem+json")
                .body("feil[0].felt", equalTo("soknader[1].kommunenummer"))
                .body("feil[0].melding", equalTo("Kommunenummer 9999 finnes ikke i kommuneregisteret."));
        String ugyldig = """
                {"parametre": {"minstebelop": 2000000, "sentralitetsklasser": [0]},
                 "soknader": [{"referanse": "A", "kommunenummer": "18", "omsokt": -5}, {"referanse": "A", "kommunenummer": "1856", "omsokt": 1}]}
                """;
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(ugyldig)
                .when().post("/api/simulering")
                .then().statusCode(400)
                .body("feil.felt", contains("parametre.sentralitetsklasser", "parametre.minstebelop", "soknader[0].kommunenummer",
                        "soknader[0].omsokt", "soknader[1].referanse"));
    }

    @Test
    void ukjentKommuneILegevaktenNavngis() {
        String body = """
                {"soknader": [{"referanse": "A", "kommunenummer": "1856", "legevaktKommuner": ["1856", "0000"], "omsokt": 1}]}
                """;
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(body)
                .when().post("/api/simulering")
                .then().statusCode(400)
                .body("feil[0].felt", equalTo("soknader[0].legevaktKommuner"))
                .body("feil[0].melding", equalTo("Finnes ikke i kommuneregisteret: 0000."));
    }

    @Test
    void ukjentMarginalregelEr400() {
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(EKSEMPEL.replace("PARTIAL", "HALVT"))
                .when().post("/api/simulering")
                .then().statusCode(400).body("feil[0].felt", equalTo("parametre.marginal"));
    }

    @Test
    void csvInnOgCsvUt() {
        String csv = "referanse;kommunenummer;legevakt_kommuner;omsokt;godkjent_budsjett;sendt\n"
                + "A;1856;1856;1200000;;2022-05-10T10:00:00Z\n"
                + "B;5626;\"5626,5630,5632\";500000;400000;2022-05-11T12:00\n"
                + "C;1804;1804;500000;;\n";
        given().auth().oauth2(Tokens.saksbehandler()).multiPart("fil", "soknader.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/simulering")
                .then().statusCode(200)
                .body("tildelinger.referanse", contains("A", "B", "C"))
                .body("tildelinger[1].prioritetsgruppe", equalTo(2))
                .body("tildelinger[1].tildelt", equalTo(400_000))
                .body("tildelinger[2].status", equalTo("AVSLATT"));
        String svar = given().auth().oauth2(Tokens.saksbehandler()).accept("text/csv")
                .multiPart("fil", "soknader.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("parametre", "{\"ramme\": 1000000}")
                .when().post("/api/simulering")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        String[] linjer = svar.split("\r\n");
        org.junit.jupiter.api.Assertions.assertEquals("\uFEFFrekkefolge;referanse;kommunenummer;kommunenavn;prioritetsgruppe;kvalifisert;"
                + "omsokt;tildelt;status;arsakskoder;arsaker", linjer[0]);
        org.junit.jupiter.api.Assertions.assertTrue(linjer[1].startsWith("1;A;1856;Røst;1;ja;1200000;1000000;DELVIS_INNVILGET;"), linjer[1]);
        org.junit.jupiter.api.Assertions.assertTrue(linjer[3].startsWith(";C;1804;Bodø;1;nei;500000;0;AVSLATT;"), linjer[3]);
    }

    /** The reference is whatever the uploader wrote; echoed into a CSV it must never become a spreadsheet formula. */
    @Test
    void enReferanseSomSerUtSomEnFormelBlirTekstICsv() {
        String csv = "referanse;kommunenummer;legevakt_kommuner;omsokt;godkjent_budsjett;sendt\n"
                + "\"=HYPERLINK(\"\"http://example.org\"\";\"\"x\"\")\";1856;1856;500000;;\n"
                + "+1+1;1857;1857;500000;;\n";
        String svar = given().auth().oauth2(Tokens.saksbehandler()).accept("text/csv")
                .multiPart("fil", "soknader.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/simulering")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(svar.contains(";\"'=HYPERLINK(\"\"http://example.org\"\";\"\"x\"\")\";1856;"), svar);
        org.junit.jupiter.api.Assertions.assertTrue(svar.contains(";'+1+1;1857;"), svar);
    }

    @Test
    void csvMedFeilNavngirLinjeOgKolonne() {
        String csv = "referanse;kommunenummer;omsokt\nA;1856;100\n\nB;1857;mye\n";
        given().auth().oauth2(Tokens.saksbehandler()).multiPart("fil", "s.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/simulering")
                .then().statusCode(400)
                .body("feil[0].felt", equalTo("linje 4, omsokt"))
                .body("feil[0].melding", equalTo("«mye» er ikke et beløp i hele kroner."));
        given().auth().oauth2(Tokens.saksbehandler()).multiPart("fil", "s.csv", "navn;belop\nA;1\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/simulering")
                .then().statusCode(400).body("feil[0].felt", equalTo("linje 1"));
    }

    /** As Excel writes it: BOM, CRLF between rows, a bare LF for a line break inside a cell; here with commas. */
    @Test
    void csvMedLinjeskiftOgKommaIEtFeltLesesRett() {
        String csv = "\uFEFFreferanse,kommunenummer,legevakt_kommuner,omsokt,godkjent_budsjett,sendt\r\n"
                + "\"Søknad A\nRøst, 2024\",1856,1856,1200000,,2022-05-10T10:00:00Z\r\n"
                + "B,5626,\"5626,5630,5632\",500000,400000,2022-05-11T12:00\r\n";
        given().auth().oauth2(Tokens.saksbehandler()).multiPart("fil", "soknader.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/simulering")
                .then().statusCode(200)
                .body("tildelinger.referanse", contains("Søknad A\nRøst, 2024", "B"))
                .body("tildelinger[1].tildelt", equalTo(400_000));
        // The row after the two-line record is line 4 of the file, and an error there says so.
        given().auth().oauth2(Tokens.saksbehandler())
                .multiPart("fil", "soknader.csv", csv.replace("B,5626,", "B,9999,").getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/simulering")
                .then().statusCode(400)
                .body("feil[0].felt", equalTo("linje 4, kommunenummer"));
    }

    @Test
    void csvMedAnforselstegnSomIkkeLukkesEr400MedLinjen() {
        String csv = "referanse;kommunenummer;omsokt\nA;1856;100\n\"B;1857;100\nC;1804;100\n";
        given().auth().oauth2(Tokens.saksbehandler()).multiPart("fil", "s.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/api/simulering")
                .then().statusCode(400).contentType("application/problem+json")
                .body("feil[0].felt", equalTo("linje 3"))
                .body("feil[0].melding", startsWith("Anførselstegnene går ikke opp fra denne linjen:"));
    }

    @Test
    void bareSaksbehandlerEvaluatorOgAdminKanSimulere() {
        given().auth().oauth2(Tokens.godkjenner()).contentType(ContentType.JSON).body(EKSEMPEL).when().post("/api/simulering").then().statusCode(403);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(EKSEMPEL).when().post("/api/simulering").then().statusCode(403);
        given().contentType(ContentType.JSON).body(EKSEMPEL).when().post("/api/simulering").then().statusCode(401);
    }
}
