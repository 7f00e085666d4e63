package no.legevakttilskudd.soknad;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class VaktbelastningResourceTest {

    @Test
    void kalkulatorenGirStudiensTall() {
        given().auth().oauth2(Tokens.soker(Tokens.ROST))
                .queryParam("vaktdeling", 1).queryParam("vaktform", "HJEMMEVAKT").queryParam("omregningsfaktor", 4)
                .when().get("/api/vaktbelastning")
                .then().statusCode(200)
                .body("timerTotalt", equalTo(2573.44f))
                .body("aktiveTimer", equalTo(1143.75f))
                .body("vaktdognPerLege", equalTo(365));
    }

    @Test
    void ugyldigeVerdierNavngis() {
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).queryParam("vaktdeling", 0).queryParam("omregningsfaktor", 0)
                .when().get("/api/vaktbelastning")
                .then().statusCode(400)
                .body("feil.felt", contains("vaktdeling", "vaktform", "omregningsfaktor"));
    }

    @Test
    void soknadenViserBeregnetVaktbelastning() {
        long id = Testdata.utkast(Tokens.ROST, Testdata.apenUtlysning(), Testdata.fullstendigSoknad(Tokens.ROST));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/soknader/" + id)
                .then().statusCode(200)
                .body("beregnetVaktbelastning.grunnlag.vaktdeling", equalTo(3))
                .body("beregnetVaktbelastning.grunnlag.omregningsfaktor", equalTo(5))
                .body("beregnetVaktbelastning.timerPerLege", equalTo(762.5f))
                .body("beregnetVaktbelastning.vaktdognPerLege", equalTo(122));
    }
}
