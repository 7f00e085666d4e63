package no.legevakttilskudd.vedtak.utbetaling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import no.legevakttilskudd.Saksgang;
import no.legevakttilskudd.Tokens;

/** A decision replaced by a sent correction is no longer what holds for the kommune: nothing more is paid on it. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class UtbetalingErstattetTest {

    private static ValidatableResponse utbetal(long vedtak, long belop) {
        return given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("belop", belop, "dato", LocalDate.now(ZoneId.of("Europe/Oslo")).toString()))
                .when().post("/api/vedtak/" + vedtak + "/utbetalinger").then();
    }

    @Test
    void ingenUtbetalingPaEtVedtakEnSendtRettelseHarErstattet() {
        Saksgang.Runde runde = Saksgang.avgjort(Tokens.ROST);
        long opprinnelig = runde.vedtak();
        Saksgang.aksepter(Tokens.ROST, opprinnelig);
        utbetal(opprinnelig, 100_000).statusCode(201);
        assertTrue(saken(runde.soknad()).contains(utbetalingsskjema(runde.soknad(), opprinnelig)), "saken tilbyr utbetaling");

        // A correction approved but not sent: the original still holds for the kommune.
        long rettelse = given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).queryParam("erstatter", opprinnelig)
                .body(Map.of("utfall", "DELVIS_INNVILGET", "belop", 800_000, "begrunnelse", "Rettet: budsjettet var feil summert."))
                .when().post("/api/soknader/" + runde.soknad() + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + rettelse + "/godkjenn").then().statusCode(200);
        utbetal(opprinnelig, 100_000).statusCode(201);

        // Sent: the original is replaced; a payment on it is refused and nothing is stored.
        given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/vedtak/" + rettelse + "/send").then().statusCode(200);
        utbetal(opprinnelig, 100_000).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:legevakttilskudd:problem:vedtak-erstattet"))
                .body("detail", containsString("erstattet av det rettede vedtaket " + rettelse))
                .body("detail", containsString("Registrer utbetalingen på vedtak " + rettelse));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + opprinnelig + "/utbetalinger").then().statusCode(200)
                .body("size()", equalTo(2));
        assertFalse(saken(runde.soknad()).contains(utbetalingsskjema(runde.soknad(), opprinnelig)),
                "saken tilbyr ikke utbetaling på det erstattede vedtaket");
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/oppfolging/til-utbetaling").then().statusCode(200)
                .body("findAll { it.vedtakId == " + opprinnelig + " }.size()", equalTo(0));

        // The correction is paid once the kommune has accepted it.
        utbetal(rettelse, 100_000).statusCode(409).body("type", equalTo("urn:legevakttilskudd:problem:ikke-akseptert"));
        Saksgang.aksepter(Tokens.ROST, rettelse);
        utbetal(rettelse, 100_000).statusCode(201);
    }

    private static String saken(long soknad) {
        return given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/soknader/" + soknad).then().statusCode(200)
                .extract().asString();
    }

    private static String utbetalingsskjema(long soknad, long vedtak) {
        return "action=\"/saksbehandling/soknader/" + soknad + "/vedtak/" + vedtak + "/utbetaling\"";
    }
}
