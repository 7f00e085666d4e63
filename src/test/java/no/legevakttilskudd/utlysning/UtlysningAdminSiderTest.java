package no.legevakttilskudd.utlysning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import no.legevakttilskudd.Csrftoken;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.web.Csrf;

/** The admin pages for calls over HTTP: access, the form's errors and kept values, create, edit, publish, frame change. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class UtlysningAdminSiderTest {

    private static final String ONDSINNET = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";

    @Test
    void sideneErForAdminOgMenyenViserAdministrasjonBareForAdmin() {
        long id = Testdata.apenUtlysning();
        for (String sti : List.of("/admin", "/admin/utlysninger", "/admin/utlysninger/ny", "/admin/utlysninger/" + id)) {
            given().auth().oauth2(Tokens.admin()).when().get(sti)
                    .then().statusCode(200)
                    .body(containsString("<a class=\"ds-link\" href=\"/admin\">Administrasjon</a>"));
            for (String token : List.of(Tokens.saksbehandler(), Tokens.soker(Tokens.ROST), Tokens.godkjenner(), Tokens.evaluator())) {
                given().auth().oauth2(token).redirects().follow(false).when().get(sti).then().statusCode(403);
            }
        }
        given().auth().oauth2(Tokens.admin()).when().get("/admin")
                .then().body(containsString("href=\"/admin/utlysninger\"")).body(containsString("href=\"/admin/kommuneregister\""));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling")
                .then().statusCode(200).body(not(containsString("href=\"/admin\"")));
        given().redirects().follow(false).when().get("/admin/utlysninger").then().statusCode(302);
    }

    @Test
    void listenViserTittelArStatusFristOgRamme() {
        Map<String, Object> utkast = Testdata.utlysning(LocalDateTime.of(2030, 3, 1, 9, 0), LocalDateTime.of(2030, 5, 18, 23, 59));
        utkast.put("tittel", "Listetest");
        utkast.put("publisert", false);
        long id = Testdata.opprettUtlysning(utkast);
        given().auth().oauth2(Tokens.admin()).when().get("/admin/utlysninger")
                .then().statusCode(200)
                .body(containsString("<a class=\"ds-link\" href=\"/admin/utlysninger/" + id + "\">Listetest</a>"))
                .body(containsString("<td>2030</td>"))
                .body(containsString(">Utkast</span>"))
                .body(containsString("18. mai 2030 kl. 23.59"))
                .body(containsString("50 000 000 kr"));
    }

    @Test
    void opprettelseMedFeilViserFeileneVedFelteneOgIOppsummeringenOgLagrerIngenting() {
        int for_ = antallUtlysninger();
        String side = skjemaPost()
                .formParam("aar", "2030")
                .formParam("tittel", "  ")
                .formParam("apner", "i morgen")
                .formParam("soknadsfrist", "2030-05-18T23:59")
                .formParam("rapportfrist", "2030-05-01")
                .formParam("ramme", "mange penger")
                .formParam("parametre.tak", "0")
                .formParam("parametre.marginal", "PARTIAL")
                .formParam("klageadgang", "true")
                .formParam("klageTekst", "")
                .when().post("/admin/utlysninger")
                .then().statusCode(400)
                .body(containsString("class=\"ds-error-summary\""))
                .body(containsString("<a class=\"ds-link\" href=\"#tittel\">Skriv en tittel.</a>"))
                .body(containsString("<a class=\"ds-link\" href=\"#apner\">Skriv dato og klokkeslett som 18.05.2022 23:59.</a>"))
                .body(containsString("href=\"#ramme\">Skriv beløpet i hele kroner, for eksempel 62 000 000.</a>"))
                .body(containsString("href=\"#rapportfrist\">Rapportfristen må være etter søknadsfristen (18. mai 2030).</a>"))
                .body(containsString("id=\"rapportfrist-feil\">Rapportfristen må være etter søknadsfristen (18. mai 2030).</p>"))
                .body(containsString("href=\"#parametre.tak\">Taket må være over 0 kroner.</a>"))
                .body(containsString("href=\"#klageTekst\">Skriv teksten om klageadgang som skal stå i vedtaksbrevet.</a>"))
                .body(containsString("id=\"tittel-feil\">Skriv en tittel.</p>"))
                .body(containsString("id=\"parametre.tak-feil\">Taket må være over 0 kroner.</p>"))
                .body(containsString("id=\"klageTekst-feil\">"))
                .body(containsString("value=\"mange penger\""))
                .body(containsString("value=\"i morgen\""))
                .body(containsString("value=\"2030-05-18T23:59\""))
                .extract().asString();
        assertEquals(1, side.split("href=\"#apner\"", -1).length - 1, "én feil per felt i oppsummeringen, ikke også «mangler»");
        assertTrue(side.contains("id=\"klageadgang\" name=\"klageadgang\" value=\"true\" checked"), "avkrysningen beholdes");
        // No classes ticked is an empty list, which the service refuses, rather than the API's default for a missing list.
        assertTrue(side.contains("href=\"#parametre.sentralitetsklasser\">Velg minst én sentralitetsklasse.</a>"), side);
        assertEquals(for_, antallUtlysninger(), "ingenting skal være lagret");
    }

    @Test
    void gyldigOpprettelseGir303OgUtlysningenFinnesMedAlleFeltene() {
        String sted = skjemaPost()
                .formParam("aar", "2031")
                .formParam("tittel", "Opprettet fra siden")
                .formParam("apner", "2031-03-01T09:00")
                .formParam("soknadsfrist", "2031-05-18 23:59")
                .formParam("rapportfrist", " 2032-04-15 ")
                .formParam("ramme", "62 000 000")
                .formParam("parametre.sentralitetsklasser", "5", "6")
                .formParam("parametre.folketallsgrense", "5 000")
                .formParam("parametre.folketallAar", "2025")
                .formParam("parametre.tak", "1 500 000")
                .formParam("parametre.minstebelop", "100 000")
                .formParam("parametre.marginal", "SKIP")
                .formParam("klageadgang", "true")
                .formParam("klageTekst", "Klagen behandles av Helse- og omsorgsdepartementet.")
                .when().post("/admin/utlysninger")
                .then().statusCode(303)
                .header("Location", matchesPattern(".*/admin/utlysninger/\\d+\\?melding=opprettet"))
                .extract().header("Location");
        long id = Long.parseLong(sted.replaceAll(".*/admin/utlysninger/(\\d+)\\?.*", "$1"));
        given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/" + id)
                .then().statusCode(200)
                .body("tittel", equalTo("Opprettet fra siden"))
                .body("aar", equalTo(2031))
                .body("ramme", equalTo(62_000_000))
                .body("soknadsfristTekst", equalTo("18. mai 2031 kl. 23:59"))
                .body("rapportfrist", equalTo("2032-04-15"))
                .body("parametre.sentralitetsklasser", equalTo(List.of(5, 6)))
                .body("parametre.folketallAar", equalTo(2025))
                .body("parametre.minstebelop", equalTo(100_000))
                .body("parametre.marginal", equalTo("SKIP"))
                .body("klageadgang", equalTo(true))
                .body("publisert", equalTo(false));
        given().auth().oauth2(Tokens.admin()).when().get("/admin/utlysninger/" + id + "?melding=opprettet")
                .then().statusCode(200)
                .body(containsString("Utlysningen er opprettet."))
                .body(containsString("value=\"01.03.2031 09:00\""))
                .body(containsString("value=\"18.05.2031 23:59\""))
                .body(containsString("id=\"rapportfrist\" name=\"rapportfrist\" value=\"15.04.2032\"\n    type=\"text\" autocomplete=\"off\""))
                .body(containsString("id=\"marginal-SKIP\" name=\"parametre.marginal\" value=\"SKIP\" checked"))
                .body(containsString("id=\"klasse-5\" name=\"parametre.sentralitetsklasser\" value=\"5\" checked"))
                .body(not(containsString("id=\"klasse-4\" name=\"parametre.sentralitetsklasser\" value=\"4\" checked")))
                .body(containsString("action=\"/admin/utlysninger/" + id + "/publiser\""));
    }

    @Test
    void titlerPaTreSprakOgKontaktpunktFraSkjemaetMedFeilVedFeltene() {
        int for_ = antallUtlysninger();
        skjemaPost()
                .formParam("aar", "2031").formParam("tittel", "Tilskudd 2031").formParam("tittelNynorsk", "Tilskot 2031")
                .formParam("apner", "2031-03-01T09:00").formParam("soknadsfrist", "2031-05-18T23:59")
                .formParam("parametre.sentralitetsklasser", "6").formParam("parametre.marginal", "PARTIAL")
                .formParam("kontakt.navn", "").formParam("kontakt.epost", "legevakt(at)helsedir.no").formParam("kontakt.telefon", "12")
                .when().post("/admin/utlysninger")
                .then().statusCode(400)
                .body(containsString("href=\"#kontakt.navn\">Skriv hvem kommunene kontakter (en seksjon eller en person).</a>"))
                .body(containsString("id=\"kontakt.epost-feil\">E-postadressen må se slik ut: navn@helsedir.no.</p>"))
                .body(containsString("href=\"#kontakt.telefon\">Telefonnummeret må ha åtte sifre, som 810 20 050.</a>"))
                .body(containsString("value=\"legevakt(at)helsedir.no\""))
                .body(containsString("value=\"Tilskot 2031\""));
        assertEquals(for_, antallUtlysninger(), "ingenting skal være lagret");
        String sted = skjemaPost()
                .formParam("aar", "2031").formParam("tittel", "Tilskudd 2031").formParam("tittelNynorsk", " Tilskot 2031 ")
                .formParam("tittelEngelsk", "Grant 2031").formParam("ramme", "10 000 000")
                .formParam("apner", "2031-03-01T09:00").formParam("soknadsfrist", "2031-05-18T23:59")
                .formParam("parametre.sentralitetsklasser", "6").formParam("parametre.marginal", "PARTIAL")
                .formParam("kontakt.navn", "Seksjon for legevakt").formParam("kontakt.epost", "legevakt@helsedir.no")
                .formParam("kontakt.telefon", "")
                .when().post("/admin/utlysninger")
                .then().statusCode(303).extract().header("Location");
        long id = Long.parseLong(sted.replaceAll(".*/admin/utlysninger/(\\d+)\\?.*", "$1"));
        given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/" + id)
                .then().statusCode(200)
                .body("tittelNynorsk", equalTo("Tilskot 2031"))
                .body("tittelEngelsk", equalTo("Grant 2031"))
                .body("kontakt.navn", equalTo("Seksjon for legevakt"))
                .body("kontakt.epost", equalTo("legevakt@helsedir.no"))
                .body("kontakt.telefon", nullValue());
        given().auth().oauth2(Tokens.admin()).cookie("sprak", "en").when().get("/admin/utlysninger/" + id)
                .then().statusCode(200)
                .body(containsString("<h1 class=\"ds-heading\" data-size=\"lg\">Grant 2031</h1>"))
                .body(containsString("id=\"tittelNynorsk\" name=\"tittelNynorsk\" value=\"Tilskot 2031\""))
                .body(containsString("id=\"kontakt.epost\" name=\"kontakt.epost\" value=\"legevakt@helsedir.no\""));
        given().auth().oauth2(Tokens.admin()).when().get("/admin/utlysninger/ny")
                .then().statusCode(200)
                .body(containsString("gjelder direktoratets egne kontaktopplysninger: Helsedirektoratet, postmottak@helsedir.no, telefon 810 20 050."));
    }

    @Test
    void endringLagresOgFeilVisesMedStatus400() {
        long id = Testdata.apenUtlysning();
        Map<String, Object> gammel = hent(id);
        skjemaPost()
                .formParam("aar", "2030").formParam("tittel", "Ny tittel")
                .formParam("apner", "2030-05-18T23:59").formParam("soknadsfrist", "2030-05-01T12:00").formParam("rapportfrist", "1. april")
                .formParam("parametre.sentralitetsklasser", "6").formParam("parametre.marginal", "PARTIAL")
                .when().post("/admin/utlysninger/" + id)
                .then().statusCode(400)
                .body(containsString("href=\"#soknadsfrist\">Søknadsfristen må være etter at utlysningen åpner.</a>"))
                .body(containsString("href=\"#rapportfrist\">Skriv datoen som 01.04.2023.</a>"))
                .body(containsString("value=\"1. april\""))
                .body(containsString("value=\"Ny tittel\""));
        assertEquals(gammel.get("tittel"), hent(id).get("tittel"));
        skjemaPost()
                .formParam("aar", "2030").formParam("tittel", "Ny tittel")
                .formParam("apner", "2030-03-01T09:00").formParam("soknadsfrist", "2030-05-18T23:59")
                .formParam("parametre.sentralitetsklasser", "6").formParam("parametre.marginal", "STOP")
                .formParam("publisert", "true")
                .when().post("/admin/utlysninger/" + id)
                .then().statusCode(303).header("Location", containsString("/admin/utlysninger/" + id + "?melding=lagret"));
        Map<String, Object> ny = hent(id);
        assertEquals("Ny tittel", ny.get("tittel"));
        assertEquals(50_000_000, ny.get("ramme"), "rammen endres ikke av skjemaet");
    }

    @Test
    void utkastPubliseresMedKnappen() {
        Map<String, Object> utkast = Testdata.utlysning(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(20));
        utkast.put("publisert", false);
        long id = Testdata.opprettUtlysning(utkast);
        given().auth().oauth2(Tokens.admin()).when().get("/admin/utlysninger/" + id)
                .then().statusCode(200).body(containsString(">Utkast</span>")).body(containsString(">Publiser</button>"));
        skjemaPost().when().post("/admin/utlysninger/" + id + "/publiser")
                .then().statusCode(303).header("Location", containsString("?melding=publisert"));
        assertEquals(true, hent(id).get("publisert"));
        assertEquals("OPEN", hent(id).get("status"));
        given().auth().oauth2(Tokens.admin()).when().get("/admin/utlysninger/" + id + "?melding=publisert")
                .then().statusCode(200).body(containsString("Utlysningen er publisert.")).body(containsString(">Åpen</span>"))
                .body(not(containsString(">Publiser</button>")));
    }

    @Test
    void rammeendringUtenBegrunnelseAvvisesOgMedBegrunnelseStarIHistorikken() {
        long id = Testdata.apenUtlysning();
        skjemaPost().formParam("ramme", "62 000 000").formParam("begrunnelse", "   ")
                .when().post("/admin/utlysninger/" + id + "/ramme")
                .then().statusCode(400)
                .body(containsString("<a class=\"ds-link\" href=\"#begrunnelse\">Skriv hvorfor rammen endres.</a>"))
                .body(containsString("id=\"begrunnelse-feil\">Skriv hvorfor rammen endres.</p>"))
                .body(containsString("value=\"62 000 000\""));
        assertEquals(50_000_000, hent(id).get("ramme"), "rammen skal være uendret");
        assertEquals(1, historikk(id).size());

        skjemaPost().formParam("ramme", "62 mill").formParam("begrunnelse", "Økt bevilgning")
                .when().post("/admin/utlysninger/" + id + "/ramme")
                .then().statusCode(400).body(containsString("href=\"#ramme\">Skriv beløpet i hele kroner"));
        assertEquals(50_000_000, hent(id).get("ramme"));

        skjemaPost().formParam("ramme", "62\u00A0000\u00A0000").formParam("begrunnelse", "Økt bevilgning i revidert budsjett <b>")
                .when().post("/admin/utlysninger/" + id + "/ramme")
                .then().statusCode(303).header("Location", containsString("?melding=ramme"));
        assertEquals(62_000_000, hent(id).get("ramme"));
        List<Map<String, Object>> historikk = historikk(id);
        assertEquals(2, historikk.size());
        assertEquals("admin", historikk.get(1).get("endretAv"));
        given().auth().oauth2(Tokens.admin()).when().get("/admin/utlysninger/" + id + "?melding=ramme")
                .then().statusCode(200)
                .body(containsString("Rammen er endret."))
                .body(containsString("Rammen er 62 000 000 kr."))
                .body(allOf(containsString("<td class=\"tall\">50 000 000 kr</td>"), containsString("<td class=\"tall\">62 000 000 kr</td>")))
                .body(containsString("<td lang=\"nb\">Økt bevilgning i revidert budsjett &lt;b&gt;</td>"))
                .body(containsString("<td>admin</td>"))
                .body(matchesPattern("(?s).*<td>\\d{1,2}\\. \\p{L}+ \\d{4} kl\\. \\d{2}\\.\\d{2}</td>.*"));

        // Amounts are read the same way in every form: dots as thousands separators work here as in the application.
        skjemaPost().formParam("ramme", "62.500.000").formParam("begrunnelse", "Restmidler lagt til")
                .when().post("/admin/utlysninger/" + id + "/ramme")
                .then().statusCode(303);
        assertEquals(62_500_000, hent(id).get("ramme"));
    }

    @Test
    void postUtenCsrfNokkelGir403OgEndrerIngenting() {
        long id = Testdata.apenUtlysning();
        int for_ = antallUtlysninger();
        given().auth().oauth2(Tokens.admin()).redirects().follow(false)
                .formParam("aar", "2030").formParam("tittel", "Uten nøkkel")
                .when().post("/admin/utlysninger").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).redirects().follow(false).cookie(Csrf.COOKIE, Csrftoken.av(Tokens.admin()))
                .formParam("csrf-token", "feil-feil-feil-feil-feil-feil-feil-feil-abc").formParam("ramme", "1").formParam("begrunnelse", "x")
                .when().post("/admin/utlysninger/" + id + "/ramme").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).redirects().follow(false).formParam("tittel", "x")
                .when().post("/admin/utlysninger/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .when().post("/admin/utlysninger/" + id + "/publiser").then().statusCode(403);
        assertEquals(for_, antallUtlysninger());
        assertEquals(50_000_000, hent(id).get("ramme"));
        assertEquals("Testutlysning", hent(id).get("tittel"));
        given().auth().oauth2(Tokens.saksbehandler()).redirects().follow(false).cookie(Csrf.COOKIE, Csrftoken.av(Tokens.saksbehandler()))
                .formParam("csrf-token", Csrftoken.av(Tokens.saksbehandler())).formParam("ramme", "1").formParam("begrunnelse", "x")
                .when().post("/admin/utlysninger/" + id + "/ramme").then().statusCode(403);
    }

    @Test
    void tittelenEscapesPaSidene() {
        Map<String, Object> utlysning = Testdata.utlysning(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(10));
        utlysning.put("tittel", ONDSINNET);
        long id = Testdata.opprettUtlysning(utlysning);
        for (String sti : List.of("/admin/utlysninger", "/admin/utlysninger/" + id)) {
            String side = given().auth().oauth2(Tokens.admin()).when().get(sti).then().statusCode(200).extract().asString();
            assertTrue(side.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"), sti);
            assertFalse(side.contains("<script>alert"), sti);
            assertFalse(side.contains("<img src=x"), sti);
        }
    }

    private static RequestSpecification skjemaPost() {
        return given().auth().oauth2(Tokens.admin()).redirects().follow(false)
                .cookie(Csrf.COOKIE, Csrftoken.av(Tokens.admin())).formParam("csrf-token", Csrftoken.av(Tokens.admin()));
    }

    private static int antallUtlysninger() {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger").then().statusCode(200)
                .extract().jsonPath().getList("$").size();
    }

    private static Map<String, Object> hent(long id) {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/" + id).then().statusCode(200)
                .extract().jsonPath().getMap("$");
    }

    private static List<Map<String, Object>> historikk(long id) {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/" + id + "/rammehistorikk").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }
}
