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
                .body(containsString("søker for kommunen: Røst (1856)"));
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
    void innloggingSenderVidereEtterRolle() {
        given().redirects().follow(false).auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/logg-inn")
                .then().statusCode(303).header("Location", endsWith("/mine-soknader"));
        given().redirects().follow(false).auth().oauth2(Tokens.godkjenner()).when().get("/logg-inn")
                .then().statusCode(303).header("Location", endsWith("/saksbehandling"));
    }
}
