package no.legevakttilskudd.saksbehandling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/**
 * The simulation page. The seeded call: frame 1 000 000, cap 1 500 000, classes 5 and 6, PARTIAL; Røst (index 366),
 * Værøy (370) and Saltdal (603, class 5, 4 880 inhabitants) each apply for 900 000 in a legevakt of their own, so the
 * order is Røst, Værøy, Saltdal. Now: Røst 900 000, Værøy the rest 100 000 (partial), Saltdal waits.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SimuleringSideTest {

    private static final String SIDE = "/saksbehandling/simulering";
    private static final String MINUS = "\u2212";

    static long utlysningMedTreSoknader() {
        LocalDateTime naa = LocalDateTime.now(ZoneId.of("Europe/Oslo"));
        Map<String, Object> utlysning = Testdata.utlysning(naa.minusDays(1), naa.plusDays(30));
        utlysning.put("ramme", 1_000_000);
        long id = Testdata.opprettUtlysning(utlysning);
        for (String kommune : new String[] {Tokens.ROST, Tokens.VAROY, Tokens.SALTDAL}) {
            send(kommune, Testdata.utkast(kommune, id, Testdata.fullstendigSoknad(kommune)));
        }
        return id;
    }

    static void send(String kommune, long soknadId) {
        given().auth().oauth2(Tokens.soker(kommune)).when().post("/api/soknader/" + soknadId + "/send").then().statusCode(200);
    }

    private static RequestSpecification skjema(String token, long utlysning) {
        return given().auth().oauth2(token).cookie("lv-csrf", Testdata.CSRF)
                .multiPart("csrf-token", Testdata.CSRF)
                .multiPart("utlysning", String.valueOf(utlysning))
                .multiPart("parametre.sentralitetsklasser", "5")
                .multiPart("parametre.sentralitetsklasser", "6")
                .multiPart("parametre.folketallsgrense", "5000")
                .multiPart("parametre.minstebelop", "0")
                .multiPart("parametre.marginal", "PARTIAL");
    }

    /** The row of one kommune, whitespace squeezed, so one assertion can read it as a sentence. */
    private static String rad(String side, String referanseDel) {
        int start = side.indexOf("<tr id=\"rad-" + referanseDel);
        assertTrue(start >= 0, "fant ikke raden " + referanseDel);
        return side.substring(start, side.indexOf("</tr>", start)).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    private static String rad(String side, String kommunenavn, boolean medKommune) {
        int navn = side.indexOf(kommunenavn + " (");
        int start = side.lastIndexOf("<tr", navn);
        return side.substring(start, side.indexOf("</tr>", start)).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    @Test
    void hoyereRammeOgLavereTakViserEndringeneMotNaa() {
        long utlysning = utlysningMedTreSoknader();
        given().auth().oauth2(Tokens.saksbehandler()).queryParam("utlysning", utlysning).when().get(SIDE)
                .then().statusCode(200)
                .body(containsString("name=\"csrf-token\""))
                .body(containsString("value=\"1000000\""))
                .body(containsString("Brukt 1 000 000 kr av rammen på 1 000 000 kr; 0 kr igjen."));

        // Cap 600 000, frame 2 000 000: each gets 600 000, 1 800 000 in all.
        String side = skjema(Tokens.saksbehandler(), utlysning)
                .multiPart("parametre.tak", "600 000")
                .multiPart("parametre.ramme", "2000000")
                .when().post(SIDE)
                .then().statusCode(200)
                .body(containsString("3 søknader får endret resultat."))
                .extract().asString();
        assertEquals("Røst (1856) 1 1 1 Innvilget Innvilget 900 000 kr 600 000 kr Endret " + MINUS + "300 000 kr", rad(side, "Røst", true));
        assertEquals("Værøy (1857) 1 2 2 Delvis innvilget Innvilget 100 000 kr 600 000 kr Endret +500 000 kr", rad(side, "Værøy", true));
        assertEquals("Saltdal (1840) 1 3 3 Venteliste Innvilget 0 kr 600 000 kr Ny tildeling +600 000 kr", rad(side, "Saltdal", true));
        assertEquals("Brukt av rammen 1 000 000 kr 1 800 000 kr +800 000 kr", sum(side, "brukt"));
        assertEquals("Ramme 1 000 000 kr 2 000 000 kr +1 000 000 kr", sum(side, "ramme"));
        assertEquals("Antall som får tilskudd 2 3 +1", sum(side, "tildelt"));
        assertEquals("På ventelisten 1 0 " + MINUS + "1", sum(side, "venteliste"));
    }

    @Test
    void mindreRammeFarDenDelvisTildelteTilAFalleUt() {
        long utlysning = utlysningMedTreSoknader();
        String side = skjema(Tokens.godkjenner(), utlysning)
                .multiPart("parametre.tak", "1500000")
                .multiPart("parametre.ramme", "900000")
                .multiPart("bareEndringer", "ja")
                .when().post(SIDE)
                .then().statusCode(200)
                .body(containsString("1 søknad får endret resultat."))
                .body(not(containsString("Røst (1856)</a></th>")))
                .extract().asString();
        assertEquals("Værøy (1857) 1 2 2 Delvis innvilget Venteliste 100 000 kr 0 kr Faller ut " + MINUS + "100 000 kr", rad(side, "Værøy", true));
        assertEquals("På ventelisten 1 2 +1", sum(side, "venteliste"));
    }

    private static String sum(String side, String navn) {
        int start = side.indexOf("<tr id=\"sum-" + navn + "\"");
        return side.substring(start, side.indexOf("</tr>", start)).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    private static void assertEquals(String forventet, String faktisk) {
        org.junit.jupiter.api.Assertions.assertEquals(forventet, faktisk);
    }
}
