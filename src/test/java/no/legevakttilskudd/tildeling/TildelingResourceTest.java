package no.legevakttilskudd.tildeling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class TildelingResourceTest {

    @Test
    void forslagetForEnUtlysningBrukerDeSendteSoknadeneOgRammen() {
        long utlysning = Testdata.apenUtlysning();
        sendMedBelop(Tokens.ROST, utlysning, 1_500_000);
        sendMedBelop(Tokens.VAROY, utlysning, 1_000_000);
        sendMedBelop(Tokens.SALTDAL, utlysning, 800_000);
        Testdata.utkast("1815", utlysning, Testdata.fullstendigSoknad("1815"));

        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/utlysninger/" + utlysning + "/tildeling")
                .then().statusCode(200)
                .body("utlysningId", equalTo((int) utlysning))
                .body("tildelinger.kommunenummer", contains(Tokens.ROST, Tokens.VAROY, Tokens.SALTDAL))
                .body("tildelinger[0].soknadId", notNullValue())
                .body("tildelinger.status", contains("INNVILGET", "INNVILGET", "INNVILGET"))
                .body("sumTildelt", equalTo(3_300_000))
                .body("rammeIgjen", equalTo(50_000_000 - 3_300_000));

        given().auth().oauth2(Tokens.godkjenner()).queryParam("ramme", 2_000_000)
                .when().get("/api/utlysninger/" + utlysning + "/tildeling")
                .then().statusCode(200)
                .body("ramme", equalTo(2_000_000))
                .body("tildelinger.status", contains("INNVILGET", "DELVIS_INNVILGET", "VENTELISTE"))
                .body("venteliste", contains(sokReferanse(utlysning, Tokens.SALTDAL)));

        given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/" + utlysning)
                .then().body("ramme", equalTo(50_000_000));
    }

    @Test
    void simuleringPaLagredeSoknaderMedAndreParametre() {
        long utlysning = Testdata.apenUtlysning();
        sendMedBelop(Tokens.SALTDAL, utlysning, 800_000);
        // Staff: an evaluator may do this only once the call is decided (SimuleringForEvaluatorTest).
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utlysningId", utlysning, "parametre", Map.of("sentralitetsklasser", List.of(6))))
                .when().post("/api/simulering")
                .then().statusCode(200)
                .body("tildelinger[0].status", equalTo("AVSLATT"))
                .body("tildelinger[0].soknadId", notNullValue());
    }

    @Test
    void negativRammeEr400OgRollerSjekkes() {
        long utlysning = Testdata.apenUtlysning();
        given().auth().oauth2(Tokens.saksbehandler()).queryParam("ramme", -1).when().get("/api/utlysninger/" + utlysning + "/tildeling")
                .then().statusCode(400).body("feil[0].felt", equalTo("ramme"));
        given().auth().oauth2(Tokens.evaluator()).when().get("/api/utlysninger/" + utlysning + "/tildeling").then().statusCode(403);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/utlysninger/" + utlysning + "/tildeling").then().statusCode(403);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/utlysninger/424242/tildeling").then().statusCode(404);
    }

    private static void sendMedBelop(String kommune, long utlysning, long belop) {
        Map<String, Object> soknad = Testdata.fullstendigSoknad(kommune);
        soknad.put("tiltak", List.of(Testdata.tiltak("REKRUTTERING", "Lege", List.of(Testdata.linje("Lønn", belop)))));
        long id = Testdata.utkast(kommune, utlysning, soknad);
        given().auth().oauth2(Tokens.soker(kommune)).when().post("/api/soknader/" + id + "/send").then().statusCode(200);
    }

    private static String sokReferanse(long utlysning, String kommune) {
        return given().auth().oauth2(Tokens.saksbehandler()).queryParam("kommunenummer", kommune)
                .when().get("/api/utlysninger/" + utlysning + "/soknader")
                .then().extract().jsonPath().getString("elementer[0].referanse");
    }
}
