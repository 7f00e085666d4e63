package no.legevakttilskudd.soknad;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import no.legevakttilskudd.Csrftoken;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.web.Csrf;

/** The application form over HTTP, step by step, as a browser without JavaScript would use it. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SoknadSkjemaTest {

    private static final String ONDSINNET = "\"><img src=x onerror=alert(1)><script>alert(2)</script>";

    private static RequestSpecification som(String kommune) {
        return given().auth().oauth2(Tokens.soker(kommune)).redirects().follow(false);
    }

    private static RequestSpecification skjema(String kommune) {
        return som(kommune).cookie(Csrf.COOKIE, Csrftoken.av(Tokens.soker(kommune))).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", Csrftoken.av(Tokens.soker(kommune)));
    }

    private static long start(String kommune, long utlysning) {
        String sted = skjema(kommune).formParam("utlysning", utlysning).when().post("/mine-soknader")
                .then().statusCode(303).extract().header("Location");
        String id = sted.replaceAll(".*/mine-soknader/(\\d+)/steg/1$", "$1");
        return Long.parseLong(id);
    }

    @Test
    void heleReisenFraStartTilKvittering() {
        long utlysning = Testdata.apenUtlysning();
        som(Tokens.ROST).when().get("/mine-soknader").then().statusCode(200)
                .body(containsString("Start søknad: Testutlysning"))
                .body(containsString("name=\"csrf-token\""));
        long id = start(Tokens.ROST, utlysning);
        // Starting twice opens the same draft rather than failing.
        assertEquals(id, start(Tokens.ROST, utlysning));

        som(Tokens.ROST).when().get("/mine-soknader/" + id + "/steg/1").then().statusCode(200)
                .body(containsString("Steg 1 av 4: Kontaktperson"))
                .body(containsString("Røst er i sentralitetsklasse 6"))
                .body(containsString("Kommunen oppfyller kravene i utlysningen"))
                .body(containsString("id=\"kontaktperson.navn\" name=\"kontaktperson.navn\""));

        // One error: it comes back next to the field and in the summary, with what was typed kept.
        skjema(Tokens.ROST).formParam("kontaktperson.navn", "Kari Nordmann").formParam("kontaktperson.epost", "kari-kommune.no")
                .formParam("kontaktperson.telefon", "75 68 20 00").formParam("handling", "neste")
                .when().post("/mine-soknader/" + id + "/steg/1")
                .then().statusCode(400)
                .body(containsString("class=\"ds-error-summary\""))
                .body(containsString("<a class=\"ds-link\" href=\"#kontaktperson.epost\">E-postadressen må se slik ut: navn@kommune.no.</a>"))
                .body(containsString("id=\"kontaktperson.epost-feil\""))
                .body(containsString("aria-invalid=\"true\""))
                .body(containsString("value=\"Kari Nordmann\""));
        som(Tokens.ROST).when().get("/mine-soknader/" + id + "/steg/1").then().body(not(containsString("Kari Nordmann")));

        skjema(Tokens.ROST).formParam("kontaktperson.navn", "Kari Nordmann").formParam("kontaktperson.epost", "kari@rost.kommune.no")
                .formParam("kontaktperson.telefon", "75 68 20 00").formParam("handling", "neste")
                .when().post("/mine-soknader/" + id + "/steg/1")
                .then().statusCode(303).header("Location", endsWith("/mine-soknader/" + id + "/steg/2"));

        // The kommune picker works without JavaScript: a select and a submit button that saves, so a reload or a step
        // link keeps the kommune; what else was typed on the step is saved with it.
        skjema(Tokens.ROST).formParam("legevaktKommuner[0]", "1856").formParam("nyKommune", "1857")
                .formParam("vaktbelastning.antallLeger", "3").formParam("handling", "legg-til-kommune")
                .when().post("/mine-soknader/" + id + "/steg/2")
                .then().statusCode(303).header("Location", endsWith("/steg/2?lagret=true#legevaktKommuner"));
        som(Tokens.ROST).when().get("/mine-soknader/" + id + "/steg/2").then().statusCode(200)
                .body(containsString("name=\"legevaktKommuner[1]\" value=\"1857\""))
                .body(containsString("Fjern Værøy"))
                .body(containsString("name=\"vaktbelastning.antallLeger\" value=\"3\""));
        skjema(Tokens.ROST).formParam("legevaktKommuner[0]", "1856").formParam("legevaktKommuner[1]", "1857")
                .formParam("handling", "fjern-kommune-1")
                .when().post("/mine-soknader/" + id + "/steg/2").then().statusCode(303);
        som(Tokens.ROST).when().get("/mine-soknader/" + id + "/steg/2").then()
                .body(not(containsString("name=\"legevaktKommuner[1]\"")));
        skjema(Tokens.ROST).formParam("legevaktKommuner[0]", "1856").formParam("legevaktKommuner[1]", "1857")
                .formParam("vaktbelastning.antallLeger", "3").formParam("vaktbelastning.vaktdeling", "3")
                .formParam("vaktbelastning.vaktdognPerLege", "120").formParam("vaktbelastning.vaktform", "HJEMMEVAKT")
                .formParam("handling", "lagre")
                .when().post("/mine-soknader/" + id + "/steg/2")
                .then().statusCode(303).header("Location", endsWith("/steg/2?lagret=true"));
        som(Tokens.ROST).when().get("/mine-soknader/" + id + "/steg/2?lagret=true").then().statusCode(200)
                .body(containsString("Utkastet er lagret."))
                .body(matchesPattern("(?s).*\\d[\\d ,]* timer og \\d+ vaktdøgn i året.*"));

        // A negative count of duty days is refused at its field, and nothing of the step is stored.
        skjema(Tokens.ROST).formParam("legevaktKommuner[0]", "1856").formParam("vaktbelastning.vaktdognPerLege", "-3")
                .formParam("handling", "lagre").when().post("/mine-soknader/" + id + "/steg/2")
                .then().statusCode(400).body(containsString("href=\"#vaktbelastning.vaktdognPerLege\""));
        // Budget lines: "450 000" is read as 450000; a decimal amount is an error on that field.
        skjema(Tokens.ROST).formParam("tiltak[0].kategori", "UTSTYR").formParam("tiltak[0].beskrivelse", "Akuttsekk og EKG")
                .formParam("tiltak[0].budsjettlinjer[0].tekst", "EKG").formParam("tiltak[0].budsjettlinjer[0].belop", "12,5")
                .formParam("handling", "neste")
                .when().post("/mine-soknader/" + id + "/steg/3")
                .then().statusCode(400)
                .body(containsString("href=\"#tiltak[0].budsjettlinjer[0].belop\""));
        // Over the call's cap: saved, with a warning that the award is at most the cap.
        skjema(Tokens.ROST).formParam("tiltak[0].kategori", "UTSTYR").formParam("tiltak[0].beskrivelse", "Akuttsekk og EKG")
                .formParam("tiltak[0].budsjettlinjer[0].tekst", "EKG").formParam("tiltak[0].budsjettlinjer[0].belop", "2 100 000")
                .formParam("handling", "lagre").when().post("/mine-soknader/" + id + "/steg/3").then().statusCode(303);
        som(Tokens.ROST).when().get("/mine-soknader/" + id + "/steg/3").then()
                .body(containsString("id=\"takvarsel\" data-tak=\"1500000\">"))
                .body(containsString("Tilskuddet blir høyst 1 500 000 kr per søknad"));
        skjema(Tokens.ROST).formParam("tiltak[0].kategori", "UTSTYR").formParam("tiltak[0].beskrivelse", "Akuttsekk og EKG")
                .formParam("tiltak[0].budsjettlinjer[0].tekst", "EKG").formParam("tiltak[0].budsjettlinjer[0].belop", "450 000")
                .formParam("tiltak[0].budsjettlinjer[1].tekst", "").formParam("tiltak[0].budsjettlinjer[1].belop", "")
                .formParam("handling", "neste")
                .when().post("/mine-soknader/" + id + "/steg/3")
                .then().statusCode(303).header("Location", endsWith("/steg/4"));
        skjema(Tokens.ROST).formParam("formal", "Tryggere legevakt for øyfolket.").formParam("handling", "neste")
                .when().post("/mine-soknader/" + id + "/steg/4")
                .then().statusCode(303).header("Location", endsWith("/mine-soknader/" + id));

        som(Tokens.ROST).when().get("/mine-soknader/" + id).then().statusCode(200)
                .body(containsString("Kontroller og send"))
                .body(containsString("Omsøkt totalt: 450 000 kr"))
                .body(not(containsString("ds-error-summary")))
                .body(containsString("action=\"/mine-soknader/" + id + "/send\""));

        skjema(Tokens.ROST).when().post("/mine-soknader/" + id + "/send")
                .then().statusCode(303).header("Location", endsWith("/mine-soknader/" + id + "?sendt=true"));
        som(Tokens.ROST).when().get("/mine-soknader/" + id + "?sendt=true").then().statusCode(200)
                .body(containsString("Søknaden er sendt"))
                .body(matchesPattern("(?s).*<strong class=\"referanse\">" + Testdata.referanse(utlysning) + "\\d{4}</strong>.*"))
                .body(containsString("Kopi av det du sendte"))
                .body(containsString("Akuttsekk og EKG"));

        // Sent, before the deadline: the kommune corrects it in place; it stays sent and complete.
        som(Tokens.ROST).when().get("/mine-soknader/" + id + "/steg/4").then().statusCode(200);
        skjema(Tokens.ROST).formParam("formal", "").formParam("handling", "lagre").when().post("/mine-soknader/" + id + "/steg/4")
                .then().statusCode(400).body(containsString("href=\"#formal\""));
        skjema(Tokens.ROST).formParam("formal", "Rettet formål.").formParam("handling", "neste").when().post("/mine-soknader/" + id + "/steg/4")
                .then().statusCode(303).header("Location", endsWith("/mine-soknader/" + id));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + id)
                .then().statusCode(200).body("formal", org.hamcrest.Matchers.equalTo("Rettet formål.")).body("status", org.hamcrest.Matchers.equalTo("SENDT"));

        // After the deadline the steps are read-only and lead back to the receipt view.
        Testdata.forbiFristen(utlysning);
        som(Tokens.ROST).when().get("/mine-soknader/" + id + "/steg/1").then().statusCode(303)
                .header("Location", endsWith("/mine-soknader/" + id));
        skjema(Tokens.ROST).formParam("formal", "Endret").when().post("/mine-soknader/" + id + "/steg/4").then().statusCode(303);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + id)
                .then().statusCode(200).body("formal", org.hamcrest.Matchers.equalTo("Rettet formål."));
    }

    @Test
    void feilmeldingeneFolgerSpraket() {
        long id = start(Tokens.ROST, Testdata.apenUtlysning());
        skjema(Tokens.ROST).cookie("sprak", "nn").formParam("kontaktperson.epost", "feil")
                .formParam("tiltak[0].kategori", "UTSTYR").when().post("/mine-soknader/" + id + "/steg/1")
                .then().statusCode(400)
                .body(containsString("E-postadressa må sjå slik ut: namn@kommune.no."));
        skjema(Tokens.ROST).cookie("sprak", "en").formParam("legevaktKommuner[0]", "1856").formParam("legevaktKommuner[1]", "9999")
                .formParam("vaktbelastning.vaktdeling", "x").when().post("/mine-soknader/" + id + "/steg/2")
                .then().statusCode(400)
                .body(containsString("Enter a whole number, without letters or decimals."));
        skjema(Tokens.ROST).cookie("sprak", "en").formParam("legevaktKommuner[0]", "1856").formParam("legevaktKommuner[1]", "9999")
                .when().post("/mine-soknader/" + id + "/steg/2")
                .then().statusCode(400)
                .body(containsString("Municipality number 9999 is not in the municipality registry."));
        som(Tokens.ROST).cookie("sprak", "nn").when().get("/mine-soknader/" + id).then()
                .body(containsString("Skriv namnet på kontaktpersonen."));
    }

    @Test
    void entallOgFlertallIFristen() {
        java.time.LocalDateTime naa = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Oslo"));
        // Tomorrow at noon is one calendar day away whenever the test runs.
        Testdata.opprettUtlysning(Testdata.utlysning(naa.minusDays(1), naa.toLocalDate().plusDays(1).atTime(12, 0)));
        som(Tokens.VAROY).cookie("sprak", "en").when().get("/mine-soknader").then().body(containsString("(1 day left)"));
        som(Tokens.VAROY).cookie("sprak", "nn").when().get("/mine-soknader").then().body(containsString("(1 dag att)"));
        som(Tokens.VAROY).when().get("/mine-soknader").then().body(containsString("(1 dag igjen)"));
    }

    @Test
    void leggTilOgFjernTiltakOgLinjerUtenJavaScript() {
        long id = start(Tokens.ROST, Testdata.apenUtlysning());
        String side = skjema(Tokens.ROST).formParam("handling", "nytt-tiltak").when().post("/mine-soknader/" + id + "/steg/3")
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(side.contains("name=\"tiltak[0].budsjettlinjer[0].belop\""), side);
        // Drawn with a change not yet saved: the browser is told to ask before the page is left.
        org.junit.jupiter.api.Assertions.assertTrue(side.contains(" data-ulagret>"), side);
        skjema(Tokens.ROST).formParam("tiltak[0].kategori", "UTSTYR").formParam("tiltak[0].beskrivelse", "A")
                .formParam("tiltak[0].budsjettlinjer[0].tekst", "x").formParam("tiltak[0].budsjettlinjer[0].belop", "100")
                .formParam("tiltak[1].kategori", "KOMPETANSE").formParam("tiltak[1].beskrivelse", "B")
                .formParam("tiltak[1].budsjettlinjer[0].tekst", "y").formParam("tiltak[1].budsjettlinjer[0].belop", "200")
                .formParam("handling", "fjern-tiltak-0")
                .when().post("/mine-soknader/" + id + "/steg/3")
                .then().statusCode(200)
                .body(containsString("name=\"tiltak[0].beskrivelse\" rows=\"6\">B</textarea>"))
                .body(not(containsString("name=\"tiltak[1].beskrivelse\"")))
                .body(containsString("Omsøkt totalt: <span data-omsokt>200 kr</span>"));
        skjema(Tokens.ROST).formParam("tiltak[0].kategori", "UTSTYR").formParam("tiltak[0].beskrivelse", "A")
                .formParam("tiltak[0].budsjettlinjer[0].tekst", "x").formParam("tiltak[0].budsjettlinjer[0].belop", "100")
                .formParam("handling", "ny-linje-0")
                .when().post("/mine-soknader/" + id + "/steg/3")
                .then().statusCode(200)
                .body(containsString("name=\"tiltak[0].budsjettlinjer[1].tekst\""));
    }

    @Test
    void rareFeltnavnOgHandlingerGirAldri500() {
        long id = start(Tokens.ROST, Testdata.apenUtlysning());
        String[][] forsok = {
            {"handling", "fjern-tiltak-99999999999"}, {"handling", "fjern-linje-1-"}, {"handling", "ny-linje-x"},
            {"handling", "fjern-kommune-5"}, {"handling", "nytt-tiltak"}, {"handling", "noe-annet"},
        };
        for (String[] par : forsok) {
            for (int steg = 1; steg <= 4; steg++) {
                int status = skjema(Tokens.ROST).formParam(par[0], par[1]).formParam("tiltak[abc].kategori", "UTSTYR")
                        .formParam("tiltak[0.beskrivelse", "x").formParam("legevaktKommuner[", "1856")
                        .formParam("vaktbelastning.vaktform", "KANSKJE")
                        .when().post("/mine-soknader/" + id + "/steg/" + steg).then().extract().statusCode();
                org.junit.jupiter.api.Assertions.assertTrue(status == 200 || status == 303 || status == 400,
                        par[1] + " på steg " + steg + " ga " + status);
            }
        }
        som(Tokens.ROST).when().get("/mine-soknader/" + id + "/steg/9").then().statusCode(404);
    }

    @Test
    void kontrollsidenLenkerTilFeltetSomMangler() {
        long id = start(Tokens.ROST, Testdata.apenUtlysning());
        som(Tokens.ROST).when().get("/mine-soknader/" + id).then().statusCode(200)
                .body(containsString("href=\"/mine-soknader/" + id + "/steg/1?kontroller=true#kontaktperson.navn\""))
                .body(containsString("href=\"/mine-soknader/" + id + "/steg/2?kontroller=true#vaktbelastning.vaktform\""))
                .body(containsString("href=\"/mine-soknader/" + id + "/steg/3?kontroller=true#tiltak\""));
        som(Tokens.ROST).when().get("/mine-soknader/" + id + "/steg/2?kontroller=true").then().statusCode(200)
                .body(containsString("Velg om legene har hjemmevakt eller tilstedevakt."))
                .body(not(containsString("Skriv navnet på kontaktpersonen.")));
        // Sending an incomplete application redraws the check page with what is missing; nothing is sent.
        skjema(Tokens.ROST).when().post("/mine-soknader/" + id + "/send").then().statusCode(400)
                .body(containsString("ds-error-summary"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/soknader/" + id).then().body("status",
                org.hamcrest.Matchers.equalTo("UTKAST"));
    }

    @Test
    void skjemaUtenCsrfNokkelAvvises() {
        long utlysning = Testdata.apenUtlysning();
        long id = start(Tokens.ROST, utlysning);
        som(Tokens.ROST).contentType("application/x-www-form-urlencoded").formParam("kontaktperson.navn", "X")
                .when().post("/mine-soknader/" + id + "/steg/1").then().statusCode(403);
        som(Tokens.ROST).cookie(Csrf.COOKIE, Csrftoken.av(Tokens.soker(Tokens.ROST))).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", Csrftoken.av(Tokens.soker(Tokens.ROST)).replace('a', 'b')).when().post("/mine-soknader/" + id + "/send")
                .then().statusCode(403);
        som(Tokens.ROST).contentType("application/x-www-form-urlencoded").formParam("utlysning", utlysning)
                .when().post("/mine-soknader").then().statusCode(403);
    }

    @Test
    void enAnnenKommunesSoknadSerUtSomEnSomIkkeFinnes() {
        long id = start(Tokens.ROST, Testdata.apenUtlysning());
        Response annen = som(Tokens.VAROY).accept("text/html").when().get("/mine-soknader/" + id + "/steg/1");
        Response ingen = som(Tokens.VAROY).accept("text/html").when().get("/mine-soknader/999999999/steg/1");
        assertEquals(404, annen.statusCode());
        assertEquals(404, ingen.statusCode());
        assertEquals(utenId(ingen.asString(), 999999999L), utenId(annen.asString(), id));
        org.junit.jupiter.api.Assertions.assertTrue(annen.asString().contains("Fant ikke det du spurte etter"));
        skjema(Tokens.VAROY).formParam("formal", "x").when().post("/mine-soknader/" + id + "/steg/4").then().statusCode(404);
    }

    private static String utenId(String side, long id) {
        return side.replace("%2F" + id + "%2F", "%2FID%2F").replace("Søknad " + id + " ", "Søknad ID ");
    }

    @Test
    void tekstenEscapesPaAlleSiderDenVises() {
        long id = start(Tokens.ROST, Testdata.apenUtlysning());
        Map<String, Object> innhold = Testdata.fullstendigSoknad(Tokens.ROST);
        innhold.put("kontaktperson", Map.of("navn", ONDSINNET, "epost", "kari@kommune.no", "telefon", "75682000"));
        innhold.put("tiltak", java.util.List.of(Testdata.tiltak("UTSTYR", ONDSINNET,
                java.util.List.of(Testdata.linje(ONDSINNET, 1000)))));
        innhold.put("formal", ONDSINNET);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType("application/json").body(innhold)
                .when().put("/api/soknader/" + id).then().statusCode(200);
        for (String side : new String[] {"", "/steg/1", "/steg/2", "/steg/3", "/steg/4"}) {
            String html = som(Tokens.ROST).when().get("/mine-soknader/" + id + side).then().statusCode(200).extract().asString();
            org.junit.jupiter.api.Assertions.assertFalse(html.contains("<script>alert") || html.contains("<img src=x"),
                    "uescapet tekst på " + side);
        }
        som(Tokens.ROST).when().get("/mine-soknader/" + id).then()
                .body(containsString("&lt;script&gt;alert(2)&lt;/script&gt;"));
        som(Tokens.ROST).when().get("/mine-soknader/" + id + "/steg/1").then()
                .body(containsString("value=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        som(Tokens.ROST).when().get("/mine-soknader/" + id + "/steg/3").then()
                .body(containsString("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;</textarea>"));
        // Typed but rejected values come back escaped as well.
        skjema(Tokens.ROST).formParam("kontaktperson.epost", ONDSINNET).when().post("/mine-soknader/" + id + "/steg/1")
                .then().statusCode(400).body(not(containsString("<img src=x")));
    }
}
