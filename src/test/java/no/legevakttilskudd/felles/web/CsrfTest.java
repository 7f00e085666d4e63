package no.legevakttilskudd.felles.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import no.legevakttilskudd.Csrftoken;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/** The pages' CSRF token: a {@code __Host-} cookie signed for the login, and forms from other sites refused by Origin. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CsrfTest {

    private static RequestSpecification start(String bearer, String csrf, long utlysning) {
        return given().auth().oauth2(bearer).redirects().follow(false).cookie(Csrf.COOKIE, csrf)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam(Csrf.FELT, csrf)
                .formParam("utlysning", utlysning);
    }

    @Test
    void cookienErHostBundetHttpOnlyStrictOgSignertForBrukeren() {
        Testdata.apenUtlysning();
        String bearer = Tokens.soker(Tokens.ROST);
        Response side = given().auth().oauth2(bearer).when().get("/mine-soknader").then().statusCode(200).extract().response();
        String setCookie = side.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith(Csrf.COOKIE + "="))
                .findFirst().orElse(null);
        assertNotNull(setCookie, "siden med skjema satte ingen CSRF-cookie: " + side.getHeaders());
        String attributter = setCookie.toLowerCase(Locale.ROOT);
        assertTrue(attributter.contains("; secure"), setCookie);
        assertTrue(attributter.contains("; httponly"), setCookie);
        assertTrue(attributter.contains("; samesite=strict"), setCookie);
        assertTrue(attributter.contains("; path=/"), setCookie);
        assertFalse(attributter.contains("domain="), setCookie);
        String verdi = setCookie.substring(Csrf.COOKIE.length() + 1, setCookie.indexOf(';'));
        assertTrue(side.asString().contains("name=\"" + Csrf.FELT + "\" value=\"" + verdi + "\""), "skjemaet bærer ikke samme token");
        // The value is the random half and its HMAC for this login's subject.
        assertEquals(Csrf.lag(Csrftoken.HEMMELIGHET, Csrftoken.subjekt(bearer), verdi.substring(0, 43)), verdi);
        // A fresh random half per browser: another page load without the cookie gets another token.
        String annen = given().auth().oauth2(bearer).when().get("/mine-soknader").then().extract().cookie(Csrf.COOKIE);
        assertFalse(verdi.equals(annen));
    }

    @Test
    void tokenFraEnAnnenInnloggingAvvises() {
        long utlysning = Testdata.apenUtlysning();
        String rost = Tokens.soker(Tokens.ROST);
        // Cookie and field agree, as a planted cookie would, but they are signed for Værøy's login, not Røst's.
        start(rost, Csrftoken.av(Tokens.soker(Tokens.VAROY)), utlysning).accept("text/html").when().post("/mine-soknader")
                .then().statusCode(403).body(containsString("sikkerhetsnøkkelen"));
        // Same user name, another subject: still another login.
        start(rost, Csrftoken.av(Tokens.token("en-annen-sub", java.util.List.of("soker"), Tokens.ROST)), utlysning)
                .when().post("/mine-soknader").then().statusCode(403);
        // A token with a forged signature.
        String gyldig = Csrftoken.av(rost);
        String forfalsket = gyldig.substring(0, 44) + (gyldig.charAt(44) == 'A' ? 'B' : 'A') + gyldig.substring(45);
        start(rost, forfalsket, utlysning).when().post("/mine-soknader").then().statusCode(403);
        start(rost, gyldig, utlysning).when().post("/mine-soknader").then().statusCode(303);
    }

    @Test
    void skjemaFraEtAnnetNettstedAvvisesPaOrigin() {
        long utlysning = Testdata.apenUtlysning();
        String rost = Tokens.soker(Tokens.ROST);
        String csrf = Csrftoken.av(rost);
        for (String fremmed : new String[] {"https://angriper.example", "http://localhost:1", "null"}) {
            start(rost, csrf, utlysning).header("Origin", fremmed).accept("text/html").when().post("/mine-soknader")
                    .then().statusCode(403).body(containsString("et annet nettsted"));
        }
        String egen = "http://localhost:" + RestAssured.port;
        start(rost, csrf, utlysning).header("Origin", egen).when().post("/mine-soknader").then().statusCode(303);
        // Without Origin the signed token decides alone (docs/security.md).
        start(rost, csrf, utlysning).when().post("/mine-soknader").then().statusCode(303);
    }
}
