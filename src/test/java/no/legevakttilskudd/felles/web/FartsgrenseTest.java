package no.legevakttilskudd.felles.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Csrftoken;
import no.legevakttilskudd.Pdfer;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.Roller;

/** The heavy endpoints answer the call over the limit with 429 and Retry-After, per user; here with a limit of 2 a minute. */
@QuarkusTest
@TestProfile(FartsgrenseTest.LiteGrense.class)
@WithTestResource(OidcWiremockTestResource.class)
class FartsgrenseTest {

    public static class LiteGrense implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("legevakttilskudd.fartsgrense.simulering.antall", "2", "legevakttilskudd.fartsgrense.vedlegg.antall", "2");
        }
    }

    private static final String SIMULERING = "{\"soknader\": [{\"referanse\": \"A\", \"kommunenummer\": \"1856\", \"omsokt\": 100000}]}";

    @Test
    void simuleringIApietGir429MedRetryAfterEtterGrensen() {
        String evaluator = Tokens.token("evaluator-fart", List.of(Roller.EVALUATOR), null);
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(evaluator).contentType(ContentType.JSON).body(SIMULERING).when().post("/api/simulering")
                    .then().statusCode(200);
        }
        String vent = given().auth().oauth2(evaluator).contentType(ContentType.JSON).body(SIMULERING).when().post("/api/simulering")
                .then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:legevakttilskudd:problem:for-mange-foresporsler"))
                .body("detail", equalTo("Du har gjort dette 2 ganger på 1 minutt. Vent litt og prøv igjen."))
                .extract().header("Retry-After");
        int sekunder = Integer.parseInt(vent);
        assertTrue(sekunder >= 1 && sekunder <= 60, vent);
        // Another user has a window of its own.
        given().auth().oauth2(Tokens.token("annen-evaluator", List.of(Roller.EVALUATOR), null)).contentType(ContentType.JSON)
                .body(SIMULERING).when().post("/api/simulering").then().statusCode(200);
    }

    @Test
    void simuleringssidenViserEnNorskFeilside() {
        String saksbehandler = Tokens.token("saksbehandler-fart", List.of(Roller.SAKSBEHANDLER), null);
        long utlysning = Testdata.apenUtlysning();
        for (int i = 0; i < 3; i++) {
            var svar = given().auth().oauth2(saksbehandler).accept("text/html").cookie(Csrf.COOKIE, Csrftoken.av(saksbehandler))
                    .multiPart(Csrf.FELT, Csrftoken.av(saksbehandler)).multiPart("utlysning", String.valueOf(utlysning))
                    .when().post("/saksbehandling/simulering").then();
            if (i < 2) {
                // Whatever the page makes of a form without a file, it is not the limit yet.
                svar.statusCode(not(429));
            } else {
                svar.statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue())
                        .contentType(containsString("text/html")).body(containsString("Du har gjort dette 2 ganger på 1 minutt."));
            }
        }
    }

    @Test
    void vedleggGir429EtterGrensenIApietOgPaSiden() {
        String kommune = Tokens.VAROY;
        long utkast = Testdata.utkast(kommune, Testdata.apenUtlysning(), Testdata.fullstendigSoknad(kommune));
        String bearer = Tokens.soker(kommune);
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(bearer).multiPart("fil", "plan.pdf", Pdfer.gyldig(), "application/pdf")
                    .when().post("/api/soknader/" + utkast + "/vedlegg").then().statusCode(201);
        }
        given().auth().oauth2(bearer).multiPart("fil", "plan.pdf", Pdfer.gyldig(), "application/pdf")
                .when().post("/api/soknader/" + utkast + "/vedlegg")
                .then().statusCode(429).contentType("application/problem+json").header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // The page upload counts in the same window.
        given().auth().oauth2(bearer).accept("text/html").cookie(Csrf.COOKIE, Csrftoken.av(bearer)).multiPart(Csrf.FELT, Csrftoken.av(bearer))
                .multiPart("fil", "plan.pdf", Pdfer.gyldig(), "application/pdf").when().post("/mine-soknader/" + utkast + "/steg/4")
                .then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body(containsString("Vent litt og prøv igjen."));
        given().auth().oauth2(bearer).when().get("/api/soknader/" + utkast).then().body("vedlegg.size()", equalTo(2));
    }
}
