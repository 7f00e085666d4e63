package no.legevakttilskudd.utlysning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/** A call's title in the page's language, and whom the kommuner contact about it. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class UtlysningSprakOgKontaktTest {

    private static Map<String, Object> apen(String tittel) {
        LocalDateTime naa = LocalDateTime.now(ZoneId.of("Europe/Oslo"));
        Map<String, Object> kall = Testdata.utlysning(naa.minusDays(1), naa.plusDays(30));
        kall.put("tittel", tittel);
        return kall;
    }

    @Test
    void titlenVisesPaSidensSprakOgPaBokmalDerOversettelsenMangler() {
        String unik = "Språktest " + System.nanoTime();
        Map<String, Object> kall = apen(unik);
        kall.put("tittelNynorsk", unik + " nynorsk");
        kall.put("tittelEngelsk", unik + " English");
        long id = Testdata.opprettUtlysning(kall);
        String bareBokmal = "Bare bokmål " + System.nanoTime();
        Testdata.opprettUtlysning(apen(bareBokmal));

        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/utlysninger/" + id)
                .then().statusCode(200).body("tittel", equalTo(unik)).body("tittelNynorsk", equalTo(unik + " nynorsk"))
                .body("tittelEngelsk", equalTo(unik + " English")).body("kontakt", nullValue());
        given().when().get("/").then().statusCode(200).body(containsString(unik + "<")).body(not(containsString(unik + " English")));
        given().cookie("sprak", "nn").when().get("/").then().statusCode(200)
                .body(containsString(unik + " nynorsk")).body(containsString(bareBokmal));
        given().cookie("sprak", "en").when().get("/").then().statusCode(200)
                .body(containsString(unik + " English")).body(not(containsString(unik + " nynorsk")));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).cookie("sprak", "en").when().get("/mine-soknader")
                .then().statusCode(200).body(containsString(unik + " English"));

        long soknad = Testdata.utkast(Tokens.ROST, id, Map.of());
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).cookie("sprak", "nn").when().get("/mine-soknader/" + soknad + "/steg/1")
                .then().statusCode(200).body(containsString(unik + " nynorsk"));
        given().auth().oauth2(Tokens.saksbehandler()).cookie("sprak", "en").when().get("/saksbehandling/utlysninger/" + id)
                .then().statusCode(200).body(containsString(unik + " English"));
    }

    @Test
    void kommunenSerUtlysningensKontaktpunktEllerDirektoratetsEget() {
        Map<String, Object> kall = apen("Kontakttest");
        kall.put("kontakt", Map.of("navn", "Seksjon for legevakt", "epost", "legevakt@helsedir.no", "telefon", "+47 810 20 050"));
        long medKontakt = Testdata.opprettUtlysning(kall);
        long utenKontakt = Testdata.opprettUtlysning(apen("Uten kontakt"));

        long soknad = Testdata.utkast(Tokens.ROST, medKontakt, Map.of());
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/mine-soknader/" + soknad + "/steg/1")
                .then().statusCode(200)
                .body(containsString("Kontakt Seksjon for legevakt på legevakt@helsedir.no eller telefon +47 810 20 050."));
        given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/" + medKontakt)
                .then().body("kontakt.navn", equalTo("Seksjon for legevakt")).body("kontakt.telefon", equalTo("+47 810 20 050"));

        long annen = Testdata.utkast(Tokens.ROST, utenKontakt, Map.of());
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/mine-soknader/" + annen + "/steg/1")
                .then().statusCode(200)
                .body(containsString("Kontakt Helsedirektoratet på postmottak@helsedir.no eller telefon 810 20 050."));
    }

    @Test
    void ugyldigKontaktpunktOgForLangeTitlerGir400MedFeltOgLagrerIngenting() {
        int for_ = antall();
        Map<String, Object> kall = apen("Ugyldig");
        kall.put("tittelEngelsk", "x".repeat(301));
        Map<String, Object> kontakt = new HashMap<>();
        kontakt.put("epost", "ikke en adresse");
        kontakt.put("telefon", "123");
        kall.put("kontakt", kontakt);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(kall).when().post("/api/utlysninger")
                .then().statusCode(400).contentType("application/problem+json")
                .body("feil.felt", containsInAnyOrder("tittelEngelsk", "kontakt.navn", "kontakt.epost", "kontakt.telefon"));

        kall.remove("tittelEngelsk");
        kall.put("kontakt", Map.of("navn", "Seksjon for legevakt"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(kall).when().post("/api/utlysninger")
                .then().statusCode(400)
                .body("feil.felt", containsInAnyOrder("kontakt.epost"))
                .body("feil[0].melding", equalTo("Oppgi e-post, telefon eller begge for kontaktpunktet."));
        assertEquals(for_, antall());

        // Every field empty is no contact point of its own: the agency's applies.
        kall.put("kontakt", Map.of("navn", " ", "epost", ""));
        long id = Testdata.opprettUtlysning(kall);
        given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/" + id).then().body("kontakt", nullValue());
    }

    private static int antall() {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger").then().statusCode(200)
                .extract().jsonPath().getList("$").size();
    }
}
