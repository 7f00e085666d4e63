package no.legevakttilskudd.felles.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** The way to Keycloak's login page carries the site's language, so the login page speaks it too. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class InnloggingssprakTest {

    @Test
    void innloggingenFarSpraketBrukerenValgte() {
        for (String kode : Sprak.KODER) {
            tilInnlogging(given().cookie(Sprak.COOKIE, kode))
                    .header("Location", containsString("ui_locales=" + kode));
        }
    }

    @Test
    void utenValgtSprakErInnloggingenPaBokmal() {
        tilInnlogging(given()).header("Location", containsString("ui_locales=nb"));
        tilInnlogging(given().cookie(Sprak.COOKIE, "klingon"))
                .header("Location", containsString("ui_locales=nb"))
                .header("Location", not(containsString("klingon")));
    }

    private static ValidatableResponse tilInnlogging(RequestSpecification foresporsel) {
        return foresporsel.redirects().follow(false).when().get("/logg-inn")
                .then().statusCode(302)
                .header("Location", containsString("response_type=code"));
    }
}
