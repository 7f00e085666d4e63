package no.legevakttilskudd.utlysning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class UtlysningResourceTest {

    @Inject
    DataSource dataSource;

    @Test
    void runden2022MedStandardparametreOgNorskTid() {
        Map<String, Object> kall = Testdata.utlysning(LocalDateTime.parse("2022-03-01T00:00"), LocalDateTime.parse("2022-05-18T23:59"));
        kall.put("aar", 2022);
        kall.remove("parametre");
        long id = Testdata.opprettUtlysning(kall);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/utlysninger/" + id)
                .then().statusCode(200)
                .body("soknadsfrist", equalTo("2022-05-18T23:59:00+02:00"))
                .body("soknadsfristTekst", equalTo("18. mai 2022 kl. 23:59"))
                .body("apner", equalTo("2022-03-01T00:00:00+01:00"))
                .body("rapportfrist", equalTo("2023-04-01"))
                .body("status", equalTo("CLOSED"))
                .body("parametre.sentralitetsklasser", contains(6))
                .body("parametre.folketallsgrense", equalTo(5000))
                .body("parametre.tak", equalTo(1_500_000))
                .body("parametre.minstebelop", equalTo(0))
                .body("parametre.marginal", equalTo("PARTIAL"));
    }

    @Test
    void rapportfristenMaVaereEnDatoEtterSoknadsfristen() {
        Map<String, Object> kall = Testdata.utlysning(LocalDateTime.parse("2030-03-01T00:00"), LocalDateTime.parse("2030-05-18T23:59"));
        Map<String, String> ugyldige = Map.of(
                "2030-05-18", "Rapportfristen må være etter søknadsfristen (18. mai 2030).",
                "2030-01-01", "Rapportfristen må være etter søknadsfristen (18. mai 2030).",
                "1. april 2031", "Verdien har feil type; forventet en dato som 2023-04-01.",
                "2031-02-30", "Verdien har feil type; forventet en dato som 2023-04-01.",
                "01.04.2031", "Verdien har feil type; forventet en dato som 2023-04-01.");
        ugyldige.forEach((verdi, melding) -> {
            kall.put("rapportfrist", verdi);
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(kall)
                    .when().post("/api/utlysninger")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("feil.felt", contains("rapportfrist"))
                    .body("feil[0].melding", equalTo(melding));
        });
        // Left out, it is 1 April the year after the call's year, which must then also come after the deadline.
        kall.remove("rapportfrist");
        kall.put("aar", 2029);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(kall)
                .when().post("/api/utlysninger")
                .then().statusCode(400).body("feil.felt", contains("rapportfrist"))
                .body("feil[0].melding", containsString("Uten oppgitt rapportfrist blir den 1. april 2030"));
        kall.put("aar", 2030);
        long id = Testdata.opprettUtlysning(kall);
        given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/" + id).then().body("rapportfrist", equalTo("2031-04-01"));
    }

    @Test
    void endretRapportfristStarIHendelsesloggen() throws Exception {
        Map<String, Object> kall = Testdata.utlysning(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(20));
        // Two years ahead: after the deadline whatever day the test runs.
        String forste = (LocalDate.now().getYear() + 2) + "-06-15";
        String andre = (LocalDate.now().getYear() + 2) + "-09-01";
        kall.put("rapportfrist", forste);
        long id = Testdata.opprettUtlysning(kall);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/utlysninger/" + id).then().body("rapportfrist", equalTo(forste));
        kall.put("rapportfrist", andre);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(kall).when().put("/api/utlysninger/" + id)
                .then().statusCode(200).body("rapportfrist", equalTo(andre));
        kall.put("tittel", "Ny tittel, samme rapportfrist");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(kall).when().put("/api/utlysninger/" + id)
                .then().statusCode(200);
        List<String> hendelser = new ArrayList<>();
        try (var tilkobling = dataSource.getConnection(); var setning = tilkobling.prepareStatement("select handling, aktor, for_verdi, "
                + "etter_verdi from hendelse where entitet = 'UTLYSNING' and entitet_id = ? order by id")) {
            setning.setString(1, String.valueOf(id));
            try (var rader = setning.executeQuery()) {
                while (rader.next()) {
                    hendelser.add(rader.getString(1) + "|" + rader.getString(2) + "|" + rader.getString(3) + "|" + rader.getString(4));
                }
            }
        }
        assertEquals(4, hendelser.size(), hendelser.toString());
        assertTrue(hendelser.get(0).startsWith("OPPRETTET|admin|null|" + kall.get("aar") + " «Testutlysning»"), hendelser.get(0));
        int aar = LocalDate.now().getYear() + 2;
        assertTrue(hendelser.get(0).contains("rapportfrist 15. juni " + aar), hendelser.get(0));
        assertTrue(hendelser.get(1).startsWith("ENDRET|admin|"), hendelser.get(1));
        assertEquals("RAPPORTFRIST_ENDRET|admin|15. juni " + aar + "|1. september " + aar, hendelser.get(2));
        assertTrue(hendelser.get(3).startsWith("ENDRET|admin|"), "en endring uten ny frist gir ingen egen rad: " + hendelser);
    }

    @Test
    void rammenEndresMedBegrunnelseOgHistorikkBeholdes() {
        long id = Testdata.apenUtlysning();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("ramme", 62_000_000, "begrunnelse", "Økt med 12 mill. kr i desember."))
                .when().post("/api/utlysninger/" + id + "/ramme")
                .then().statusCode(200).body("fraBelop", equalTo(50_000_000)).body("tilBelop", equalTo(62_000_000))
                .body("endretAv", equalTo("admin"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/utlysninger/" + id + "/rammehistorikk")
                .then().statusCode(200)
                .body("tilBelop", contains(50_000_000, 62_000_000))
                .body("begrunnelse[1]", equalTo("Økt med 12 mill. kr i desember."));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/utlysninger/" + id)
                .then().body("ramme", equalTo(62_000_000));
    }

    @Test
    void rammeendringUtenBegrunnelseAvvises() {
        long id = Testdata.apenUtlysning();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("ramme", 62_000_000))
                .when().post("/api/utlysninger/" + id + "/ramme")
                .then().statusCode(400).body("feil[0].felt", equalTo("begrunnelse"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("ramme", -1, "begrunnelse", "feil"))
                .when().post("/api/utlysninger/" + id + "/ramme")
                .then().statusCode(400).body("feil[0].felt", equalTo("ramme"));
        given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/" + id).then().body("ramme", equalTo(50_000_000));
    }

    @Test
    void rammenKanIkkeEndresGjennomVanligRedigering() {
        LocalDateTime naa = LocalDateTime.now();
        Map<String, Object> kall = Testdata.utlysning(naa.minusDays(1), naa.plusDays(20));
        long id = Testdata.opprettUtlysning(kall);
        kall.put("ramme", 70_000_000);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(kall)
                .when().put("/api/utlysninger/" + id)
                .then().statusCode(400).body("feil[0].felt", equalTo("ramme"));
    }

    @Test
    void ugyldigUtlysningNevnerAlleFelt() {
        Map<String, Object> kall = Map.of("aar", 1999, "apner", "2022-05-18T00:00", "soknadsfrist", "2022-03-01T00:00",
                "parametre", Map.of("sentralitetsklasser", List.of(7), "minstebelop", 2_000_000, "folketallsgrense", 0),
                "klageadgang", true);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(kall)
                .when().post("/api/utlysninger")
                .then().statusCode(400)
                .body("feil.felt", contains("aar", "tittel", "soknadsfrist", "ramme", "parametre.sentralitetsklasser",
                        "parametre.folketallsgrense", "parametre.minstebelop", "klageTekst"));
    }

    @Test
    void ukjentMarginalregelEr400() {
        Map<String, Object> kall = Testdata.utlysning(LocalDateTime.now(), LocalDateTime.now().plusDays(3));
        kall.put("parametre", Map.of("marginal", "KANSKJE"));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(kall)
                .when().post("/api/utlysninger")
                .then().statusCode(400).body("feil[0].felt", equalTo("parametre.marginal"))
                .body("feil[0].melding", containsString("PARTIAL, SKIP, STOP"));
    }

    @Test
    void upublisertUtlysningErSkjultForSokerOgEvaluator() {
        Map<String, Object> kall = Testdata.utlysning(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(3));
        kall.put("publisert", false);
        long id = Testdata.opprettUtlysning(kall);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/utlysninger/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.evaluator()).when().get("/api/utlysninger").then().statusCode(200)
                .body("id", not(hasItem((int) id)));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/utlysninger/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/utlysninger/" + id + "/soknader").then().statusCode(404);
    }

    @Test
    void bareAdminKanOppretteOgEndre() {
        Map<String, Object> kall = Testdata.utlysning(LocalDateTime.now(), LocalDateTime.now().plusDays(3));
        for (String token : List.of(Tokens.soker(Tokens.ROST), Tokens.saksbehandler(), Tokens.godkjenner(), Tokens.evaluator())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(kall).when().post("/api/utlysninger").then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("ramme", 1, "begrunnelse", "x"))
                    .when().post("/api/utlysninger/1/ramme").then().statusCode(403);
        }
    }

    @Test
    void ukjentUtlysningEr404() {
        given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/987654")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Utlysning 987654 finnes ikke."));
    }
}
