package no.legevakttilskudd.felles.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.legevakttilskudd.Tokens;

/**
 * Errors that happen before a page method runs (a role check, an unknown path) are answered on the IO thread; the
 * error page must still render there for a user with a kommune, whose header normally reads the kommune register.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class FeilsideTest {

    @Test
    void sokerPaStabssidenFarFeilsidenIkke500() {
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).accept("text/html")
                .when().get("/saksbehandling/soknader/999999")
                .then().statusCode(403)
                .contentType(startsWith("text/html"))
                .body(containsString("Ingen tilgang"))
                .body(containsString("href=\"/logg-ut\""));
    }

    @Test
    void ukjentSideForInnloggetSokerGirFeilsiden() {
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).accept("text/html")
                .when().get("/saksbehandling/finnes/ikke/her")
                .then().statusCode(404)
                .contentType(startsWith("text/html"));
    }
}
