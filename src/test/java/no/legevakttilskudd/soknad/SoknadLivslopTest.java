package no.legevakttilskudd.soknad;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Pdfer;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SoknadLivslopTest {

    private static final String ROST = Tokens.ROST;

    @Test
    void utkastLagresEndresSendesOgGirKvittering() {
        long utlysning = Testdata.apenUtlysning();
        long id = Testdata.utkast(ROST, utlysning, Map.of("formal", "Første utkast"));

        given().auth().oauth2(Tokens.soker(ROST)).when().get("/api/soknader/" + id)
                .then().statusCode(200)
                .body("status", equalTo("UTKAST"))
                .body("legevaktKommuner", contains(ROST))
                .body("kommunenavn", equalTo("Røst"))
                .body("omsokt", equalTo(0));

        given().auth().oauth2(Tokens.soker(ROST)).contentType(ContentType.JSON).body(Testdata.fullstendigSoknad(ROST))
                .when().put("/api/soknader/" + id)
                .then().statusCode(200)
                .body("omsokt", equalTo(900_000))
                .body("tiltak[0].sum", equalTo(850_000));

        given().auth().oauth2(Tokens.soker(ROST)).when().post("/api/soknader/" + id + "/send")
                .then().statusCode(200)
                .body("status", equalTo("SENDT"))
                .body("referanse", matchesPattern(Testdata.referanse(utlysning) + "\\d{4}"))
                .body("omsokt", equalTo(900_000));

        // Before the deadline a sent application is corrected in place: it stays sent, and it must stay complete.
        given().auth().oauth2(Tokens.soker(ROST)).contentType(ContentType.JSON).body(Testdata.fullstendigSoknad(ROST))
                .when().put("/api/soknader/" + id)
                .then().statusCode(200).body("status", equalTo("SENDT"));
        Map<String, Object> uten = new java.util.HashMap<>(Testdata.fullstendigSoknad(ROST));
        uten.put("formal", "");
        given().auth().oauth2(Tokens.soker(ROST)).contentType(ContentType.JSON).body(uten)
                .when().put("/api/soknader/" + id)
                .then().statusCode(400).body("feil.felt", org.hamcrest.Matchers.hasItem("formal"));
        Testdata.forbiFristenForSoknaden(id);
        given().auth().oauth2(Tokens.soker(ROST)).contentType(ContentType.JSON).body(Testdata.fullstendigSoknad(ROST))
                .when().put("/api/soknader/" + id)
                .then().statusCode(409)
                .contentType("application/problem+json");

        given().auth().oauth2(Tokens.soker(ROST)).when().get("/api/soknader/" + id + "/historikk")
                .then().statusCode(200)
                .body("handling", contains("OPPRETTET", "ENDRET", "SENDT", "ENDRET"))
                .body("aktor", hasItem("soker-" + ROST));
    }

    @Test
    void referansenummerOkerPerUtlysning() {
        long utlysning = Testdata.apenUtlysning();
        String forste = send(Testdata.utkast(ROST, utlysning, Testdata.fullstendigSoknad(ROST)), ROST);
        String andre = send(Testdata.utkast(Tokens.VAROY, utlysning, Testdata.fullstendigSoknad(Tokens.VAROY)), Tokens.VAROY);
        assertEquals(Integer.parseInt(forste.substring(8)) + 1, Integer.parseInt(andre.substring(8)), forste + " → " + andre);
    }

    @Test
    void sendToGangerGirSammeKvitteringOgEnSoknad() throws Exception {
        long utlysning = Testdata.apenUtlysning();
        long id = Testdata.utkast(ROST, utlysning, Testdata.fullstendigSoknad(ROST));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> sendinger = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sendinger.add(() -> given().auth().oauth2(Tokens.soker(ROST)).when().post("/api/soknader/" + id + "/send")
                        .then().statusCode(200).extract().asString());
            }
            List<String> kvitteringer = new ArrayList<>();
            for (Future<String> svar : pool.invokeAll(sendinger)) {
                kvitteringer.add(svar.get());
            }
            assertEquals(1, kvitteringer.stream().distinct().count(), "alle kvitteringene skal være like: " + kvitteringer);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/utlysninger/" + utlysning + "/soknader")
                .then().statusCode(200)
                .body("totalt", equalTo(1))
                .body("elementer[0].referanse", matchesPattern(Testdata.referanse(utlysning) + "\\d{4}"));
    }

    @Test
    void sendValidererFullstendighetOgNevnerAlleFelt() {
        long utlysning = Testdata.apenUtlysning();
        long id = Testdata.utkast(ROST, utlysning, Map.of());
        given().auth().oauth2(Tokens.soker(ROST)).when().post("/api/soknader/" + id + "/send")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:legevakttilskudd:problem:valideringsfeil"))
                .body("feil.felt", contains("kontaktperson.navn", "kontaktperson.epost", "kontaktperson.telefon",
                        "vaktbelastning.antallLeger", "vaktbelastning.vaktdeling", "vaktbelastning.vaktdognPerLege",
                        "vaktbelastning.vaktform", "tiltak", "formal"));
        given().auth().oauth2(Tokens.soker(ROST)).when().get("/api/soknader/" + id)
                .then().body("status", equalTo("UTKAST")).body("referanse", nullValue());
    }

    @Test
    void trekkFraUtkastOgFraSendtMenIkkeToLevende() {
        long utlysning = Testdata.apenUtlysning();
        long forste = Testdata.utkast(ROST, utlysning, Testdata.fullstendigSoknad(ROST));

        given().auth().oauth2(Tokens.soker(ROST)).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/utlysninger/" + utlysning + "/soknader")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:legevakttilskudd:problem:soknad-finnes"))
                .body("detail", containsString("allerede en søknad"));

        given().auth().oauth2(Tokens.soker(ROST)).when().post("/api/soknader/" + forste + "/trekk")
                .then().statusCode(200).body("status", equalTo("TRUKKET")).body("trukket", not(nullValue()));

        long andre = Testdata.utkast(ROST, utlysning, Testdata.fullstendigSoknad(ROST));
        send(andre, ROST);
        given().auth().oauth2(Tokens.soker(ROST)).when().post("/api/soknader/" + andre + "/trekk")
                .then().statusCode(200).body("status", equalTo("TRUKKET"));

        given().auth().oauth2(Tokens.soker(ROST)).when().post("/api/soknader/" + andre + "/send")
                .then().statusCode(409).body("type", equalTo("urn:legevakttilskudd:problem:ugyldig-overgang"));
    }

    @Test
    void databasenTillaterBareEnLevendeSoknadPerKommuneOgUtlysning() throws Exception {
        long utlysning = Testdata.apenUtlysning();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> forsok = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                forsok.add(() -> given().auth().oauth2(Tokens.soker(ROST)).contentType(ContentType.JSON).body(Map.of())
                        .when().post("/api/utlysninger/" + utlysning + "/soknader").then().extract().statusCode());
            }
            List<Integer> statuser = new ArrayList<>();
            for (Future<Integer> svar : pool.invokeAll(forsok)) {
                statuser.add(svar.get());
            }
            assertEquals(1, statuser.stream().filter(s -> s == 201).count(), "statuser: " + statuser);
            assertEquals(3, statuser.stream().filter(s -> s == 409).count(), "statuser: " + statuser);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void etterFristenKanSoknadenVerkenSendesEllerEndres() {
        LocalDateTime naa = LocalDateTime.now(ZoneId.of("Europe/Oslo"));
        Map<String, Object> kall = Testdata.utlysning(naa.minusDays(10), naa.plusDays(10));
        long utlysning = Testdata.opprettUtlysning(kall);
        long id = Testdata.utkast(ROST, utlysning, Testdata.fullstendigSoknad(ROST));

        kall.put("soknadsfrist", "2026-01-15T12:00");
        kall.put("apner", "2026-01-01T00:00");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(kall)
                .when().put("/api/utlysninger/" + utlysning).then().statusCode(200);

        given().auth().oauth2(Tokens.soker(ROST)).when().post("/api/soknader/" + id + "/send")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:legevakttilskudd:problem:fristen-er-ute"))
                .body("detail", equalTo("Søknadsfristen gikk ut 15. januar 2026 kl. 12:00. Søknaden kan ikke lenger sendes eller endres."));
        given().auth().oauth2(Tokens.soker(ROST)).contentType(ContentType.JSON).body(Testdata.fullstendigSoknad(ROST))
                .when().put("/api/soknader/" + id)
                .then().statusCode(409).body("type", equalTo("urn:legevakttilskudd:problem:fristen-er-ute"));
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/utlysninger/" + utlysning + "/soknader")
                .then().statusCode(409).body("type", equalTo("urn:legevakttilskudd:problem:fristen-er-ute"));
    }

    @Test
    void utlysningSomIkkeHarApnetTarIkkeImotSoknader() {
        LocalDateTime naa = LocalDateTime.now(ZoneId.of("Europe/Oslo"));
        long utlysning = Testdata.opprettUtlysning(Testdata.utlysning(naa.plusDays(5), naa.plusDays(40)));
        given().auth().oauth2(Tokens.soker(ROST)).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/utlysninger/" + utlysning + "/soknader")
                .then().statusCode(409).body("type", equalTo("urn:legevakttilskudd:problem:utlysning-ikke-apen"));
    }

    @Test
    void enKommuneSerAldriEnAnnenKommunesSoknad() {
        long utlysning = Testdata.apenUtlysning();
        long rost = Testdata.utkast(ROST, utlysning, Testdata.fullstendigSoknad(ROST));
        String varoy = Tokens.soker(Tokens.VAROY);

        given().auth().oauth2(varoy).when().get("/api/soknader/" + rost).then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("Søknad " + rost + " finnes ikke."));
        given().auth().oauth2(varoy).contentType(ContentType.JSON).body(Testdata.fullstendigSoknad(Tokens.VAROY))
                .when().put("/api/soknader/" + rost).then().statusCode(404);
        given().auth().oauth2(varoy).when().post("/api/soknader/" + rost + "/send").then().statusCode(404);
        given().auth().oauth2(varoy).when().post("/api/soknader/" + rost + "/trekk").then().statusCode(404);
        given().auth().oauth2(varoy).when().get("/api/soknader/" + rost + "/historikk").then().statusCode(404);
        given().auth().oauth2(varoy).multiPart("fil", "a.pdf", Pdfer.gyldig(), "application/pdf")
                .when().post("/api/soknader/" + rost + "/vedlegg").then().statusCode(404);
        given().auth().oauth2(varoy).when().get("/api/soknader").then().statusCode(200)
                .body("id", not(hasItem((int) rost)));

        given().auth().oauth2(Tokens.soker(ROST)).when().get("/api/soknader/" + rost)
                .then().statusCode(200).body("status", equalTo("UTKAST"));
    }

    @Test
    void sokerUtenKommunenummerFarTydelig403() {
        long utlysning = Testdata.apenUtlysning();
        given().auth().oauth2(Tokens.sokerUtenKommune()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/utlysninger/" + utlysning + "/soknader")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("ikke knyttet til en kommune"));
    }

    @Test
    void rollerSomIkkeErSokerKanIkkeOppretteSoknad() {
        long utlysning = Testdata.apenUtlysning();
        for (String token : List.of(Tokens.saksbehandler(), Tokens.evaluator(), Tokens.admin())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of())
                    .when().post("/api/utlysninger/" + utlysning + "/soknader")
                    .then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/utlysninger/" + utlysning + "/soknader")
                .then().statusCode(401);
    }

    @Test
    void saksbehandlerSerSendteMenIkkeUtkastOgKanFiltrere() {
        long utlysning = Testdata.apenUtlysning();
        send(Testdata.utkast(ROST, utlysning, Testdata.fullstendigSoknad(ROST)), ROST);
        Testdata.utkast(Tokens.VAROY, utlysning, Testdata.fullstendigSoknad(Tokens.VAROY));
        long saltdal = Testdata.utkast(Tokens.SALTDAL, utlysning, Testdata.fullstendigSoknad(Tokens.SALTDAL));
        send(saltdal, Tokens.SALTDAL);
        given().auth().oauth2(Tokens.soker(Tokens.SALTDAL)).when().post("/api/soknader/" + saltdal + "/trekk").then().statusCode(200);

        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/utlysninger/" + utlysning + "/soknader")
                .then().statusCode(200).body("totalt", equalTo(2)).body("elementer.kommunenummer", contains(ROST, Tokens.SALTDAL));
        given().auth().oauth2(Tokens.godkjenner()).queryParam("status", "SENDT")
                .when().get("/api/utlysninger/" + utlysning + "/soknader")
                .then().statusCode(200).body("totalt", equalTo(1)).body("elementer[0].fylkesnavn", equalTo("Nordland"));
        given().auth().oauth2(Tokens.admin()).queryParam("fylke", "03")
                .when().get("/api/utlysninger/" + utlysning + "/soknader")
                .then().statusCode(200).body("totalt", equalTo(0));
        given().auth().oauth2(Tokens.saksbehandler()).queryParam("storrelse", 1).queryParam("side", 2)
                .when().get("/api/utlysninger/" + utlysning + "/soknader")
                .then().statusCode(200).body("elementer.kommunenummer", contains(Tokens.SALTDAL));
        given().auth().oauth2(Tokens.saksbehandler()).queryParam("status", "UTKAST")
                .when().get("/api/utlysninger/" + utlysning + "/soknader")
                .then().statusCode(400).body("feil[0].felt", equalTo("status"));
        given().auth().oauth2(Tokens.saksbehandler()).queryParam("status", "FINNES_IKKE")
                .when().get("/api/utlysninger/" + utlysning + "/soknader")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.evaluator()).when().get("/api/utlysninger/" + utlysning + "/soknader").then().statusCode(403);
        given().auth().oauth2(Tokens.soker(ROST)).when().get("/api/utlysninger/" + utlysning + "/soknader").then().statusCode(403);
    }

    private static String send(long id, String kommunenummer) {
        return given().auth().oauth2(Tokens.soker(kommunenummer)).when().post("/api/soknader/" + id + "/send")
                .then().statusCode(200).extract().jsonPath().getString("referanse");
    }
}
