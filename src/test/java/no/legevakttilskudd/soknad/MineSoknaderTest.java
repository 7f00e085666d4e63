package no.legevakttilskudd.soknad;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.legevakttilskudd.Csrftoken;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.web.Csrf;

/** Mine søknader and the read-only view offer what the service says the kommune may do, before and after the deadline. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class MineSoknaderTest {

    @AfterEach
    void klokka() {
        Testdata.klokkaTilbake();
    }

    @Test
    void utkastKanEndresTilFristenOgBareLesesEtter() {
        long utlysning = Testdata.apenUtlysning();
        long utkast = Testdata.utkast(Tokens.VAROY, utlysning, Testdata.fullstendigSoknad(Tokens.VAROY));
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get("/mine-soknader").then().statusCode(200)
                .body(containsString("<a class=\"ds-link\" href=\"/mine-soknader/" + utkast + "/steg/1\">Fortsett"))
                .body(containsString("Ja, etter kommuneregisteret"));

        Testdata.forbiFristen(utlysning);
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get("/mine-soknader").then().statusCode(200)
                .body(not(containsString("/mine-soknader/" + utkast + "/steg/1")))
                .body(containsString("<a class=\"ds-link\" href=\"/mine-soknader/" + utkast + "\">Se søknaden"));
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get("/mine-soknader/" + utkast).then().statusCode(200)
                .body(containsString("data-color=\"warning\""))
                .body(containsString("Utkastet kan ikke lenger endres eller sendes."))
                .body(not(containsString("action=\"/mine-soknader/" + utkast + "/send\"")));
    }

    @Test
    void sendtSoknadVisesSomSendt() {
        long sendt = Testdata.sendtSoknad(Tokens.VAROY, Testdata.apenUtlysning());
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get("/mine-soknader/" + sendt).then().statusCode(200)
                .body(containsString("Fram til søknadsfristen"))
                .body(containsString("Kontakt Helsedirektoratet på postmottak@helsedir.no eller telefon 810 20 050."))
                .body(containsString("href=\"/mine-soknader/" + sendt + "/steg/1\""))
                .body(containsString("<span class=\"ds-tag\" data-color=\"info\">"));
    }

    @Test
    void kommunenKanTrekkeEnSendtSoknadPaSiden() {
        long sendt = Testdata.sendtSoknad(Tokens.VAROY, Testdata.apenUtlysning());
        String token = Tokens.soker(Tokens.VAROY);
        given().auth().oauth2(token).when().get("/mine-soknader/" + sendt).then().statusCode(200)
                .body(containsString("action=\"/mine-soknader/" + sendt + "/trekk\""));
        given().auth().oauth2(token).cookie(Csrf.COOKIE, Csrftoken.av(token)).formParam(Csrf.FELT, Csrftoken.av(token))
                .redirects().follow(false).when().post("/mine-soknader/" + sendt + "/trekk")
                .then().statusCode(303).header("Location", endsWith("/mine-soknader/" + sendt));
        given().auth().oauth2(token).when().get("/mine-soknader/" + sendt).then().statusCode(200)
                .body(containsString("Søknaden er trukket og blir ikke behandlet."))
                .body(containsString("<span class=\"ds-tag\" data-color=\"neutral\">"))
                .body(not(containsString("/trekk\"")));
        given().auth().oauth2(token).when().get("/api/soknader/" + sendt).then().body("status", equalTo("TRUKKET"));
    }
}
