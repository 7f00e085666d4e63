package no.legevakttilskudd.felles.hendelse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.Roller;

/**
 * Reading the audit log as an administrator, in the API, as CSV and on the page. Each test makes its own events with
 * its own user names, so the expectations are exact even though every test class shares one database.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class HendelsesloggSokTest {

    private static final String BEGRUNNELSE = "Økt ramme; \"ekstra\" midler\nfra departementet <script>alert(1)</script>";
    private static final String OVERSKRIFT = "tidspunkt;aktor;rolle;entitet;entitetId;handling;forVerdi;etterVerdi";

    @Inject
    DataSource dataSource;

    /**
     * The events one test made: an admin creates a call and changes its frame; Røst sends an application and Værøy
     * starts one; a caseworker proposes a decision on Røst's.
     */
    record Runde(String navn, String admin, String saksbehandler, long utlysning, long soknad, long annenSoknad, long vedtak) {
    }

    private static Runde runde() {
        String navn = "logg" + UUID.randomUUID().toString().substring(0, 8);
        String admin = navn + "-admin";
        String saksbehandler = navn + "-sb";
        // The deadline minutes away: the decision comes after it, and still on the same days as the other events.
        Map<String, Object> u = Testdata.utlysning(java.time.LocalDateTime.now().minusDays(1), java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Oslo")).plusMinutes(5));
        long utlysning = given().auth().oauth2(Tokens.token(admin, List.of(Roller.ADMIN), null)).contentType(ContentType.JSON).body(u)
                .when().post("/api/utlysninger").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.token(admin, List.of(Roller.ADMIN), null)).contentType(ContentType.JSON)
                .body(Map.of("ramme", 62_000_000, "begrunnelse", BEGRUNNELSE))
                .when().post("/api/utlysninger/" + utlysning + "/ramme").then().statusCode(200);
        long soknad = Testdata.sendtSoknad(Tokens.ROST, utlysning);
        long annen = Testdata.utkast(Tokens.VAROY, utlysning, Map.of());
        Testdata.forbiFristen(utlysning);
        long vedtak = given().auth().oauth2(Tokens.token(saksbehandler, List.of(Roller.SAKSBEHANDLER), null)).contentType(ContentType.JSON)
                .body(Map.of("utfall", "INNVILGET", "belop", 850_000, "begrunnelse", "Kvalifisert."))
                .when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
        return new Runde(navn, admin, saksbehandler, utlysning, soknad, annen, vedtak);
    }

    private static Response sok(Map<String, ?> filter) {
        return given().auth().oauth2(Tokens.admin()).queryParams(filter).when().get("/api/hendelser");
    }

    /** The rows' handlings in the order the API gives them, each with its entity, e.g. "VEDTAK 7 FORESLATT". */
    private static List<String> rader(Map<String, ?> filter) {
        var json = sok(filter).then().log().ifValidationFails().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
        List<String> entiteter = json.getList("elementer.entitet");
        List<String> ider = json.getList("elementer.entitetId");
        List<String> handlinger = json.getList("elementer.handling");
        List<String> rader = new ArrayList<>();
        for (int i = 0; i < handlinger.size(); i++) {
            rader.add(entiteter.get(i) + " " + ider.get(i) + " " + handlinger.get(i));
        }
        return rader;
    }

    @Test
    void sakenGirSoknadensOgVedtakenesHendelserNyesteForst() {
        Runde r = runde();
        String s = "SOKNAD " + r.soknad() + " ";
        List<String> sak = List.of(s + "UNDER_BEHANDLING", "VEDTAK " + r.vedtak() + " FORESLATT", s + "SENDT", s + "OPPRETTET");
        assertEquals(sak, rader(Map.of("sak", r.soknad())));
        sok(Map.of("sak", r.soknad())).then()
                .body("totalt", equalTo(4))
                .body("side", equalTo(1))
                .body("storrelse", equalTo(50))
                .body("elementer[1].aktor", equalTo(r.saksbehandler()))
                .body("elementer[1].rolle", equalTo("saksbehandler"))
                .body("elementer[1].etterVerdi", containsString("850 000 kr, søknad " + r.soknad()))
                .body("elementer[3].aktor", equalTo("soker-1856"))
                .body("elementer[3].forVerdi", equalTo(null))
                .body("elementer[0].tidspunkt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+\\+0[12]:00"));
        // The other kommune's application in the same call is another case.
        assertEquals(List.of("SOKNAD " + r.annenSoknad() + " OPPRETTET"), rader(Map.of("sak", r.annenSoknad())));
        assertEquals(List.of(s + "SENDT"), rader(Map.of("sak", r.soknad(), "handling", "sendt")));
        assertEquals(List.of("VEDTAK " + r.vedtak() + " FORESLATT"), rader(Map.of("sak", r.soknad(), "entitet", "VEDTAK")));
    }

    @Test
    void aktorErStartenAvBrukernavnetUansettStoreOgSmaBokstaver() {
        Runde r = runde();
        String u = "UTLYSNING " + r.utlysning() + " ";
        List<String> admin = List.of(u + "RAMME_ENDRET", u + "OPPRETTET");
        assertEquals(admin, rader(Map.of("aktor", r.admin())));
        assertEquals(admin, rader(Map.of("aktor", r.admin().toUpperCase().substring(0, r.admin().length() - 2))));
        assertEquals(List.of("SOKNAD " + r.soknad() + " UNDER_BEHANDLING", "VEDTAK " + r.vedtak() + " FORESLATT", u + "RAMME_ENDRET",
                u + "OPPRETTET"), rader(Map.of("aktor", r.navn())));
        // The user's % and _ are letters, not wildcards.
        assertEquals(List.of(), rader(Map.of("aktor", "%" + r.navn().substring(1))));
        assertEquals(List.of(), rader(Map.of("aktor", "_" + r.navn().substring(1))));
        assertEquals(List.of(), rader(Map.of("aktor", r.navn() + "-admin2")));
    }

    @Test
    void entitetMedIdOgHandling() {
        Runde r = runde();
        String u = "UTLYSNING " + r.utlysning() + " ";
        assertEquals(List.of(u + "RAMME_ENDRET", u + "OPPRETTET"), rader(Map.of("entitet", "UTLYSNING", "entitetId", r.utlysning())));
        assertEquals(List.of(u + "RAMME_ENDRET"), rader(Map.of("entitet", "utlysning", "entitetId", r.utlysning(), "handling", "RAMME_ENDRET")));
        assertEquals(List.of("SOKNAD " + r.annenSoknad() + " OPPRETTET"), rader(Map.of("entitet", "SOKNAD", "entitetId", r.annenSoknad())));
        sok(Map.of("entitet", "UTLYSNING", "entitetId", r.utlysning())).then()
                .body("elementer[0].forVerdi", equalTo("ramme 50000000"))
                .body("elementer[0].etterVerdi", equalTo("ramme 62000000: " + BEGRUNNELSE));
    }

    @Test
    void tidsrommetErHeleNorskeDognOgsaNarKlokkaStillesFram() throws SQLException {
        // 29 March 2020 was the day summer time began in Norway: from 00:00 CET (23:00 UTC the day before) to
        // 24:00 CEST (22:00 UTC), 23 hours.
        String aktor = "grense-" + UUID.randomUUID().toString().substring(0, 8);
        settInn(aktor, "A", Instant.parse("2020-03-28T22:59:59.999999Z"));
        settInn(aktor, "B", Instant.parse("2020-03-28T23:00:00Z"));
        settInn(aktor, "C", Instant.parse("2020-03-29T21:59:59.999999Z"));
        settInn(aktor, "D", Instant.parse("2020-03-29T22:00:00Z"));
        String x = "SOKNAD 0 ";
        assertEquals(List.of(x + "D", x + "C", x + "B", x + "A"), rader(Map.of("aktor", aktor)));
        assertEquals(List.of(x + "C", x + "B"), rader(Map.of("aktor", aktor, "fra", "2020-03-29", "til", "2020-03-29")));
        assertEquals(List.of(x + "D", x + "C", x + "B"), rader(Map.of("aktor", aktor, "fra", "2020-03-29")));
        assertEquals(List.of(x + "A"), rader(Map.of("aktor", aktor, "til", "2020-03-28")));
        assertEquals(List.of(x + "C", x + "B", x + "A"), rader(Map.of("aktor", aktor, "fra", "28.3.2020", "til", " 2020-03-29 ")));
        sok(Map.of("aktor", aktor)).then()
                .body("elementer[0].tidspunkt", equalTo("2020-03-30T00:00:00+02:00"))
                .body("elementer[1].tidspunkt", equalTo("2020-03-29T23:59:59.999999+02:00"))
                .body("elementer[2].tidspunkt", equalTo("2020-03-29T00:00:00+01:00"));

        // A round's events from the day it began to the day its decision was proposed; none before or after. The
        // decision comes minutes later, past its deadline, which may be the next Norwegian day.
        LocalDate forste = LocalDate.now(ZoneId.of("Europe/Oslo"));
        Runde r = runde();
        LocalDate siste = Testdata.idag();
        assertEquals(4, rader(Map.of("sak", r.soknad(), "fra", forste.toString(), "til", siste.toString())).size());
        assertEquals(0, rader(Map.of("sak", r.soknad(), "til", forste.minusDays(1).toString())).size());
        assertEquals(0, rader(Map.of("sak", r.soknad(), "fra", siste.plusDays(1).toString())).size());
    }

    @Test
    void siderMedTotalt() {
        Runde r = runde();
        String s = "SOKNAD " + r.soknad() + " ";
        assertEquals(List.of(s + "UNDER_BEHANDLING", "VEDTAK " + r.vedtak() + " FORESLATT", s + "SENDT"),
                rader(Map.of("sak", r.soknad(), "storrelse", 3)));
        assertEquals(List.of(s + "OPPRETTET"), rader(Map.of("sak", r.soknad(), "storrelse", 3, "side", 2)));
        assertEquals(List.of(), rader(Map.of("sak", r.soknad(), "storrelse", 3, "side", 3)));
        sok(Map.of("sak", r.soknad(), "storrelse", 3, "side", 2)).then()
                .body("totalt", equalTo(4)).body("side", equalTo(2)).body("storrelse", equalTo(3)).body("$", not(hasKey("sider")));
        sok(Map.of("sak", r.soknad(), "storrelse", 500, "side", 999_999_999)).then()
                .statusCode(200).body("elementer", equalTo(List.of())).body("totalt", equalTo(4));
    }

    @Test
    void ugyldigeFiltreGir400MedFeltet() {
        Map<String, List<Map<String, String>>> tilfeller = Map.ofEntries(
                Map.entry("fra", List.of(Map.of("fra", "2020-02-30"), Map.of("fra", "i går"), Map.of("fra", "20200-01-01"))),
                Map.entry("til", List.of(Map.of("fra", "2026-03-02", "til", "2026-03-01"), Map.of("til", "31.2.2026"))),
                Map.entry("sak", List.of(Map.of("sak", "abc"), Map.of("sak", "-1"))),
                Map.entry("entitet", List.of(Map.of("entitet", "BRUKER"))),
                Map.entry("entitetId", List.of(Map.of("entitetId", "5"))),
                Map.entry("side", List.of(Map.of("side", "0"), Map.of("side", "abc"))),
                Map.entry("storrelse", List.of(Map.of("storrelse", "501"), Map.of("storrelse", "0"), Map.of("storrelse", "mange"))));
        tilfeller.forEach((felt, filtre) -> filtre.forEach(filter -> {
            sok(filter).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:legevakttilskudd:problem:valideringsfeil"))
                    .body("feil.felt", equalTo(List.of(felt)));
        }));
        sok(Map.of("fra", "2026-03-02", "til", "2026-03-01")).then()
                .body("feil[0].melding", equalTo("Til-datoen kan ikke være før fra-datoen (2. mars 2026)."));
        sok(Map.of("fra", "2020-02-30")).then().body("feil[0].melding", equalTo("Skriv datoen som DD.MM.ÅÅÅÅ, f.eks. 15.03.2026."));
        // Every bad field at once.
        sok(Map.of("fra", "x", "til", "y", "sak", "z")).then().statusCode(400).body("feil.felt", hasItems("fra", "til", "sak"));
        given().auth().oauth2(Tokens.admin()).queryParam("fra", "x").when().get("/api/hendelser/eksport")
                .then().statusCode(400).contentType("application/problem+json").body("feil.felt", equalTo(List.of("fra")));
    }

    @Test
    void bareAdminLeserLoggen() {
        for (String sti : List.of("/api/hendelser", "/api/hendelser/eksport", "/admin/hendelseslogg", "/admin/hendelseslogg/eksport")) {
            for (String token : List.of(Tokens.saksbehandler(), Tokens.godkjenner(), Tokens.evaluator(), Tokens.soker(Tokens.ROST))) {
                given().auth().oauth2(token).redirects().follow(false).when().get(sti).then().statusCode(403);
            }
            given().auth().oauth2(Tokens.admin()).when().get(sti).then().statusCode(200);
        }
        given().when().get("/api/hendelser").then().statusCode(401);
        given().when().get("/api/hendelser/eksport").then().statusCode(401);
        given().redirects().follow(false).when().get("/admin/hendelseslogg").then().statusCode(302);
    }

    @Test
    void csvMedBomOverskriftOgAnforselstegnOgFiltrene() {
        Runde r = runde();
        Response svar = given().auth().oauth2(Tokens.admin()).queryParam("aktor", r.admin()).when().get("/api/hendelser/eksport");
        svar.then().statusCode(200)
                .contentType(allOf(startsWith("text/csv"), containsString("charset=UTF-8")))
                .header("Content-Disposition", "attachment; filename=\"hendelseslogg.csv\"");
        byte[] bytes = svar.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 med BOM");
        String tekst = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(tekst.contains("\"ramme 62000000: Økt ramme; \"\"ekstra\"\" midler\nfra departementet <script>alert(1)</script>\"\r\n"),
                tekst);
        List<List<String>> poster = poster(tekst);
        assertEquals(3, poster.size(), tekst);
        assertEquals(Arrays.asList(OVERSKRIFT.split(";")), poster.get(0));
        List<String> ramme = poster.get(1);
        assertEquals(List.of(r.admin(), "admin", "UTLYSNING", String.valueOf(r.utlysning()), "RAMME_ENDRET", "ramme 50000000",
                "ramme 62000000: " + BEGRUNNELSE), ramme.subList(1, 8));
        OffsetDateTime tid = OffsetDateTime.parse(ramme.get(0));
        assertEquals(ZoneId.of("Europe/Oslo").getRules().getOffset(tid.toInstant()), tid.getOffset());
        assertTrue(tid.toInstant().isAfter(Instant.now().minusSeconds(600)), ramme.get(0));
        assertEquals(List.of("OPPRETTET", ""), List.of(poster.get(2).get(5), poster.get(2).get(6)), "tom førverdi er et tomt felt");

        // The filters hold for the file too, and the page's download is the same file.
        List<List<String>> sak = poster(eksport("/api/hendelser/eksport", Map.of("sak", r.soknad())));
        assertEquals(List.of("UNDER_BEHANDLING", "FORESLATT", "SENDT", "OPPRETTET"), sak.subList(1, sak.size()).stream().map(p -> p.get(5)).toList());
        assertEquals(eksport("/api/hendelser/eksport", Map.of("sak", r.soknad())), eksport("/admin/hendelseslogg/eksport", Map.of("sak", r.soknad())));
        assertEquals(List.of(OVERSKRIFT.split(";")), poster(eksport("/api/hendelser/eksport", Map.of("aktor", "ingen-" + r.navn()))).get(0));
    }

    /** Names and texts in the log are typed by people; in the CSV a leading = + - @ is made text, never a formula. */
    @Test
    void csvGjorFormlerTilTekst() {
        String navn = "=HYPERLINK(\"http://example.org\")-" + System.nanoTime();
        String token = Tokens.token(navn, List.of(Roller.ADMIN), null);
        Map<String, Object> u = Testdata.utlysning(java.time.LocalDateTime.now().minusDays(1), java.time.LocalDateTime.now().plusDays(9));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(u).when().post("/api/utlysninger").then().statusCode(201);
        String tekst = eksport("/api/hendelser/eksport", Map.of("aktor", navn));
        assertTrue(tekst.contains(";\"'=HYPERLINK(\"\"http://example.org\"\")-"), tekst);
        assertFalse(tekst.contains(";=HYPERLINK") || tekst.contains(";\"=HYPERLINK"), tekst);
    }

    @Test
    void sidenViserRaderMedLenkerSiderOgNedlasting() {
        Runde r = runde();
        String side = given().auth().oauth2(Tokens.admin()).queryParam("sak", r.soknad()).when().get("/admin/hendelseslogg")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<h1 class=\"ds-heading\" data-size=\"lg\">Hendelseslogg</h1>"))
                .body(containsString("4 hendelser, nyeste først."))
                .body(containsString("<a class=\"ds-link\" href=\"/saksbehandling/soknader/" + r.soknad() + "\">Søknad " + r.soknad() + "</a>"))
                .body(containsString("<td>Vedtak " + r.vedtak() + "</td>"))
                .body(containsString("<td>" + r.saksbehandler() + "</td>"))
                .body(containsString("href=\"/admin/hendelseslogg/eksport?sak=" + r.soknad() + "\""))
                .body(containsString("id=\"sak\" name=\"sak\" value=\"" + r.soknad() + "\""))
                .body(containsString("type=\"text\" autocomplete=\"off\""))
                .body(not(containsString("ds-error-summary")))
                .extract().asString();
        // The actions in words (Kodeord), the stored codes only in the filter's option values.
        int a = side.indexOf("<td>Tatt til behandling</td>");
        int b = side.indexOf("<td>Vedtak foreslått</td>");
        int c = side.indexOf("<td>Sendt</td>");
        int d = side.indexOf("<td>Opprettet</td>");
        assertTrue(a > 0 && a < b && b < c && c < d, "nyeste først");

        given().auth().oauth2(Tokens.admin()).queryParam("sak", r.soknad()).queryParam("storrelse", 3).when().get("/admin/hendelseslogg")
                .then().statusCode(200)
                .body(containsString("Side 1 av 2"))
                .body(containsString("href=\"/admin/hendelseslogg?sak=" + r.soknad() + "&amp;storrelse=3&amp;side=2\">Neste side</a>"))
                .body(containsString("href=\"/admin/hendelseslogg/eksport?sak=" + r.soknad() + "\""))
                .body(not(containsString("<td>Opprettet</td>")));
        given().auth().oauth2(Tokens.admin()).queryParam("sak", r.soknad()).queryParam("storrelse", 3).queryParam("side", 2)
                .when().get("/admin/hendelseslogg")
                .then().statusCode(200)
                .body(containsString("Side 2 av 2"))
                .body(containsString("href=\"/admin/hendelseslogg?sak=" + r.soknad() + "&amp;storrelse=3&amp;side=1\">Forrige side</a>"))
                .body(containsString("<td>Opprettet</td>"));
        given().auth().oauth2(Tokens.admin()).queryParam("side", 0).when().get("/admin/hendelseslogg").then().statusCode(400);
        given().auth().oauth2(Tokens.admin()).queryParam("entitet", "utlysning").queryParam("entitetId", r.utlysning())
                .when().get("/admin/hendelseslogg")
                .then().statusCode(200)
                .body(containsString("<option value=\"UTLYSNING\" selected>"))
                .body(containsString("<a class=\"ds-link\" href=\"/admin/utlysninger/" + r.utlysning() + "\">Utlysning " + r.utlysning() + "</a>"))
                .body(containsString("2 hendelser, nyeste først."));

        given().auth().oauth2(Tokens.admin()).when().get("/admin")
                .then().statusCode(200).body(containsString("<a class=\"ds-link\" href=\"/admin/hendelseslogg\">Hendelseslogg</a>"));
        given().auth().oauth2(Tokens.admin()).cookie("sprak", "en").queryParam("sak", r.soknad()).when().get("/admin/hendelseslogg")
                .then().statusCode(200).body(containsString("<html lang=\"en\"")).body(containsString(">Audit log</h1>"))
                .body(containsString(">Application " + r.soknad() + "</a>")).body(containsString("4 events, newest first."));
    }

    @Test
    void tomtFilterresultatOgNorskTid() throws SQLException {
        String aktor = "ingen-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(Tokens.admin()).queryParam("aktor", aktor).when().get("/admin/hendelseslogg")
                .then().statusCode(200)
                .body(containsString("<p class=\"ds-paragraph\" id=\"ingen-hendelser\">Ingen hendelser passer med filteret.</p>"))
                .body(not(containsString("<table")))
                .body(not(containsString("Last ned CSV")));
        settInn(aktor, "VINTER", Instant.parse("2020-01-15T22:30:00Z"));
        settInn(aktor, "SOMMER", Instant.parse("2020-07-15T22:30:00Z"));
        given().auth().oauth2(Tokens.admin()).queryParam("aktor", aktor).when().get("/admin/hendelseslogg")
                .then().statusCode(200)
                .body(containsString("<td>15. januar 2020 kl. 23.30</td>"))
                .body(containsString("<td>16. juli 2020 kl. 00.30</td>"));
    }

    @Test
    void ugyldigDatoVisesVedFeltetOgIOppsummeringen() {
        String side = given().auth().oauth2(Tokens.admin()).queryParam("fra", "2020-02-30").queryParam("aktor", "noen")
                .when().get("/admin/hendelseslogg")
                .then().statusCode(400)
                .contentType(startsWith("text/html"))
                .body(containsString("class=\"ds-error-summary\""))
                .body(containsString("<a class=\"ds-link\" href=\"#fra\">Skriv datoen som DD.MM.ÅÅÅÅ, f.eks. 15.03.2026.</a>"))
                .body(containsString("id=\"fra-feil\">Skriv datoen som DD.MM.ÅÅÅÅ, f.eks. 15.03.2026.</p>"))
                .body(containsString("value=\"2020-02-30\""))
                .body(containsString("value=\"noen\""))
                .body(not(containsString("<table")))
                .extract().asString();
        assertTrue(side.matches("(?s).*id=\"fra\" name=\"fra\" value=\"2020-02-30\"\\s+type=\"text\" autocomplete=\"off\" aria-invalid=\"true\" aria-describedby=\"fra-hjelp fra-feil\".*"),
                side);
        given().auth().oauth2(Tokens.admin()).queryParam("fra", "2026-03-02").queryParam("til", "2026-03-01").when().get("/admin/hendelseslogg")
                .then().statusCode(400)
                .body(containsString("id=\"til-feil\">Til-datoen kan ikke være før fra-datoen (2. mars 2026).</p>"))
                .body(not(containsString("id=\"fra-feil\"")));
    }

    @Test
    void verdierIHendelsenEscapesPaSiden() {
        Runde r = runde();
        given().auth().oauth2(Tokens.admin()).queryParam("aktor", r.admin()).when().get("/admin/hendelseslogg")
                .then().statusCode(200)
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(containsString("&quot;ekstra&quot;"))
                .body(not(containsString("<script>alert(1)")));
        String ondsinnet = "<script>alert(2)</script>";
        given().auth().oauth2(Tokens.admin()).queryParam("aktor", ondsinnet).queryParam("fra", ondsinnet).when().get("/admin/hendelseslogg")
                .then().statusCode(400)
                .body(containsString("value=\"&lt;script&gt;alert(2)&lt;/script&gt;\""))
                .body(not(containsString(ondsinnet)));
    }

    private static String eksport(String sti, Map<String, ?> filter) {
        byte[] bytes = given().auth().oauth2(Tokens.admin()).queryParams(filter).when().get(sti).then().statusCode(200).extract().asByteArray();
        return new String(bytes, StandardCharsets.UTF_8).substring(1);
    }

    private void settInn(String aktor, String handling, Instant tidspunkt) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into hendelse (tidspunkt, aktor, rolle, entitet, entitet_id, handling) "
                        + "values (?, ?, 'admin', 'SOKNAD', '0', ?)")) {
            s.setObject(1, tidspunkt.atOffset(ZoneOffset.UTC));
            s.setString(2, aktor);
            s.setString(3, handling);
            s.executeUpdate();
        }
    }

    /** A quoted field (with "" for a quote, and line breaks) or a plain one, then a separator, CRLF or the end. */
    private static final Pattern FELT = Pattern.compile("\\G(?:\"((?:[^\"]|\"\")*)\"|([^;\"\r\n]*))(;|\r\n|\\z)");

    /** The file's records, read strictly: anything that is not well-formed CSV fails the test. */
    private static List<List<String>> poster(String tekst) {
        List<List<String>> poster = new ArrayList<>();
        List<String> post = new ArrayList<>();
        Matcher m = FELT.matcher(tekst);
        int lest = 0;
        while (lest < tekst.length() && m.find()) {
            post.add(m.group(1) != null ? m.group(1).replace("\"\"", "\"") : m.group(2));
            if (!";".equals(m.group(3))) {
                poster.add(post);
                post = new ArrayList<>();
            }
            lest = m.end();
        }
        assertEquals(tekst.length(), lest, "ugyldig CSV etter tegn " + lest + ": " + tekst);
        return poster;
    }
}
