package no.legevakttilskudd.tildeling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Saksgang;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/**
 * SPEC §2: an evaluator sees nothing of a round still in case handling. A simulation on a call's stored applications
 * is the allocation per kommune, so for an evaluator it opens only when the call is DECIDED (its decisions sent).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SimuleringForEvaluatorTest {

    private static final String OPPLASTET = """
            {"utlysningId": %d, "soknader": [{"referanse": "%s", "kommunenummer": "1840", "legevaktKommuner": ["1840"],
             "omsokt": 1200000, "sendt": "2022-05-10T10:00:00Z"}]}
            """;

    private static void simuler(String token, String json, int status) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(json).when().post("/api/simulering").then().statusCode(status);
    }

    @Test
    void lagredeSoknaderForstNarVedtakeneErSendt() {
        Saksgang.Sendt sendt = Saksgang.sendt(Tokens.ROST);
        long utlysning = sendt.utlysning();
        long soknad = sendt.soknad();
        String lagrede = "{\"utlysningId\": " + utlysning + "}";

        // Open: the evaluator is refused with a reason, and the answer names no kommune; staff simulate as before.
        given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON).body(lagrede).when().post("/api/simulering")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:legevakttilskudd:problem:utlysning-under-behandling"))
                .body("detail", containsString("først når alle vedtakene i den er sendt"))
                .body(not(containsString(Tokens.ROST)));
        simuler(Tokens.saksbehandler(), lagrede, 200);
        simuler(Tokens.admin(), lagrede, 200);

        // Closed, in case handling: still refused, also as CSV.
        sendt.lukk();
        given().auth().oauth2(Tokens.evaluator()).accept("text/csv").contentType(ContentType.JSON).body(lagrede)
                .when().post("/api/simulering").then().statusCode(409);

        // Applications the evaluator sends itself are fine, with the call's parameters, and are not linked to its cases.
        String referanse = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknad).then().statusCode(200)
                .extract().jsonPath().getString("referanse");
        given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON).body(OPPLASTET.formatted(utlysning, referanse))
                .when().post("/api/simulering").then().statusCode(200)
                .body("tildelinger", hasSize(1)).body("tildelinger[0].soknadId", nullValue());

        // Decisions sent: the call is DECIDED and the evaluator may simulate on it.
        Saksgang.sendtVedtak(soknad);
        given().auth().oauth2(Tokens.evaluator()).when().get("/api/utlysninger/" + utlysning).then().statusCode(200)
                .body("status", equalTo("DECIDED"));
        given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON).body(lagrede).when().post("/api/simulering")
                .then().statusCode(200).body("tildelinger", hasSize(1)).body("tildelinger[0].kommunenummer", equalTo(Tokens.ROST));
    }

    @Test
    void enUpublisertUtlysningFinnesIkkeForEvaluatoren() {
        LocalDateTime naa = LocalDateTime.now(ZoneId.of("Europe/Oslo"));
        Map<String, Object> utkast = Testdata.utlysning(naa.minusDays(2), naa.plusDays(30));
        utkast.put("publisert", false);
        long utlysning = Testdata.opprettUtlysning(utkast);
        given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON).body("{\"utlysningId\": " + utlysning + "}")
                .when().post("/api/simulering").then().statusCode(404).contentType("application/problem+json");
        // Not even its parameters with applications of one's own.
        simuler(Tokens.evaluator(), OPPLASTET.formatted(utlysning, "A1"), 404);
        simuler(Tokens.saksbehandler(), OPPLASTET.formatted(utlysning, "A1"), 200);
    }
}
