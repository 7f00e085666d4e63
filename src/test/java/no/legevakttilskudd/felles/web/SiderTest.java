package no.legevakttilskudd.felles.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/** The pages over HTTP: content, language, security headers, escaping and access. Browser flows test the rest. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SiderTest {

    private static final String ONDSINNET = "\"><img src=x onerror=alert(1)><script>alert(2)</script>";

    @Test
    void startsidenFortellerOmApenUtlysningForAnonyme() {
        Testdata.apenUtlysning();
        given().redirects().follow(false).when().get("/")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", allOf(containsString("frame-ancestors 'none'"), containsString("script-src 'self'"),
                        not(containsString("unsafe-inline"))))
                .header("X-Content-Type-Options", "nosniff")
                .body(containsString("<html lang=\"nb\""))
                .body(containsString("Åpen utlysning: Testutlysning"))
                .body(containsString("Kommuner i sentralitetsklasse 5 / 6 med færre enn 5 000 innbyggere kan søke."))
                .body(containsString("Hver kommune kan få inntil 1 500 000 kr."))
                .body(containsString("href=\"/logg-inn\""))
                .body(containsString("/css/designsystemet.css"));
    }

    @Test
    void spraketByttesOgHuskes() {
        given().redirects().follow(false).queryParam("til", "en").queryParam("tilbake", "/mine-soknader?x=1")
                .when().get("/sprak")
                .then().statusCode(303)
                .header("Location", endsWith("/mine-soknader?x=1"))
                .header("Set-Cookie", allOf(containsString("sprak=en"), containsString("HttpOnly"), containsString("SameSite=Lax")));
        given().cookie("sprak", "en").when().get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\""))
                .body(containsString(">Log in<"))
                .body(not(containsString("Logg inn")));
        given().cookie("sprak", "nn").when().get("/")
                .then().statusCode(200).body(containsString("<html lang=\"nn\"")).body(containsString("Tilskot til styrking"));
        given().cookie("sprak", "klingon").when().get("/").then().statusCode(200).body(containsString("<html lang=\"nb\""));
    }

    @Test
    void spraklenkenSenderAldriBrukerenUtAvNettstedet() {
        for (String ut : new String[] {"//evil.example/x", "https://evil.example", "/\\evil.example"}) {
            given().redirects().follow(false).queryParam("til", "nn").queryParam("tilbake", ut)
                    .when().get("/sprak")
                    .then().statusCode(303).header("Location", not(containsString("evil")));
        }
        given().redirects().follow(false).queryParam("til", "de").when().get("/sprak").then().statusCode(400);
    }

    @Test
    void minesoknaderViserEgneMedTekstenEscapet() {
        long utlysning = Testdata.apenUtlysning();
        Map<String, Object> soknad = Testdata.fullstendigSoknad(Tokens.ROST);
        soknad.put("kontaktperson", Map.of("navn", ONDSINNET, "epost", "kari@kommune.no", "telefon", "75682000"));
        Testdata.utkast(Tokens.ROST, utlysning, soknad);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/mine-soknader")
                .then().statusCode(200)
                .body(containsString("Røst er i sentralitetsklasse 6 og hadde 460 innbyggere 1. januar 2024"))
                .body(containsString("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;"))
                .body(not(containsString("<img src=x")))
                .body(not(containsString("<script>alert")))
                .body(containsString("Utkast"))
                .body(containsString("900 000 kr"))
                .body(containsString("Søker for kommunen: Røst (1856)"));
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get("/mine-soknader")
                .then().statusCode(200).body(not(containsString("onerror")));
    }

    @Test
    void arbeidslistenErForSaksbehandlereOgFiltrerer() {
        long utlysning = Testdata.apenUtlysning();
        long id = Testdata.utkast(Tokens.ROST, utlysning, Testdata.fullstendigSoknad(Tokens.ROST));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).when().post("/api/soknader/" + id + "/send")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/utlysninger/" + utlysning)
                .then().statusCode(200)
                .body(containsString("Røst (1856)"))
                .body(containsString("1 søknad"))
                .body(containsString("Side 1 av 1"));
        given().auth().oauth2(Tokens.saksbehandler()).queryParam("fylke", "03").when().get("/saksbehandling/utlysninger/" + utlysning)
                .then().statusCode(200).body(containsString("Ingen søknader passer med filteret.")).body(not(containsString("Røst (1856)")));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling")
                .then().statusCode(200).body(containsString("/saksbehandling/utlysninger/" + utlysning));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/saksbehandling/utlysninger/" + utlysning).then().statusCode(403);
        given().redirects().follow(false).when().get("/saksbehandling").then().statusCode(302)
                .header("Location", containsString("/auth/realms/quarkus"));
    }

    @Test
    void saksidenViserReglenesBegrunnelseOgAltSokerenSkrevEscapet() {
        long utlysning = Testdata.apenUtlysning();
        Map<String, Object> soknad = Testdata.fullstendigSoknad(Tokens.ROST);
        soknad.put("kontaktperson", Map.of("navn", ONDSINNET, "epost", "kari@kommune.no", "telefon", "75682000"));
        soknad.put("formal", ONDSINNET);
        soknad.put("tiltak", java.util.List.of(Testdata.tiltak("UTSTYR", ONDSINNET, java.util.List.of(Testdata.linje(ONDSINNET, 2_100_000)))));
        long id = Testdata.utkast(Tokens.ROST, utlysning, soknad);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().post("/api/soknader/" + id + "/send").then().statusCode(200);

        String side = given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/soknader/" + id)
                .then().statusCode(200)
                .body(containsString("Søkt 2 100 000 kr, avkortet til taket på 1 500 000 kr."))
                .body(containsString("Plass 1 i rekkefølgen, prioritetsgruppe 1."))
                .body(containsString("Sentralitetsindeks"))
                .body(containsString("Beregnet per lege (vaktklasse 1, omregning 5:1): 762,50 timer og 122 vaktdøgn i året."))
                .body(containsString("Avkortet til taket:</strong>"))
                .extract().asString();
        // The history's actions and statuses in words, no code in capitals anywhere on the page's text.
        org.junit.jupiter.api.Assertions.assertFalse(side.replaceAll("(?s)<[^>]*>", " ").matches("(?s).*\\b[A-ZÆØÅ]+_[A-ZÆØÅ_]+\\b.*"),
                "koder på saksiden");
        org.junit.jupiter.api.Assertions.assertFalse(side.contains("<img src=x"), "ikke escapet");
        org.junit.jupiter.api.Assertions.assertFalse(side.contains("<script>alert"), "ikke escapet");
        org.junit.jupiter.api.Assertions.assertTrue(side.split("&lt;img src=x onerror=alert\\(1\\)&gt;", -1).length - 1 >= 4,
                "navn, formål, tiltak og budsjettlinje skal vises escapet");
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/saksbehandling/soknader/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/soknader/987654").then().statusCode(404);
    }

    @Test
    void tildelingssidenViserRammenOgHvaEnAnnenRammeVilleGitt() {
        long utlysning = Testdata.apenUtlysning();
        for (String kommune : new String[] {Tokens.ROST, Tokens.VAROY}) {
            long id = Testdata.sendtSoknad(kommune, utlysning);
        }
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/utlysninger/" + utlysning + "/tildeling")
                .then().statusCode(200)
                .body(containsString("Brukt 1 800 000 kr av rammen på 50 000 000 kr; 48 200 000 kr igjen."))
                .body(containsString("<meter class=\"ramme-maler\" min=\"0\" max=\"50000000\" value=\"1800000\""))
                .body(containsString("Ingen står på ventelisten."));
        given().auth().oauth2(Tokens.godkjenner()).queryParam("ramme", 1_000_000)
                .when().get("/saksbehandling/utlysninger/" + utlysning + "/tildeling")
                .then().statusCode(200)
                .body(containsString("Viser hva en ramme på 1 000 000 kr ville gitt. Ingenting er endret."))
                .body(containsString("Delvis innvilget"))
                .body(containsString("Venteliste"));
        // Typed as people write amounts; anything else is a clear 400, not a page that does not exist.
        given().auth().oauth2(Tokens.godkjenner()).queryParam("ramme", "1 000 000")
                .when().get("/saksbehandling/utlysninger/" + utlysning + "/tildeling")
                .then().statusCode(200).body(containsString("Viser hva en ramme på 1 000 000 kr ville gitt."));
        given().auth().oauth2(Tokens.godkjenner()).header("Accept", "text/html").queryParam("ramme", "mye")
                .when().get("/saksbehandling/utlysninger/" + utlysning + "/tildeling")
                .then().statusCode(400).body(containsString("Skriv rammen i hele kroner"));
        given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/" + utlysning).then().body("ramme", org.hamcrest.Matchers.equalTo(50_000_000));
    }

    @Test
    void innloggingSenderVidereEtterRolle() {
        given().redirects().follow(false).auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/logg-inn")
                .then().statusCode(303).header("Location", endsWith("/mine-soknader"));
        given().redirects().follow(false).auth().oauth2(Tokens.godkjenner()).when().get("/logg-inn")
                .then().statusCode(303).header("Location", endsWith("/saksbehandling"));
        given().redirects().follow(false).auth().oauth2(Tokens.evaluator()).when().get("/logg-inn")
                .then().statusCode(303).header("Location", endsWith("/statistikk"));
    }
}
