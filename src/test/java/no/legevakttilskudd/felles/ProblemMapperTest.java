package no.legevakttilskudd.felles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.legevakttilskudd.Tokens;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ProblemMapperTest {

    @Test
    void ukjentAdresseErProblemJson() {
        given().auth().oauth2(Tokens.admin()).when().get("/api/finnes-ikke")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", equalTo("Adressen finnes ikke."));
    }

    @Test
    void feilMetodeErProblemJson() {
        given().auth().oauth2(Tokens.admin()).when().delete("/api/utlysninger")
                .then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void ikkeTallIStienEr404() {
        given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/abc")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void feilRolleErProblemJson403() {
        given().auth().oauth2(Tokens.evaluator()).when().get("/api/admin/kommuneregister/versjoner")
                .then().statusCode(403).contentType("application/problem+json").body("title", equalTo("Ingen tilgang"));
    }

    @Test
    void tokenFraFeilUtstederEr401() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXI").when().get("/api/kommuner")
                .then().statusCode(401);
    }
}
