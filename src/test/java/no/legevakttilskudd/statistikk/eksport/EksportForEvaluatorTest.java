package no.legevakttilskudd.statistikk.eksport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.legevakttilskudd.Saksgang;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/** An award in a call that is no longer published is not in an evaluator's export of every call; staff still see it. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class EksportForEvaluatorTest {

    @Test
    void enUpublisertUtlysningsTildelingerErIkkeIEksportenAvAlle() {
        Saksgang.Runde runde = Saksgang.avgjort(Tokens.VAROY);
        long vedtak = runde.vedtak();
        given().auth().oauth2(Tokens.evaluator()).when().get("/api/statistikk/eksport/tildelinger.json").then().statusCode(200)
                .body("vedtakId", hasItem((int) vedtak));

        long utlysning = runde.utlysning();
        Map<String, Object> upublisert = Testdata.utlysning(LocalDateTime.now(ZoneId.of("Europe/Oslo")).minusDays(2),
                LocalDateTime.now(ZoneId.of("Europe/Oslo")).plusDays(30));
        upublisert.put("publisert", false);
        Saksgang.lukk(utlysning, upublisert);
        given().auth().oauth2(Tokens.evaluator()).when().get("/api/statistikk/eksport/tildelinger.json").then().statusCode(200)
                .body("vedtakId", not(hasItem((int) vedtak)));
        given().auth().oauth2(Tokens.evaluator()).when().get("/statistikk/eksport/tildelinger.json").then().statusCode(200)
                .body("vedtakId", not(hasItem((int) vedtak)));
        given().auth().oauth2(Tokens.evaluator()).queryParam("utlysning", utlysning).when().get("/api/statistikk/eksport/tildelinger.json")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/statistikk/eksport/tildelinger.json").then().statusCode(200)
                .body("vedtakId", hasItem((int) vedtak));
    }
}
