package no.legevakttilskudd.utlysning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/** SPEC §2: evaluators see nothing of unpublished calls and no staff user names; staff see both. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class UtlysningForEvaluatorTest {

    private static long utlysning(boolean publisert) {
        LocalDateTime naa = LocalDateTime.now(ZoneId.of("Europe/Oslo"));
        Map<String, Object> data = Testdata.utlysning(naa.minusDays(1), naa.plusDays(30));
        data.put("publisert", publisert);
        data.put("tittel", "Evaluatortest " + System.nanoTime());
        long id = Testdata.opprettUtlysning(data);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("ramme", 62_000_000, "begrunnelse", "Økt ramme i desember."))
                .when().post("/api/utlysninger/" + id + "/ramme").then().statusCode(200);
        return id;
    }

    @Test
    void rammehistorikkenViserDirektoratetIkkeBrukernavnet() {
        long id = utlysning(true);
        given().auth().oauth2(Tokens.evaluator()).when().get("/api/utlysninger/" + id + "/rammehistorikk").then().statusCode(200)
                .body("tilBelop", contains(50_000_000, 62_000_000))
                .body("endretAv", everyItem(equalTo("Helsedirektoratet")));
        for (String stab : new String[] {Tokens.saksbehandler(), Tokens.godkjenner(), Tokens.admin()}) {
            given().auth().oauth2(stab).when().get("/api/utlysninger/" + id + "/rammehistorikk").then().statusCode(200)
                    .body("endretAv", everyItem(equalTo("admin")));
        }
    }

    @Test
    void enUpublisertUtlysningFinnesIkkeForEvaluatoren() {
        long id = utlysning(false);
        given().auth().oauth2(Tokens.evaluator()).when().get("/api/utlysninger/" + id + "/rammehistorikk").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.evaluator()).when().get("/api/utlysninger/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.evaluator()).when().get("/api/utlysninger").then().statusCode(200)
                .body("id", not(hasItem((int) id)));
        given().auth().oauth2(Tokens.evaluator()).queryParam("utlysning", id).when().get("/api/statistikk").then().statusCode(404);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/utlysninger/" + id + "/rammehistorikk").then().statusCode(200)
                .body("tilBelop", contains(50_000_000, 62_000_000));
    }
}
