package no.legevakttilskudd.kommune;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.legevakttilskudd.Tokens;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class KommuneResourceTest {

    @Test
    void enKommuneMedSsbFakta() {
        given().auth().oauth2(Tokens.soker(Tokens.ROST))
                .when().get("/api/kommuner/1840")
                .then().statusCode(200)
                .body("navn", equalTo("Saltdal"))
                .body("fylkesnavn", equalTo("Nordland"))
                .body("sentralitetsklasse", equalTo(5))
                .body("sentralitetsindeks", equalTo(603))
                .body("folketall", equalTo(4880))
                .body("folketallAar", equalTo(2024));
    }

    @Test
    void samiskeNavnKommerUendretUt() {
        given().auth().oauth2(Tokens.saksbehandler())
                .when().get("/api/kommuner/5610")
                .then().statusCode(200)
                .body("navn", equalTo("Kárásjohka - Karasjok"));
    }

    @Test
    void ukjentKommuneErProblemJson404() {
        given().auth().oauth2(Tokens.evaluator())
                .when().get("/api/kommuner/9999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:legevakttilskudd:problem:ikke-funnet"))
                .body("detail", equalTo("Kommunenummer 9999 finnes ikke i kommuneregisteret."));
    }

    @Test
    void ugyldigKommunenummerEr400() {
        given().auth().oauth2(Tokens.evaluator())
                .when().get("/api/kommuner/18400")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("feil[0].felt", equalTo("kommunenummer"));
    }

    @Test
    void filtrerPaFylkeKlasseOgFolketall() {
        given().auth().oauth2(Tokens.saksbehandler())
                .queryParam("fylke", "18").queryParam("klasse", 6).queryParam("folketallUnder", 5000).queryParam("storrelse", 500)
                .when().get("/api/kommuner")
                .then().statusCode(200)
                .body("totalt", greaterThan(20))
                .body("elementer.fylkesnummer", everyItem(equalTo("18")))
                .body("elementer.sentralitetsklasse", everyItem(equalTo(6)))
                .body("elementer.folketall", everyItem(lessThan(5000)));
    }

    @Test
    void klasse6UnderFemtusenEr104KommunerSomIDatakilden() {
        given().auth().oauth2(Tokens.saksbehandler())
                .queryParam("klasse", 6).queryParam("folketallUnder", 5000).queryParam("storrelse", 1)
                .when().get("/api/kommuner")
                .then().statusCode(200)
                .body("totalt", equalTo(104));
    }

    @Test
    void ugyldigSidestorrelseEr400() {
        given().auth().oauth2(Tokens.saksbehandler())
                .queryParam("storrelse", 0)
                .when().get("/api/kommuner")
                .then().statusCode(400)
                .body("feil[0].felt", equalTo("storrelse"));
    }

    @Test
    void krevInnlogging() {
        given().when().get("/api/kommuner").then().statusCode(401);
    }
}
