package no.legevakttilskudd.kommune;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import no.legevakttilskudd.Medfolgenderegister;
import no.legevakttilskudd.Csrftoken;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.web.Csrf;

/**
 * The registry page: upload, a preview of the changes against the active version (nothing stored), and "use this
 * version". Each test starts from the shipped file and puts it back, so other tests see the numbers they expect.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class KommuneregisterAdminSiderTest {

    private static final String OSLO = "0301,Oslo - Oslove,03,Oslo,1,1000,717710,2024\n";
    private static final String SALTDAL = "1840,Saltdal,18,Nordland,5,603,4880,2024";
    private static final String ROST = "1856,Røst,18,Nordland,6,366,460,2024";
    private static final String VAROY = "1857,Værøy,18,Nordland,6,370,683,2024";

    @Inject
    DataSource dataSource;

    @AfterEach
    void medfolgendeIgjen() {
        lastOppMedApi(Medfolgenderegister.tekst());
    }

    @Test
    void sidenViserAktivVersjonOgAlleVersjonerBareForAdmin() {
        long aktiv = lastOppMedApi(Medfolgenderegister.tekst());
        given().auth().oauth2(Tokens.admin()).when().get("/admin/kommuneregister")
                .then().statusCode(200)
                .body(containsString("<dt>Versjon</dt><dd>" + aktiv + "</dd>"))
                .body(containsString("<dt>Kommuner</dt><dd>357</dd>"))
                .body(containsString("enctype=\"multipart/form-data\""))
                .body(containsString("<td>" + aktiv + "</td>"))
                .body(containsString(">Aktiv</span>"));
        for (String token : List.of(Tokens.saksbehandler(), Tokens.soker(Tokens.ROST), Tokens.evaluator(), Tokens.godkjenner())) {
            given().auth().oauth2(token).when().get("/admin/kommuneregister").then().statusCode(403);
            lastOpp(given().auth().oauth2(token), "x".getBytes(StandardCharsets.UTF_8)).then().statusCode(403);
        }
    }

    @Test
    void forhandsvisningenViserEndringeneMotAktivVersjonOgLagrerIngenting() {
        long aktiv = lastOppMedApi(Medfolgenderegister.tekst());
        int versjoner = antallVersjoner();
        String csv = Medfolgenderegister.tekst().replace(OSLO, "")
                .replace(SALTDAL, "1840,Saltdal,18,Nordland,4,603,4880,2024")
                .replace(ROST, "1856,Røst,18,Nordland,6,366,455,2025")
                + "1899,Testøy,18,Nordland,6,100,250,2024\n";
        String side = lastOpp(admin(), csv.getBytes(StandardCharsets.UTF_8))
                .then().statusCode(200)
                .body(containsString("kommuner.csv har 357 kommuner. Slik endrer den registeret sammenlignet med aktiv versjon " + aktiv))
                .body(containsString("<li>Nye kommuner: 1</li>"))
                .body(containsString("<li>Kommuner som fjernes: 1</li>"))
                .body(containsString("<li>Endret sentralitetsklasse: 1</li>"))
                .body(containsString("<li>Endret folketall: 1</li>"))
                .body(containsString("<li>Andre endringer (navn, fylke, sentralitetsindeks eller organisasjonsnummer): 0</li>"))
                .body(containsString("<tr><td>Testøy (1899)</td><td>Nordland</td><td>6</td><td class=\"tall\">250 (2024)</td></tr>"))
                .body(containsString("<tr><td>Oslo - Oslove (0301)</td><td>Oslo</td><td>1</td><td class=\"tall\">717 710 (2024)</td></tr>"))
                .body(containsString("<tr><td>Saltdal (1840)</td><td>5</td><td>4</td></tr>"))
                .body(containsString("<tr><td>Røst (1856)</td><td class=\"tall\">460 (2024)</td><td class=\"tall\">455 (2025)</td></tr>"))
                .body(containsString(KommuneregisterAdminResource.sha256(csv.getBytes(StandardCharsets.UTF_8))))
                .body(containsString(">Bruk denne versjonen</button>"))
                .extract().asString();
        assertTrue(side.contains("name=\"mot\" value=\"" + aktiv + "\""), "versjonen endringene er regnet mot følger med");
        assertEquals(versjoner, antallVersjoner(), "forhåndsvisningen skal ikke lagre noe");
        assertEquals(aktiv, aktivVersjon());
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/kommuner/1840").then().body("sentralitetsklasse", equalTo(5));
    }

    @Test
    void bekreftelsenTarFilenIBrukMedHendelseOgAvviserEndretInnholdOgForeldetForhandsvisning() throws IOException, SQLException {
        long forrige = lastOppMedApi(Medfolgenderegister.tekst());
        String csv = Medfolgenderegister.tekst().replace(VAROY, "1857,Værøy,18,Nordland,6,370,690,2025");
        String side = lastOpp(admin().multiPart("kilde", "SSB 07459, 1.1.2025 (test)"), csv.getBytes(StandardCharsets.UTF_8))
                .then().statusCode(200).body(containsString("<li>Endret folketall: 1</li>")).extract().asString();
        String innhold = skjult(side, "innhold");
        String sha256 = skjult(side, "sha256");
        assertEquals(csv, new String(Base64.getDecoder().decode(innhold), StandardCharsets.UTF_8));

        // A hidden field that does not match its hash is refused, not applied.
        String annet = Base64.getEncoder().encodeToString(Medfolgenderegister.tekst().replace(VAROY, "1857,Værøy,18,Nordland,1,370,1,2025")
                .getBytes(StandardCharsets.UTF_8));
        bekreft(annet, sha256, forrige, "x").then().statusCode(400)
                .body(containsString("Filen fra forhåndsvisningen kom ikke fram uendret. Last opp filen på nytt."));
        assertEquals(forrige, aktivVersjon());

        bekreft(innhold, sha256, forrige, skjult(side, "kilde")).then().statusCode(303)
                .header("Location", endsWith("/admin/kommuneregister?melding=brukt"));
        long ny = aktivVersjon();
        assertTrue(ny > forrige);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/kommuner/1857")
                .then().body("folketall", equalTo(690)).body("folketallAar", equalTo(2025));
        given().auth().oauth2(Tokens.admin()).when().get("/admin/kommuneregister?melding=brukt")
                .then().statusCode(200)
                .body(containsString("Versjon " + ny + " av kommuneregisteret er tatt i bruk."))
                .body(containsString("<td>SSB 07459, 1.1.2025 (test)</td>"));
        assertEquals("REGISTER_LASTET_INN|admin", hendelse(ny));

        // The same confirmation again: the changes were computed against a version that is no longer active.
        bekreft(innhold, sha256, forrige, skjult(side, "kilde")).then().statusCode(409)
                .body(containsString("Kommuneregisteret er endret siden du lastet opp filen."))
                .body(containsString("name=\"mot\" value=\"" + ny + "\""))
                .body(containsString("<li>Endret folketall: 0</li>"));
        assertEquals(ny, aktivVersjon());
    }

    @Test
    void feilIFilenVisesPerLinjeOgKolonneOgIngentingLagres() {
        long aktiv = lastOppMedApi(Medfolgenderegister.tekst());
        String csv = Medfolgenderegister.tekst().replace(SALTDAL, "1840,Saltdal,18,Nordland,7,603,4880,2024")
                .replace(ROST, "1856,Røst,18,Nordland,6,366,-1,2024");
        String side = lastOpp(admin(), csv.getBytes(StandardCharsets.UTF_8))
                .then().statusCode(400)
                .body(containsString("class=\"ds-error-summary\""))
                .body(containsString(", sentralitetsklasse: sentralitetsklasse må være mellom 1 og 6, men er 7.</a>"))
                .body(containsString(", folketall: folketall må være mellom 0 og 10000000, men er -1.</a>"))
                .body(containsString("id=\"fil-feil\""))
                .extract().asString();
        Matcher linje = Pattern.compile("href=\"#fil\">linje (\\d+), sentralitetsklasse").matcher(side);
        assertTrue(linje.find(), side);
        assertEquals(Medfolgenderegister.tekst().lines().toList().indexOf(SALTDAL) + 1, Integer.parseInt(linje.group(1)), "linjenummeret i filen");
        assertEquals(aktiv, aktivVersjon());

        lastOpp(admin(), new byte[] {'k', (byte) 0xE6, 'r', '\n'}).then().statusCode(400)
                .body(containsString("Filen må være lagret som UTF-8."));
        lastOpp(admin(), new byte[KommuneregisterAdminResource.MAKS_BYTES + 1]).then().statusCode(400)
                .body(containsString("Filen er større enn 1 024 kB."));
        admin().multiPart("csrf-token", Csrftoken.av(Tokens.admin())).when().post("/admin/kommuneregister/forhandsvis")
                .then().statusCode(400).body(containsString("href=\"#fil\">Velg en CSV-fil.</a>"));
        assertEquals(aktiv, aktivVersjon());
    }

    @Test
    void postUtenCsrfNokkelGir403() {
        long aktiv = lastOppMedApi(Medfolgenderegister.tekst());
        given().auth().oauth2(Tokens.admin()).multiPart("fil", "kommuner.csv", Medfolgenderegister.tekst().getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post("/admin/kommuneregister/forhandsvis").then().statusCode(403);
        byte[] bytes = Medfolgenderegister.tekst().getBytes(StandardCharsets.UTF_8);
        given().auth().oauth2(Tokens.admin()).redirects().follow(false)
                .formParam("innhold", Base64.getEncoder().encodeToString(bytes))
                .formParam("sha256", KommuneregisterAdminResource.sha256(bytes)).formParam("mot", aktiv).formParam("kilde", "x")
                .when().post("/admin/kommuneregister/bruk").then().statusCode(403).body(not(containsString("tatt i bruk")));
        assertEquals(aktiv, aktivVersjon());
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin()).redirects().follow(false).cookie(Csrf.COOKIE, Csrftoken.av(Tokens.admin()));
    }

    private static io.restassured.response.Response lastOpp(RequestSpecification spesifikasjon, byte[] innhold) {
        return spesifikasjon.cookie(Csrf.COOKIE, Csrftoken.av(Tokens.admin())).multiPart("csrf-token", Csrftoken.av(Tokens.admin()))
                .multiPart("fil", "kommuner.csv", innhold, "text/csv")
                .when().post("/admin/kommuneregister/forhandsvis");
    }

    private static io.restassured.response.Response bekreft(String innhold, String sha256, long mot, String kilde) {
        return admin().formParam("csrf-token", Csrftoken.av(Tokens.admin())).formParam("innhold", innhold).formParam("sha256", sha256)
                .formParam("mot", mot).formParam("kilde", kilde).formParam("filnavn", "kommuner.csv")
                .when().post("/admin/kommuneregister/bruk");
    }

    private static String skjult(String side, String navn) {
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"" + navn + "\" value=\"([^\"]*)\">").matcher(side);
        assertTrue(m.find(), "fant ikke " + navn);
        return m.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private String hendelse(long versjon) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select handling, aktor from hendelse where entitet = 'KOMMUNEREGISTER' "
                        + "and entitet_id = ? order by id desc")) {
            s.setString(1, String.valueOf(versjon));
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "ingen hendelse for versjon " + versjon);
                return rs.getString(1) + "|" + rs.getString(2);
            }
        }
    }

    private static long lastOppMedApi(String csv) {
        return given().auth().oauth2(Tokens.admin()).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/admin/kommuneregister").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long aktivVersjon() {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/admin/kommuneregister/versjoner")
                .then().statusCode(200).extract().jsonPath().getLong("find { it.aktiv }.id");
    }

    private static int antallVersjoner() {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/admin/kommuneregister/versjoner")
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }

}
