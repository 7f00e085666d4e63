package no.legevakttilskudd.utlysning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

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
                .body("status", equalTo("CLOSED"))
                .body("parametre.sentralitetsklasser", contains(6))
                .body("parametre.folketallsgrense", equalTo(5000))
                .body("parametre.tak", equalTo(1_500_000))
                .body("parametre.minstebelop", equalTo(0))
                .body("parametre.marginal", equalTo("PARTIAL"));
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
