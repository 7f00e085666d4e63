package no.legevakttilskudd.vedtak.rapport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Saksgang;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/** The report: per measure, only after acceptance, unused money to be repaid, approval or a request for more. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RapportTest {

    private static final ZoneId NORGE = ZoneId.of("Europe/Oslo");

    /** A sent award of 900 000 to Røst (two measures in the application), not yet accepted. */
    private static long sendtTilskudd() {
        long utlysning = Testdata.opprettUtlysning(Testdata.utlysning(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(9)));
        long soknad = Testdata.sendtSoknad(Tokens.ROST, utlysning);
        Testdata.forbiFristen(utlysning);
        long vedtak = given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", "INNVILGET", "belop", 900_000, "begrunnelse", "Kvalifisert."))
                .when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(200);
        given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/vedtak/" + vedtak + "/send").then().statusCode(200);
        Testdata.klokkaTilbake();
        return vedtak;
    }

    /** An accepted award in a call that closed ten days ago and whose report is due on {@code rapportfrist}. */
    private static long akseptertTilskudd(LocalDate rapportfrist) {
        long vedtak = sendtTilskudd();
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(Map.of("kontonummer", "12345678903"))
                .when().post("/api/vedtak/" + vedtak + "/aksept").then().statusCode(200);
        long utlysning = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + vedtak).then().statusCode(200)
                .extract().jsonPath().getLong("utlysningId");
        LocalDateTime naa = LocalDateTime.now(NORGE);
        Map<String, Object> u = Testdata.utlysning(naa.minusDays(30), naa.minusDays(10));
        u.put("rapportfrist", rapportfrist.toString());
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(u).when().put("/api/utlysninger/" + utlysning)
                .then().statusCode(200).body("rapportfrist", equalTo(rapportfrist.toString()));
        Saksgang.utbetal(vedtak, 900_000);
        return vedtak;
    }

    private static Map<String, Object> rapport(long brukt0, long brukt1) {
        return Map.of("tiltak", List.of(Map.of("gjort", "Vikarlege i rotasjon hele året.", "brukt", brukt0),
                Map.of("gjort", "Kjøpte defibrillator.", "brukt", brukt1)));
    }

    @Test
    void rapportGodkjenningOgTilbakebetaling() {
        long vedtak = sendtTilskudd();
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(rapport(700_000, 50_000))
                .when().put("/api/vedtak/" + vedtak + "/rapport").then().statusCode(409).body("detail", containsString("Aksepter vilkårene"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(Map.of("kontonummer", "12345678903"))
                .when().post("/api/vedtak/" + vedtak + "/aksept").then().statusCode(200);

        // The report tells how the money was used, so it waits for the first payment; the page says so instead of a form.
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(rapport(700_000, 50_000))
                .when().put("/api/vedtak/" + vedtak + "/rapport").then().statusCode(409).body("type", containsString("ikke-utbetalt"))
                .body("detail", containsString("ingenting er utbetalt ennå"));
        long soknad = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + vedtak).then().extract().jsonPath()
                .getLong("soknadId");
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/mine-soknader/" + soknad).then().statusCode(200)
                .body(containsString("Når tilskuddet er utbetalt, rapporterer kommunen her hva det ble brukt til."))
                .body(not(containsString("/vedtak/" + vedtak + "/rapport\"")));
        Saksgang.utbetal(vedtak, 450_000);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/mine-soknader/" + soknad).then().statusCode(200)
                .body(containsString("action=\"/mine-soknader/" + soknad + "/vedtak/" + vedtak + "/rapport\""))
                .body(not(containsString("Når tilskuddet er utbetalt")));

        // One line per measure, with what was done and what it cost.
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON)
                .body(Map.of("tiltak", List.of(Map.of("gjort", "x", "brukt", 1))))
                .when().put("/api/vedtak/" + vedtak + "/rapport").then().statusCode(400).body("feil[0].felt", equalTo("tiltak"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON)
                .body(Map.of("tiltak", List.of(Map.of("gjort", " ", "brukt", 1), Map.of("gjort", "y", "brukt", -5))))
                .when().put("/api/vedtak/" + vedtak + "/rapport").then().statusCode(400)
                .body("feil.felt", org.hamcrest.Matchers.contains("tiltak[0].gjort", "tiltak[1].brukt"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(rapport(700_000, 50_000))
                .when().put("/api/vedtak/" + vedtak + "/rapport").then().statusCode(200)
                .body("status", equalTo("SENDT")).body("brukt", equalTo(750_000)).body("ubrukt", equalTo(150_000))
                .body("forSen", equalTo(false));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(rapport(1, 1))
                .when().put("/api/vedtak/" + vedtak + "/rapport").then().statusCode(409);
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get("/api/vedtak/" + vedtak + "/rapport").then().statusCode(404);

        // Asking for more needs a comment; the kommune then sends it again; then it is approved.
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(Map.of("godkjent", false))
                .when().post("/api/vedtak/" + vedtak + "/rapport/behandling").then().statusCode(400);
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("godkjent", false, "kommentar", "Legg ved hvor mange vakter vikaren tok."))
                .when().post("/api/vedtak/" + vedtak + "/rapport/behandling").then().statusCode(200).body("status", equalTo("MER_INFO"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(rapport(800_000, 50_000))
                .when().put("/api/vedtak/" + vedtak + "/rapport").then().statusCode(200).body("ubrukt", equalTo(50_000));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(Map.of("godkjent", true))
                .when().post("/api/vedtak/" + vedtak + "/rapport/behandling").then().statusCode(403);
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(Map.of("godkjent", true))
                .when().post("/api/vedtak/" + vedtak + "/rapport/behandling").then().statusCode(200).body("status", equalTo("GODKJENT"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + given().auth().oauth2(Tokens.saksbehandler())
                .when().get("/api/vedtak/" + vedtak).then().extract().jsonPath().getLong("soknadId") + "/historikk")
                .then().statusCode(200);
    }

    @Test
    void rapportEtterUtlysningensEgenFristMerkesOgManglendeRapportListes() {
        LocalDate idag = LocalDate.now(NORGE);
        long passert = akseptertTilskudd(idag.minusDays(1));
        long sisteDag = akseptertTilskudd(idag);
        long senere = akseptertTilskudd(idag.plusDays(31));

        // Staff see missing reports when the call's deadline is less than 30 days away or passed.
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/paminnelser/mangler-rapport").then().statusCode(200)
                .body("vedtakId", hasItems((int) passert, (int) sisteDag))
                .body("vedtakId", not(hasItem((int) senere)))
                .body("find { it.vedtakId == " + passert + " }.rapportfrist", equalTo(idag.minusDays(1).toString()));

        // After the call's own deadline the report is received and flagged late; on the last day it is on time.
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(rapport(900_000, 0))
                .when().put("/api/vedtak/" + passert + "/rapport").then().statusCode(200).body("forSen", equalTo(true));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(rapport(900_000, 0))
                .when().put("/api/vedtak/" + sisteDag + "/rapport").then().statusCode(200).body("forSen", equalTo(false));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/paminnelser/mangler-rapport").then()
                .body("vedtakId", not(hasItem((int) passert)))
                .body("vedtakId", not(hasItem((int) sisteDag)));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/paminnelser/mangler-rapport").then().statusCode(403);
    }
}
