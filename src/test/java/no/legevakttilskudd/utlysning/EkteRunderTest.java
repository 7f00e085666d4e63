package no.legevakttilskudd.utlysning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/**
 * The real rounds shipped as data, and a round shaped like 2023: a re-announcement of what the first call left, which
 * funds no equipment, shares its frame with the first call, and strikes an equipment line by the rules.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class EkteRunderTest {

    private static final ZoneId NORGE = ZoneId.of("Europe/Oslo");
    private static final List<String> UTEN_UTSTYR = List.of("REKRUTTERING", "KOMPETANSE", "LEGEVAKTBIL", "DIGITALE_VERKTOY", "ANNET");

    @AfterEach
    void klokkaTilbake() {
        Testdata.klokkaTilbake();
    }

    @Test
    void deEkteRundeneErLagtInnMedParametreneDeHadde() {
        JsonPath alle = given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger").then().statusCode(200).extract().jsonPath();
        Map<String, Object> r2022 = runde(alle, "2022");
        Map<String, Object> r2023 = runde(alle, "2023");
        Map<String, Object> gjen = runde(alle, "2023-gjenutlysning");
        Map<String, Object> r2024 = runde(alle, "2024");

        sjekk(r2022, 2022, List.of(6), 62_000_000, 1_500_000, "2022-05-18T23:59", List.of());
        sjekk(r2023, 2023, List.of(5, 6), 50_000_000, 1_000_000, "2023-05-25T23:59", List.of());
        sjekk(gjen, 2023, List.of(5, 6), 50_000_000, 1_000_000, "2023-09-30T23:59", UTEN_UTSTYR);
        sjekk(r2024, 2024, List.of(5, 6), 70_000_000, 1_500_000, "2024-03-08T23:59", List.of());
        assertEquals(((Number) r2023.get("id")).longValue(), ((Number) gjen.get("gjenutlysningAv")).longValue());
        assertEquals(157, r2024.get("kvalifisertePublisert"));
        for (Map<String, Object> r : List.of(r2022, r2023, gjen, r2024)) {
            assertEquals(true, r.get("publisert"));
            assertTrue(((String) r.get("kilde")).contains("Helsedirektoratet"), r.toString());
            assertEquals(5_000, ((Map<?, ?>) r.get("parametre")).get("folketallsgrense"));
            assertEquals(r.get("aar"), ((Map<?, ?>) r.get("parametre")).get("folketallAar"), "folketallet 1. januar i rundens år");
        }

        // 2022's frame: 50 mill, raised to 62 mill with a reason.
        given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/" + r2022.get("id") + "/rammehistorikk").then().statusCode(200)
                .body("tilBelop", equalTo(List.of(50_000_000, 62_000_000)))
                .body("[1].begrunnelse", containsString("desember 2022"));
        // The admin sees the round: the frame it can use, the re-announcement, and the eligible count beside the published one.
        given().auth().oauth2(Tokens.admin()).when().get("/admin/utlysninger/" + r2024.get("id")).then().statusCode(200)
                .body(containsString("Direktoratet oppga 157."))
                .body(containsString("kommuner kvalifiserer etter reglene og registeret"));
        given().auth().oauth2(Tokens.admin()).when().get("/admin/utlysninger/" + r2023.get("id")).then().statusCode(200)
                .body(containsString("Resten er lyst ut på nytt i"))
                .body(containsString("Gir tilskudd til alle tiltakskategorier."));
        given().auth().oauth2(Tokens.admin()).when().get("/admin/utlysninger/" + gjen.get("id")).then().statusCode(200)
                .body(containsString("Lyser ut resten av"))
                .body(containsString("Gir tilskudd til: Rekruttering, Kompetanse, Legevaktbil, Digitale verktøy, Annet."));
    }

    @Test
    void enRunde2023MedGjenutlysningStrykerUtstyrOgDelerRammen() {
        LocalDateTime naa = LocalDateTime.now(NORGE).withSecond(0).withNano(0);
        Map<String, Object> forste = Testdata.utlysning(naa.minusDays(1), naa.plusDays(9));
        forste.put("ramme", 2_000_000);
        forste.put("parametre", Map.of("sentralitetsklasser", List.of(5, 6), "tak", 1_000_000));
        long utlysning = Testdata.opprettUtlysning(forste);
        long rost = Testdata.sendtSoknad(Tokens.ROST, utlysning);
        long loppa = Testdata.sendtSoknad("5614", utlysning);

        // Before the deadline the remainder is not known: no re-announcement yet.
        Map<String, Object> gjen = gjenutlysning(utlysning, naa.plusDays(9), naa.plusDays(30));
        opprett(gjen).statusCode(400).body("feil.felt", hasItem("gjenutlysningAv"));

        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/mine-soknader/" + rost + "/steg/3").then().statusCode(200)
                .body(not(containsString("id=\"kategorier-utenfor\"")));
        Testdata.forbiFristen(utlysning);
        long vedtakRost = foreslaOgGodkjenn(rost, 900_000);
        given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/vedtak/" + vedtakRost + "/send").then().statusCode(200);

        // The re-announcement's frame is what the first call left; it cannot be given, and a call is re-announced once.
        Map<String, Object> medRamme = new HashMap<>(gjen);
        medRamme.put("ramme", 5_000_000);
        opprett(medRamme).statusCode(400).body("feil.felt", hasItem("ramme"));
        Map<String, Object> ukjent = new HashMap<>(gjen);
        ukjent.put("gjenutlysningAv", 999_999_999);
        opprett(ukjent).statusCode(400).body("feil.felt", hasItem("gjenutlysningAv"));
        long gjenutlysning = opprett(gjen).statusCode(201).body("ramme", equalTo(1_100_000))
                .body("gjenutlysningAv", equalTo((int) utlysning)).body("parametre.kategorier", equalTo(UTEN_UTSTYR))
                .extract().jsonPath().getLong("id");
        opprett(gjen).statusCode(400).body("feil.felt", hasItem("gjenutlysningAv"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("ramme", 3_000_000, "begrunnelse", "Mer."))
                .when().post("/api/utlysninger/" + gjenutlysning + "/ramme").then().statusCode(409)
                .body("type", containsString("gjenutlysning-ramme"));

        // Værøy asks 850 000 for recruitment and 50 000 for equipment: the form tells it, and the rules strike the equipment.
        long utkast = Testdata.utkast(Tokens.VAROY, gjenutlysning, Testdata.fullstendigSoknad(Tokens.VAROY));
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get("/mine-soknader/" + utkast + "/steg/3").then().statusCode(200)
                .body(containsString("id=\"kategorier-utenfor\"")).body(containsString("Utstyr."));
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().post("/api/soknader/" + utkast + "/send").then().statusCode(200);
        long varoy = utkast;
        JsonPath forslag = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/utlysninger/" + gjenutlysning + "/tildeling")
                .then().statusCode(200).body("ramme", equalTo(1_100_000)).body("parametre.gjenutlysningAv", equalTo((int) utlysning))
                .extract().jsonPath();
        assertEquals(850_000, forslag.getInt("tildelinger.find { it.soknadId == " + varoy + " }.tildelt"));
        assertEquals(List.of("Søkt 50 000 kr til utstyr, som utlysningen ikke gir tilskudd til; det er strøket."),
                forslag.getList("tildelinger.find { it.soknadId == " + varoy + " }.arsaker.findAll { it.kode == 'KATEGORI_UTENFOR' }.tekst"));
        // The page says it in the page's language too.
        given().auth().oauth2(Tokens.saksbehandler()).cookie("sprak", "en").when()
                .get("/saksbehandling/utlysninger/" + gjenutlysning + "/tildeling").then().statusCode(200)
                .body(containsString("Applied for 50 000 kr for equipment, which the call does not fund; it is struck."));

        // The decision carries the strike in its basis, so it can be re-checked later.
        Testdata.forbiFristen(gjenutlysning);
        long vedtakVaroy = foreslaOgGodkjenn(varoy, 850_000);
        given().auth().oauth2(Tokens.godkjenner()).when().get("/api/vedtak/" + vedtakVaroy).then().statusCode(200)
                .body("grunnlag.grunnlag.parametre.kategorier", containsInAnyOrder(UTEN_UTSTYR.toArray()))
                .body("grunnlag.resultat.arsaker.kode", hasItem("KATEGORI_UTENFOR"))
                .body("grunnlag.resultat.beregnet", equalTo(850_000));
        given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/vedtak/" + vedtakVaroy + "/send").then().statusCode(200);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + vedtakVaroy + "/kontroll").then().statusCode(200)
                .body("uendret", equalTo(true));

        // One pot: the first call can now use 2 000 000 less the 850 000 the re-announcement binds; 900 000 is bound there.
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/utlysninger/" + utlysning + "/tildeling").then().statusCode(200)
                .body("ramme", equalTo(1_150_000));
        long forMye = foresla(loppa, 300_000);
        given().auth().oauth2(Tokens.token("godkjenner3", List.of("godkjenner"), null)).when().post("/api/vedtak/" + forMye + "/godkjenn")
                .then().statusCode(409).body("type", containsString("rammen-er-brukt"));
        // The frame of the first call cannot go below what both bind.
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("ramme", 1_700_000, "begrunnelse", "Kutt."))
                .when().post("/api/utlysninger/" + utlysning + "/ramme").then().statusCode(409).body("type", containsString("ramme-under-vedtak"));
        // The statistics show each call's frame in use, and the pot once across calls.
        given().auth().oauth2(Tokens.saksbehandler()).queryParam("utlysning", gjenutlysning).when().get("/api/statistikk").then()
                .statusCode(200).body("nokkeltall.ramme", equalTo(1_100_000));
        given().auth().oauth2(Tokens.saksbehandler()).queryParam("utlysning", utlysning).when().get("/api/statistikk").then()
                .statusCode(200).body("nokkeltall.ramme", equalTo(1_150_000));
        // The admin's page shows the frame the first call can use now, and links the two.
        given().auth().oauth2(Tokens.admin()).when().get("/admin/utlysninger/" + utlysning).then().statusCode(200)
                .body(containsString("Rammen er 1 150 000 kr.")).body(containsString("/admin/utlysninger/" + gjenutlysning));
    }

    private static Map<String, Object> runde(JsonPath alle, String runde) {
        List<Map<String, Object>> funnet = alle.getList("findAll { it.runde == '" + runde + "' }");
        assertEquals(1, funnet.size(), "runde " + runde);
        return funnet.get(0);
    }

    private static void sjekk(Map<String, Object> r, int aar, List<Integer> klasser, int ramme, int tak, String frist, List<String> kategorier) {
        Map<?, ?> p = (Map<?, ?>) r.get("parametre");
        assertEquals(aar, r.get("aar"));
        assertEquals(klasser, p.get("sentralitetsklasser"));
        assertEquals(ramme, r.get("ramme"), r.toString());
        assertEquals(tak, p.get("tak"));
        assertEquals(kategorier, p.get("kategorier"));
        assertEquals(LocalDateTime.parse(frist), OffsetDateTime.parse((String) r.get("soknadsfrist")).atZoneSameInstant(NORGE).toLocalDateTime());
    }

    private static Map<String, Object> gjenutlysning(long forste, LocalDateTime apner, LocalDateTime frist) {
        Map<String, Object> gjen = Testdata.utlysning(apner, frist);
        gjen.remove("ramme");
        gjen.put("tittel", "Ny utlysning av restmidler");
        gjen.put("gjenutlysningAv", forste);
        gjen.put("parametre", Map.of("sentralitetsklasser", List.of(5, 6), "tak", 1_000_000, "kategorier", UTEN_UTSTYR));
        return gjen;
    }

    private static io.restassured.response.ValidatableResponse opprett(Map<String, Object> utlysning) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(utlysning).when().post("/api/utlysninger").then();
    }

    private static long foresla(long soknad, int belop) {
        return given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", "INNVILGET", "belop", belop, "begrunnelse", "Kvalifisert."))
                .when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long foreslaOgGodkjenn(long soknad, int belop) {
        long vedtak = foresla(soknad, belop);
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(200);
        return vedtak;
    }
}
