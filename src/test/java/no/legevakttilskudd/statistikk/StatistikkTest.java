package no.legevakttilskudd.statistikk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/**
 * The statistics of SPEC §6 against a round worked out by hand: a call of its own with eight sent applications from
 * real kommuner (class, fylke and population from the shipped SSB file), a draft and a withdrawn one that must not
 * count, decisions proposed, approved and sent through the API (one sent award corrected, one approved but not sent,
 * one only proposed), and every figure compared with the arithmetic written out below.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class StatistikkTest {

    /** In the title, so the page's escaping is tested on what an administrator may type. */
    private static final String FARLIG = "<script>alert(1)</script>";

    /**
     * The applicants: kommune, the kommuner sharing its legevakt, doctors, n-delt, duty days, form of duty, measures.
     * From kommuner.csv: Røst 18 Nordland class 6, 460 inhabitants; Værøy 18/6/683; Loppa 56 Finnmark 6/864; Rendalen
     * 34 Innlandet 6/1 837; Saltdal 18/5/4 880; Bodø 18/3/53 712 (not eligible: class 3); Rennebu 50 Trøndelag 5/2 484;
     * Engerdal 34/6/1 361. Solund stays a draft and Osen withdraws; both must not count anywhere.
     */
    private record Soker(String kommune, List<String> legevakt, int leger, int deling, int dogn, String form,
            List<Map<String, Object>> tiltak) {
    }

    private static final List<Soker> SENDTE = List.of(
            new Soker("1856", List.of("1856"), 2, 2, 182, "HJEMMEVAKT", List.of(
                    Testdata.tiltak("REKRUTTERING", "Vikarlege", List.of(Testdata.linje("Lønn", 600_000), Testdata.linje("Reise", 100_000))),
                    Testdata.tiltak("REKRUTTERING", "Rekrutteringstillegg", List.of(Testdata.linje("Tillegg", 100_000))))),
            new Soker("1857", List.of("1857", "1856"), 2, 2, 182, "HJEMMEVAKT", List.of(
                    Testdata.tiltak("UTSTYR", "Akuttutstyr", List.of(Testdata.linje("Utstyr", 300_000))),
                    Testdata.tiltak("KOMPETANSE", "Kurs", List.of(Testdata.linje("Kurs", 200_000))))),
            new Soker("5614", List.of("5614", "5616", "5626"), 3, 3, 122, "HJEMMEVAKT", List.of(
                    Testdata.tiltak("LEGEVAKTBIL", "Bil", List.of(Testdata.linje("Bil", 1_200_000))),
                    Testdata.tiltak("DIGITALE_VERKTOY", "Video", List.of(Testdata.linje("Utstyr", 400_000))))),
            new Soker("3424", List.of("3424"), 4, 4, 91, "TILSTEDEVAKT", List.of(
                    Testdata.tiltak("REKRUTTERING", "Ny lege", List.of(Testdata.linje("Lønn", 1_000_000))))),
            new Soker("1840", List.of("1840"), 5, 4, 91, "HJEMMEVAKT", List.of(
                    Testdata.tiltak("KOMPETANSE", "Kurs", List.of(Testdata.linje("Kurs", 600_000))))),
            new Soker("1804", List.of("1804", "1838", "1839"), 40, 20, 18, "TILSTEDEVAKT", List.of(
                    Testdata.tiltak("ANNET", "Annet", List.of(Testdata.linje("Annet", 250_000))))),
            new Soker("5022", List.of("5022"), 3, 3, 122, "HJEMMEVAKT", List.of(
                    Testdata.tiltak("UTSTYR", "Utstyr", List.of(Testdata.linje("Utstyr", 400_000))))),
            new Soker("3425", List.of("3425", "3424", "3423"), 3, 3, 122, "HJEMMEVAKT", List.of(
                    Testdata.tiltak("KOMPETANSE", "Kurs", List.of(Testdata.linje("Kurs", 150_000))),
                    Testdata.tiltak("UTSTYR", "Utstyr", List.of(Testdata.linje("Utstyr", 100_000))))));

    /** The round, made once for the class: the call, the applications by kommune, and all calls before and after. */
    private record Runde(long utlysning, Map<String, Long> soknader, JsonPath alleFor, JsonPath alleEtter) {
    }

    private static Runde runde;

    private static synchronized Runde runde() {
        if (runde == null) {
            runde = lagRunden();
        }
        return runde;
    }

    private static Runde lagRunden() {
        JsonPath alleFor = statistikk(Tokens.evaluator(), null);
        LocalDateTime naa = LocalDateTime.now(ZoneId.of("Europe/Oslo"));
        Map<String, Object> u = Testdata.utlysning(naa.minusDays(1), naa.plusDays(30));
        u.put("tittel", "Statistikk " + FARLIG + " " + System.nanoTime());
        u.put("ramme", 2_600_000);
        u.put("parametre", Map.of("sentralitetsklasser", List.of(5, 6), "folketallsgrense", 5_000, "tak", 1_500_000, "marginal", "PARTIAL"));
        long utlysning = Testdata.opprettUtlysning(u);

        Map<String, Long> soknader = new LinkedHashMap<>();
        for (Soker s : SENDTE) {
            long id = Testdata.utkast(s.kommune(), utlysning, soknad(s));
            given().auth().oauth2(Tokens.soker(s.kommune())).when().post("/api/soknader/" + id + "/send").then().statusCode(200);
            soknader.put(s.kommune(), id);
        }
        // A draft from Solund and a withdrawn application from Osen, both with a legevakt car for 1 500 000 kr.
        Soker solund = new Soker("4636", List.of("4636"), 2, 2, 182, "HJEMMEVAKT",
                List.of(Testdata.tiltak("LEGEVAKTBIL", "Bil", List.of(Testdata.linje("Bil", 1_500_000)))));
        Testdata.utkast("4636", utlysning, soknad(solund));
        Soker osen = new Soker("5020", List.of("5020"), 2, 2, 182, "HJEMMEVAKT",
                List.of(Testdata.tiltak("LEGEVAKTBIL", "Bil", List.of(Testdata.linje("Bil", 1_500_000)))));
        long trukket = Testdata.utkast("5020", utlysning, soknad(osen));
        given().auth().oauth2(Tokens.soker("5020")).when().post("/api/soknader/" + trukket + "/send").then().statusCode(200);
        given().auth().oauth2(Tokens.soker("5020")).when().post("/api/soknader/" + trukket + "/trekk").then().statusCode(200);
        Testdata.forbiFristen(utlysning);

        // The caseworker's note on Bodø must never reach the statistics.
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("kvalitet", "SVAK", "notat", "Internt notat om Bodø-statistikken"))
                .when().put("/api/soknader/" + soknader.get("1804") + "/vurdering").then().statusCode(200);

        long rost = foreslaGodkjennSend(soknader.get("1856"), "INNVILGET", 800_000, null);
        foreslaGodkjennSend(soknader.get("1857"), "DELVIS_INNVILGET", 450_000, null);
        foreslaGodkjennSend(soknader.get("3424"), "DELVIS_INNVILGET", 600_000, null);
        foreslaGodkjennSend(soknader.get("1804"), "AVSLATT", 0, null);
        // Saltdal approved, not sent: it holds its share of the frame, but is not awarded yet.
        long saltdal = foresla(soknader.get("1840"), "INNVILGET", 600_000, null);
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + saltdal + "/godkjenn").then().statusCode(200);
        // Røst's award is corrected from 800 000 to 700 000 kr; only the correction counts.
        long rettet = foreslaGodkjennSend(soknader.get("1856"), "INNVILGET", 700_000, rost);
        given().auth().oauth2(Tokens.soker("1856")).contentType(ContentType.JSON).body(Map.of("kontonummer", "1234.56.78903"))
                .when().post("/api/vedtak/" + rettet + "/aksept").then().statusCode(200);
        // Rennebu only proposed.
        foresla(soknader.get("5022"), "INNVILGET", 400_000, null);

        return new Runde(utlysning, soknader, alleFor, statistikk(Tokens.evaluator(), null));
    }

    private static Map<String, Object> soknad(Soker s) {
        Map<String, Object> soknad = new LinkedHashMap<>();
        soknad.put("kontaktperson", Map.of("navn", "Kontakt Statistikkesen " + s.kommune(), "epost", "kontakt" + s.kommune() + "@statistikk.no",
                "telefon", "7" + s.kommune() + "123"));
        soknad.put("legevaktKommuner", s.legevakt());
        soknad.put("vaktbelastning", Map.of("antallLeger", s.leger(), "vaktdeling", s.deling(), "vaktdognPerLege", s.dogn(),
                "vaktform", s.form()));
        soknad.put("tiltak", s.tiltak());
        soknad.put("formal", "Formål for statistikken.");
        return soknad;
    }

    private static long foresla(long soknad, String utfall, long belop, Long erstatter) {
        var kall = given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", utfall, "belop", belop, "begrunnelse", "Hemmelig begrunnelse " + soknad));
        if (erstatter != null) {
            kall.queryParam("erstatter", erstatter);
        }
        return kall.when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long foreslaGodkjennSend(long soknad, String utfall, long belop, Long erstatter) {
        long id = foresla(soknad, utfall, belop, erstatter);
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + id + "/godkjenn").then().statusCode(200);
        given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/vedtak/" + id + "/send").then().statusCode(200);
        return id;
    }

    private static JsonPath statistikk(String token, Long utlysning) {
        var kall = given().auth().oauth2(token);
        if (utlysning != null) {
            kall.queryParam("utlysning", utlysning);
        }
        // Decimals as BigDecimal, not the float REST Assured reads by default, so the test sees what was sent.
        return JsonPath.from(kall.when().get("/api/statistikk").then().statusCode(200).contentType(ContentType.JSON).extract().asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** A breakdown's rows as "key name applications kommuner asked awardedApplications awardedKommuner awarded eligible". */
    private static List<String> rader(JsonPath json, String liste) {
        List<String> rader = new ArrayList<>();
        for (Map<String, Object> r : json.<Map<String, Object>>getList(liste)) {
            rader.add(r.get("nokkel") + " " + r.get("navn") + " " + r.get("soknader") + " " + r.get("kommuner") + " " + r.get("omsokt")
                    + " " + r.get("tildelteSoknader") + " " + r.get("tildelteKommuner") + " " + r.get("tildelt") + " "
                    + r.get("kvalifiserteKommuner"));
        }
        return rader;
    }

    @Test
    void tallForUtlysningenErDeViRegnetUtForHand() {
        JsonPath s = statistikk(Tokens.evaluator(), runde().utlysning());
        assertEquals(runde().utlysning(), s.getLong("utlysningId"));
        assertEquals(1, s.getLong("antallUtlysninger"));

        // Sent: 8 (not Solund's draft, not Osen's withdrawn). Asked 800 + 500 + 1 600 + 1 000 + 600 + 250 + 400 + 250 thousand.
        // Awarded: Røst 700 000 (the correction, not the 800 000 it replaced), Værøy 450 000, Rendalen 600 000; Saltdal's
        // approved 600 000 is not sent, Bodø's refusal gives nothing, Rennebu's is only proposed.
        assertEquals(8, s.getLong("nokkeltall.soknader"));
        assertEquals(5_400_000, s.getLong("nokkeltall.omsokt"));
        assertEquals(3, s.getLong("nokkeltall.tildelteSoknader"));
        assertEquals(1_750_000, s.getLong("nokkeltall.tildelt"));
        assertEquals(2_600_000, s.getLong("nokkeltall.ramme"));
        assertEquals("67.3", s.getString("nokkeltall.rammeBruktProsent"));       // 1 750 000 / 2 600 000 = 67.31 %
        assertEquals("583333.33", s.getString("nokkeltall.gjennomsnittTildelt")); // 1 750 000 / 3
        assertEquals("600000.00", s.getString("nokkeltall.medianTildelt"));       // 450 000, 600 000, 700 000
        // The rules: decisions of 700 + 450 + 600 + 600 (approved) thousand hold 2 350 000 of 2 600 000; Rennebu (group 1)
        // gets the last 250 000; Loppa and Engerdal (group 2: three kommuner share their legevakt) wait.
        assertEquals(2, s.getLong("nokkeltall.venteliste"));
        assertEquals(List.of("INNVILGET", "DELVIS_INNVILGET", "DELVIS_INNVILGET", "DELVIS_INNVILGET", "INNVILGET", "VENTELISTE",
                "VENTELISTE", "AVSLATT"), given().auth().oauth2(Tokens.saksbehandler()).when()
                .get("/api/utlysninger/" + runde().utlysning() + "/tildeling").then().extract().jsonPath().getList("tildelinger.status"));

        // 163 kommuner are in class 5 or 6 with under 5 000 inhabitants in kommuner.csv. Seven of them applied (Bodø is
        // not one), three got a grant: 7/163 = 4.29 %, 3/163 = 1.84 %.
        assertEquals(163, s.getLong("kommuner.kvalifiserte"));
        assertEquals(8, s.getLong("kommuner.sokte"));
        assertEquals(7, s.getLong("kommuner.sokteKvalifiserte"));
        assertEquals(3, s.getLong("kommuner.tildelte"));
        assertEquals(3, s.getLong("kommuner.tildelteKvalifiserte"));
        assertEquals("4.3", s.getString("kommuner.sokteProsent"));
        assertEquals("1.8", s.getString("kommuner.tildelteProsent"));

        // By fylke, with the eligible kommuner of every fylke that has any (counted in kommuner.csv), applicants or not.
        assertEquals(List.of(
                "11 Rogaland 0 0 0 0 0 0 8",
                "15 Møre og Romsdal 0 0 0 0 0 0 9",
                "18 Nordland 4 4 2150000 2 2 1150000 29",   // Røst, Værøy, Saltdal, Bodø; Røst and Værøy awarded
                "31 Østfold 0 0 0 0 0 0 1",
                "33 Buskerud 0 0 0 0 0 0 8",
                "34 Innlandet 2 2 1250000 1 1 600000 22",   // Rendalen, Engerdal
                "40 Telemark 0 0 0 0 0 0 8",
                "42 Agder 0 0 0 0 0 0 10",
                "46 Vestland 0 0 0 0 0 0 20",               // Solund's draft does not count
                "50 Trøndelag 1 1 400000 0 0 0 18",         // Rennebu; Osen withdrew
                "55 Troms 0 0 0 0 0 0 16",
                "56 Finnmark 1 1 1600000 0 0 0 14"), rader(s, "fylker"));
        assertEquals(List.of(
                "3 null 1 1 250000 0 0 0 0",                // Bodø
                "5 null 2 2 1000000 0 0 0 59",              // Saltdal, Rennebu
                "6 null 5 5 4150000 3 3 1750000 104"), rader(s, "sentralitetsklasser"));
        // Group 1: Røst (1), Værøy (2 with Røst), Rendalen, Saltdal, Rennebu (1 each). Group 2: Loppa, Bodø, Engerdal (3).
        assertEquals(List.of(
                "1 null 5 5 3300000 3 3 1750000 null",
                "2 null 3 3 2100000 0 0 0 null"), rader(s, "prioritetsgrupper"));
        // Under 1 000: Røst, Værøy, Loppa. 1 000–2 499: Rendalen, Rennebu (2 484), Engerdal. 2 500–4 999: Saltdal. 5 000+: Bodø.
        assertEquals(List.of(
                "UNDER_1000 null 3 3 2900000 2 2 1150000 23",
                "FRA_1000_TIL_2499 null 3 3 1650000 1 1 600000 79",
                "FRA_2500_TIL_4999 null 1 1 600000 0 0 0 61",
                "FRA_5000 null 1 1 250000 0 0 0 0"), rader(s, "folketallsgrupper"));

        // Categories: the measures' budget lines. Røst has two recruitment measures in one application.
        List<String> kategorier = new ArrayList<>();
        for (Map<String, Object> k : s.<Map<String, Object>>getList("tiltakskategorier")) {
            kategorier.add(k.get("kategori") + " " + k.get("tiltak") + " " + k.get("soknader") + " " + k.get("omsokt") + " "
                    + k.get("tildelteSoknader") + " " + k.get("omsoktITildelte"));
        }
        assertEquals(List.of(
                "REKRUTTERING 3 2 1800000 2 1800000",       // Røst 600 000 + 100 000 and 100 000, Rendalen 1 000 000
                "KOMPETANSE 3 3 950000 1 200000",           // Værøy 200 000, Saltdal 600 000, Engerdal 150 000
                "UTSTYR 3 3 800000 1 300000",               // Værøy 300 000, Rennebu 400 000, Engerdal 100 000
                "LEGEVAKTBIL 1 1 1200000 0 0",              // Loppa; not Solund's or Osen's car
                "DIGITALE_VERKTOY 1 1 400000 0 0",
                "ANNET 1 1 250000 0 0"), kategorier);

        // Duty burden per doctor, SPEC §4.8 with the law's 5:1: a whole rota is 2 287,5 h on call from home and
        // 6 862,5 h present, divided by n. Røst and Værøy 1 143,75 h; Loppa, Rennebu, Engerdal 762,5; Rendalen 1 715,625;
        // Saltdal 571,875; Bodø 343,125.
        // All: 7 205,625 / 8 = 900,70 h; duty days (182 + 182 + 122 + 91 + 91 + 18 + 122 + 122) / 8 = 116,25.
        // Awarded (Røst, Værøy, Rendalen): 4 003,125 / 3 = 1 334,375 → 1 334,38 h; 455 / 3 = 151,67 days.
        // Not awarded: 3 202,5 / 5 = 640,50 h; 475 / 5 = 95,00 days.
        assertEquals(List.of(8, "900.70", "116.25"), snitt(s, "sokere"));
        assertEquals(List.of(3, "1334.38", "151.67"), snitt(s, "tildelte"));
        assertEquals(List.of(5, "640.50", "95.00"), snitt(s, "ikkeTildelte"));
    }

    private static List<Object> snitt(JsonPath s, String gruppe) {
        return List.of(s.getInt("vaktbelastning." + gruppe + ".soknader"), s.getString("vaktbelastning." + gruppe + ".timerPerLege"),
                s.getString("vaktbelastning." + gruppe + ".vaktdognPerLege"));
    }

    @Test
    void paTversAvUtlysningeneLeggesDenNyeUtlysningenTil() {
        JsonPath fr = runde().alleFor();
        JsonPath etter = runde().alleEtter();
        assertNull(etter.get("utlysningId"));
        assertEquals(1, etter.getLong("antallUtlysninger") - fr.getLong("antallUtlysninger"));
        assertEquals(8, etter.getLong("nokkeltall.soknader") - fr.getLong("nokkeltall.soknader"));
        assertEquals(5_400_000, etter.getLong("nokkeltall.omsokt") - fr.getLong("nokkeltall.omsokt"));
        assertEquals(3, etter.getLong("nokkeltall.tildelteSoknader") - fr.getLong("nokkeltall.tildelteSoknader"));
        assertEquals(1_750_000, etter.getLong("nokkeltall.tildelt") - fr.getLong("nokkeltall.tildelt"));
        assertEquals(2_600_000, etter.getLong("nokkeltall.ramme") - fr.getLong("nokkeltall.ramme"));
        // The waiting list across calls is each call's own, added up.
        assertEquals(2, etter.getLong("nokkeltall.venteliste") - fr.getLong("nokkeltall.venteliste"));
    }

    @Test
    void feilInndataOgTilgang() {
        given().auth().oauth2(Tokens.evaluator()).queryParam("utlysning", "abc").when().get("/api/statistikk").then().statusCode(400)
                .contentType("application/problem+json").body("feil[0].felt", equalTo("utlysning"));
        given().auth().oauth2(Tokens.evaluator()).queryParam("utlysning", "-1").when().get("/api/statistikk").then().statusCode(400);
        given().auth().oauth2(Tokens.evaluator()).queryParam("utlysning", "99999999999999999999").when().get("/api/statistikk")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.evaluator()).queryParam("utlysning", 999_999_999).when().get("/api/statistikk").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("999999999"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/statistikk").then().statusCode(403);
        given().when().get("/api/statistikk").then().statusCode(401);
        for (String token : List.of(Tokens.saksbehandler(), Tokens.godkjenner(), Tokens.admin())) {
            given().auth().oauth2(token).when().get("/api/statistikk").then().statusCode(200);
        }

        // A draft call is staff's only: an evaluator gets 404, as from the calls' own API, and no option on the page.
        LocalDateTime naa = LocalDateTime.now(ZoneId.of("Europe/Oslo"));
        Map<String, Object> utkast = Testdata.utlysning(naa.plusDays(10), naa.plusDays(40));
        utkast.put("publisert", false);
        utkast.put("tittel", "Upublisert statistikkutlysning " + System.nanoTime());
        long upublisert = Testdata.opprettUtlysning(utkast);
        given().auth().oauth2(Tokens.evaluator()).queryParam("utlysning", upublisert).when().get("/api/statistikk").then().statusCode(404);
        given().auth().oauth2(Tokens.saksbehandler()).queryParam("utlysning", upublisert).when().get("/api/statistikk").then().statusCode(200);
        given().auth().oauth2(Tokens.evaluator()).when().get("/statistikk").then().statusCode(200)
                .body(not(containsString(utkast.get("tittel").toString())));
        given().auth().oauth2(Tokens.admin()).when().get("/statistikk").then().statusCode(200)
                .body(containsString(utkast.get("tittel").toString()));

        // The page: the same errors as HTML, and the same roles.
        given().auth().oauth2(Tokens.evaluator()).accept(ContentType.HTML).queryParam("utlysning", "abc").when().get("/statistikk")
                .then().statusCode(400).contentType(ContentType.HTML);
        given().auth().oauth2(Tokens.evaluator()).accept(ContentType.HTML).queryParam("utlysning", 999_999_999).when().get("/statistikk")
                .then().statusCode(404).contentType(ContentType.HTML);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/statistikk").then().statusCode(403);
        given().redirects().follow(false).when().get("/statistikk").then().statusCode(302);
    }

    @Test
    void ingenPersonopplysningerIApietEllerPaSiden() {
        long utlysning = runde().utlysning();
        List<String> svar = new ArrayList<>();
        for (String token : List.of(Tokens.evaluator(), Tokens.admin())) {
            svar.add(given().auth().oauth2(token).queryParam("utlysning", utlysning).when().get("/api/statistikk").then().statusCode(200)
                    .extract().asString());
            svar.add(given().auth().oauth2(token).when().get("/api/statistikk").then().statusCode(200).extract().asString());
            svar.add(given().auth().oauth2(token).queryParam("utlysning", utlysning).when().get("/statistikk").then().statusCode(200)
                    .extract().asString());
        }
        List<String> personlig = new ArrayList<>(List.of("12345678903", "1234.56.78903", "Internt notat", "Hemmelig begrunnelse",
                "Statistikkesen", "@statistikk.no"));
        for (Soker s : SENDTE) {
            personlig.add("7" + s.kommune() + "123");
        }
        for (String tekst : svar) {
            for (String p : personlig) {
                assertFalse(tekst.contains(p), "«" + p + "» står i svaret");
            }
        }
    }

    @Test
    void sidenViserNokkeltallTabellerOgDiagrammerPaTreSprak() {
        long utlysning = runde().utlysning();
        String nb = side("nb", utlysning);
        assertTrue(nb.contains("<html lang=\"nb\""), "bokmål");
        assertTrue(nb.contains("<dt>Søknader</dt><dd>8</dd>"), "antall søknader");
        assertTrue(nb.contains("<dt>Tildelt</dt><dd>1 750 000 kr</dd><dd class=\"forklaring\">til 3 søknader</dd>"), "tildelt");
        assertTrue(nb.contains("<dd>2 600 000 kr</dd><dd class=\"forklaring\">67,3\u00a0% er tildelt</dd>"), "rammen brukt");
        assertTrue(nb.contains("<dd>583 333,33 kr</dd>") && nb.contains("<dd>600 000,00 kr</dd>"), "snitt og median");
        assertTrue(nb.contains("<dt>På venteliste etter reglene</dt><dd>2</dd>"), "ventelisten");
        assertTrue(nb.contains("<dd>7 av 163</dd>") && nb.contains("<dd>3 av 163</dd>"), "dekningen");
        // Each breakdown: a chart as an image with its text alternative, and the table beside it.
        for (String id : List.of("fylker", "klasser", "grupper", "folketall", "kategorier", "dekning", "vaktbelastning")) {
            assertTrue(nb.contains("role=\"img\" aria-labelledby=\"diagram-" + id + "-tittel diagram-" + id + "-beskrivelse\""), id);
        }
        assertTrue(nb.contains("<title id=\"diagram-fylker-tittel\">Per fylke</title>"), "diagramtittel");
        assertTrue(nb.contains("Nordland: 1 150 000 kr tildelt av 2 150 000 kr søkt."), "beskrivelsen har tallene");
        assertTrue(nb.contains("<tr><th scope=\"row\">Nordland</th><td class=\"tall\">4</td><td class=\"tall\">2 150 000 kr</td>"
                + "<td class=\"tall\">2</td><td class=\"tall\">1 150 000 kr</td><td class=\"tall\">29</td><td class=\"tall\">4</td>"
                + "<td class=\"tall\">2</td></tr>"), "fylkestabellen");
        assertTrue(nb.contains("<th scope=\"row\">Under 1 000 innbyggere</th>"), "folketallsgruppene");
        assertTrue(nb.contains("<th scope=\"row\">Gruppe 2: legevakt for tre eller flere kommuner</th>"), "prioritetsgruppene");
        assertTrue(nb.contains("<th scope=\"row\">Digitale verktøy</th>"), "kategoriene");
        assertTrue(nb.contains("<th scope=\"row\">Fikk tilskudd</th><td class=\"tall\">3</td><td class=\"tall\">1 334,38</td>"
                + "<td class=\"tall\">151,67</td>"), "vaktbelastningen");
        assertTrue(nb.contains("1 334,38 timer"), "vaktbelastningen i diagrammet");
        // The downloads for the chosen call; the files themselves are the export's.
        for (String fil : List.of("tildelinger.csv", "tildelinger.xlsx", "tildelinger.json", "360giving.json", "360giving.csv")) {
            assertTrue(nb.contains("href=\"/statistikk/eksport/" + fil + "?utlysning=" + utlysning + "\""), fil);
        }
        assertTrue(nb.contains("<option value=\"" + utlysning + "\" selected>"), "valgt utlysning");
        // The title an administrator typed is escaped in the heading, the filter and the chart.
        assertTrue(nb.contains("Statistikk &lt;script&gt;alert(1)&lt;/script&gt;"), "escapet");
        assertFalse(nb.contains(FARLIG), "ikke escapet");
        assertFalse(nb.contains("style="), "CSP-en forbyr inline stil");
        assertTrue(nb.contains("href=\"/statistikk\">Statistikk</a>"), "menypunktet");

        String nn = side("nn", utlysning);
        assertTrue(nn.contains("<html lang=\"nn\""), "nynorsk");
        assertTrue(nn.contains("<title id=\"diagram-fylker-tittel\">Per fylke</title>") && nn.contains("Nøkkeltal"), "nynorsk tekst");
        assertTrue(nn.contains("Nordland: 1 150 000 kr tildelt av 2 150 000 kr søkt."), "nynorsk beskrivelse");
        assertTrue(nn.contains("<th scope=\"row\">Under 1 000 innbyggjarar</th>"), "nynorske folketallsgrupper");

        String en = side("en", utlysning);
        assertTrue(en.contains("<html lang=\"en\""), "engelsk");
        assertTrue(en.contains("<title id=\"diagram-fylker-tittel\">By county</title>"), "engelsk diagramtittel");
        assertTrue(en.contains("Nordland: 1 150 000 kr awarded of 2 150 000 kr applied for."), "engelsk beskrivelse");
        assertTrue(en.contains("<dd>583 333.33 kr</dd>") && en.contains("67.3% awarded"), "engelske desimaler");
        assertTrue(en.contains("1 334.38 hours"), "engelske timer");
    }

    @Test
    void allUtlysningerErStandardOgEnUtlysningUtenSoknaderHarEnTomTilstand() {
        runde();
        String alle = given().auth().oauth2(Tokens.evaluator()).when().get("/statistikk").then().statusCode(200).extract().asString();
        assertTrue(alle.contains("<option value=\"\">Alle utlysninger</option>"), "standardvalget");
        assertFalse(alle.contains(" selected>"), "ingen utlysning valgt");
        assertTrue(alle.contains("Nøkkeltall: Alle utlysninger ("), "overskriften");
        assertTrue(alle.contains("href=\"/statistikk/eksport/tildelinger.csv\""), "nedlasting for alle");

        LocalDateTime naa = LocalDateTime.now(ZoneId.of("Europe/Oslo"));
        long tom = Testdata.opprettUtlysning(Testdata.utlysning(naa.minusDays(1), naa.plusDays(30)));
        JsonPath s = statistikk(Tokens.evaluator(), tom);
        assertEquals(0, s.getLong("nokkeltall.soknader"));
        assertEquals(0, s.getLong("nokkeltall.tildelt"));
        assertNull(s.get("nokkeltall.gjennomsnittTildelt"));
        assertNull(s.get("nokkeltall.medianTildelt"));
        assertEquals(0, s.getLong("nokkeltall.venteliste"));
        assertEquals(163, s.getLong("kommuner.kvalifiserte"));
        assertEquals(0, s.getInt("vaktbelastning.sokere.soknader"));
        assertNull(s.get("vaktbelastning.sokere.timerPerLege"));
        String side = given().auth().oauth2(Tokens.evaluator()).queryParam("utlysning", tom).when().get("/statistikk").then().statusCode(200)
                .extract().asString();
        assertTrue(side.contains("Ingen søknader er sendt i denne utlysningen ennå."), "tom tilstand");
        assertFalse(side.contains("role=\"img\""), "ingen tomme diagrammer");
        assertTrue(side.contains("<dt>Median tilskudd</dt><dd>–</dd>"), "ingen median");
    }

    private static String side(String sprak, long utlysning) {
        return given().auth().oauth2(Tokens.evaluator()).cookie("sprak", sprak).queryParam("utlysning", utlysning).when().get("/statistikk")
                .then().statusCode(200).extract().asString();
    }
}
