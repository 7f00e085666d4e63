package no.legevakttilskudd.vedtak.tilbakebetaling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import no.legevakttilskudd.Saksgang;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/**
 * Repayment: the unused amount of an approved report claimed back, a claim for misuse with reasons, payments in, a claim
 * past due set off against a later payment to the same kommune; the refusals, the letter, the mail and the audit entries.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class TilbakebetalingTest {

    @Inject
    DataSource dataSource;

    @AfterEach
    void klokka() {
        Testdata.klokkaTilbake();
    }

    private static RequestSpecification json(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Rost's award of 900 000, accepted and paid in full. */
    private static long utbetalt(String kommune) {
        long vedtak = Saksgang.avgjort(kommune).vedtak();
        Saksgang.aksepter(kommune, vedtak);
        Saksgang.utbetal(vedtak, 900_000);
        return vedtak;
    }

    private static Map<String, Object> krav(String grunn, Long belop, String forfall, String begrunnelse) {
        Map<String, Object> krav = new HashMap<>();
        krav.put("grunn", grunn);
        krav.put("belop", belop);
        krav.put("forfall", forfall);
        krav.put("begrunnelse", begrunnelse);
        return krav;
    }

    @Test
    void detUbrukteKrevesTilbakeOgBetales() throws SQLException {
        long vedtak = utbetalt(Tokens.ROST);
        String krav = "/api/vedtak/" + vedtak + "/tilbakebetalingskrav";
        String om30 = Testdata.idag().plusDays(30).toString();
        // Unused money is claimed from an approved report only.
        json(Tokens.saksbehandler()).body(krav("UBRUKT", null, om30, null)).when().post(krav).then().statusCode(409)
                .body("type", endsWith("ingen-ubrukte-midler"));
        json(Tokens.soker(Tokens.ROST)).body(Map.of("tiltak", List.of(Map.of("gjort", "Vikarlege.", "brukt", 800_000),
                Map.of("gjort", "Defibrillator.", "brukt", 50_000)))).when().put("/api/vedtak/" + vedtak + "/rapport").then().statusCode(200);
        json(Tokens.saksbehandler()).body(Map.of("godkjent", true)).when().post("/api/vedtak/" + vedtak + "/rapport/behandling").then()
                .statusCode(200);

        // Refusals: the kommune cannot claim; every field error at once; not more than unused; due date ahead.
        json(Tokens.soker(Tokens.ROST)).body(krav("UBRUKT", null, om30, null)).when().post(krav).then().statusCode(403);
        json(Tokens.saksbehandler()).body(Map.of()).when().post(krav).then().statusCode(400)
                .body("feil.felt", hasItems("grunn", "belop", "forfall"));
        json(Tokens.saksbehandler()).body(krav("UBRUKT", 60_000L, om30, null)).when().post(krav).then().statusCode(400)
                .body("feil.melding", hasItem(containsString("50 000 kr ubrukt")));
        json(Tokens.saksbehandler()).body(krav("UBRUKT", null, Testdata.idag().toString(), null)).when().post(krav).then()
                .statusCode(400).body("feil.felt", hasItem("forfall"));
        json(Tokens.saksbehandler()).body(krav("MISBRUK", 10_000L, om30, null)).when().post(krav).then().statusCode(400)
                .body("feil.felt", hasItem("begrunnelse"));
        json(Tokens.saksbehandler()).body(krav("MISBRUK", 950_000L, om30, "Kjøpt båt.")).when().post(krav).then().statusCode(400)
                .body("feil.melding", hasItem(containsString("900 000 kr")));

        // A caseworker who has declared themselves disqualified is refused, by the service and by the database.
        long soknadId = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + vedtak).then().extract().jsonPath()
                .getLong("soknadId");
        String inhabil = Tokens.token("saksbehandler3", List.of("saksbehandler"), null);
        json(inhabil).body(Map.of("begrunnelse", "Gift med ordføreren.")).when().post("/api/soknader/" + soknadId + "/habilitet").then()
                .statusCode(201);
        json(inhabil).body(krav("UBRUKT", null, om30, null)).when().post(krav).then().statusCode(403).body("type", endsWith("inhabil"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate("insert into tilbakebetalingskrav (vedtak_id, soknad_id, "
                    + "grunn, belop, forfall, opprettet, opprettet_av, opprettet_av_sub) values (" + vedtak + ", " + soknadId
                    + ", 'UBRUKT', 1, current_date + 30, now(), 'saksbehandler3', 'saksbehandler3')"));
            assertEquals("LV403", e.getSQLState());
        }

        long id = json(Tokens.saksbehandler()).body(krav("UBRUKT", null, om30, null)).when().post(krav).then().statusCode(201)
                .body("belop", equalTo(50_000)).body("status", equalTo("APENT")).body("gjenstar", equalTo(50_000))
                .extract().jsonPath().getLong("id");
        // The kommune sees it, from the directorate; another kommune and the evaluator do not.
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get(krav).then().statusCode(200)
                .body("[0].opprettetAv", equalTo("Helsedirektoratet")).body("[0].grunn", equalTo("UBRUKT"));
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get(krav).then().statusCode(404);
        given().auth().oauth2(Tokens.evaluator()).when().get(krav).then().statusCode(403);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get(krav + "/" + id + "/brev.pdf").then().statusCode(200)
                .contentType("application/pdf");

        // Payments in: never more than is left, never in the future; a claim not yet due cannot be set off.
        json(Tokens.saksbehandler()).body(Map.of("belop", 60_000, "dato", Testdata.idag().toString())).when()
                .post(krav + "/" + id + "/innbetalinger").then().statusCode(400).body("feil.felt", hasItem("belop"));
        json(Tokens.saksbehandler()).body(Map.of("belop", 20_000, "dato", Testdata.idag().plusDays(1).toString())).when()
                .post(krav + "/" + id + "/innbetalinger").then().statusCode(400).body("feil.felt", hasItem("dato"));
        json(Tokens.saksbehandler()).body(Map.of("belop", 20_000, "dato", Testdata.idag().toString())).when()
                .post(krav + "/" + id + "/innbetalinger").then().statusCode(200).body("betalt", equalTo(20_000))
                .body("gjenstar", equalTo(30_000)).body("linjer[0].kilde", equalTo("INNBETALING"));
        json(Tokens.saksbehandler()).body(Map.of("utbetalingId", 1)).when().post(krav + "/" + id + "/motregning").then().statusCode(409)
                .body("type", endsWith("ikke-forfalt"));
        json(Tokens.saksbehandler()).body(Map.of("belop", 30_000, "dato", Testdata.idag().toString())).when()
                .post(krav + "/" + id + "/innbetalinger").then().statusCode(200).body("status", equalTo("BETALT"));
        json(Tokens.saksbehandler()).body(Map.of("belop", 1, "dato", Testdata.idag().toString())).when()
                .post(krav + "/" + id + "/innbetalinger").then().statusCode(409).body("type", endsWith("krav-betalt"));

        long soknad = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + vedtak).then().extract().jsonPath()
                .getLong("soknadId");
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/soknader/" + soknad + "/historikk").then().statusCode(200)
                .body("handling", hasItems("TILBAKEBETALING_KREVD", "TILBAKEBETALING_INNBETALT"));
        assertEquals(1, antall("select count(*) from epost_utboks where entitet = 'VEDTAK' and entitet_id = ?::text "
                + "and grunn = 'TILBAKEBETALING_KREVD' and tekst like '%50 000 kr%'", vedtak));

        // The statistics and the export show awarded, paid, repaid and net for the call.
        long utlysning = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + vedtak).then().extract().jsonPath()
                .getLong("utlysningId");
        given().auth().oauth2(Tokens.admin()).queryParam("utlysning", utlysning).when().get("/api/statistikk").then().statusCode(200)
                .body("nokkeltall.tildelt", equalTo(900_000)).body("nokkeltall.utbetalt", equalTo(900_000))
                .body("nokkeltall.tilbakebetalt", equalTo(50_000)).body("nokkeltall.netto", equalTo(850_000));
        given().auth().oauth2(Tokens.admin()).queryParam("utlysning", utlysning).when().get("/api/statistikk/eksport/tildelinger.json").then()
                .statusCode(200).body("[0].utbetalt", equalTo(900_000)).body("[0].tilbakebetalt", equalTo(50_000))
                .body("[0].netto", equalTo(850_000));
    }

    @Test
    void etForfaltKravMotregnesIEnSenereUtbetaling() {
        long forste = utbetalt(Tokens.VAROY);
        String krav = "/api/vedtak/" + forste + "/tilbakebetalingskrav";
        long id = json(Tokens.saksbehandler()).body(krav("IKKE_GJENNOMFORT", 100_000L, Testdata.idag().plusDays(1).toString(),
                "Bakvaktordningen ble ikke startet.")).when().post(krav).then().statusCode(201).extract().jsonPath().getLong("id");
        // A later award to the same kommune, in another round.
        long andre = Saksgang.avgjort(Tokens.VAROY).vedtak();
        Saksgang.aksepter(Tokens.VAROY, andre);

        Testdata.klokkaTil(Testdata.naa().plus(Duration.ofDays(3)));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/oppfolging/tilbakebetalinger").then().statusCode(200)
                .body("kravId", hasItem((int) id));
        json(Tokens.saksbehandler()).body(Map.of("belop", 400_000, "dato", Testdata.idag().toString())).when()
                .post("/api/vedtak/" + andre + "/utbetalinger").then().statusCode(201);
        long utbetaling = given().auth().oauth2(Tokens.saksbehandler()).when().get(krav + "/" + id + "/motregningsvalg").then()
                .statusCode(200).body("[0].vedtakId", equalTo((int) andre)).body("[0].ledig", equalTo(400_000))
                .extract().jsonPath().getLong("[0].utbetalingId");
        // Not more than the claim has left; then as much as it has left.
        json(Tokens.saksbehandler()).body(Map.of("utbetalingId", utbetaling, "belop", 150_000)).when().post(krav + "/" + id + "/motregning")
                .then().statusCode(400).body("feil.felt", hasItem("belop"));
        json(Tokens.saksbehandler()).body(Map.of("utbetalingId", 999_999_999)).when().post(krav + "/" + id + "/motregning").then()
                .statusCode(400).body("feil.felt", hasItem("utbetalingId"));
        json(Tokens.saksbehandler()).body(Map.of("utbetalingId", utbetaling)).when().post(krav + "/" + id + "/motregning").then()
                .statusCode(200).body("status", equalTo("BETALT")).body("linjer[0].kilde", equalTo("MOTREGNING"))
                .body("linjer[0].utbetalingId", equalTo((int) utbetaling)).body("linjer[0].belop", equalTo(100_000));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(krav + "/" + id + "/motregningsvalg").then().statusCode(200);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/oppfolging/tilbakebetalinger").then().statusCode(200)
                .body("kravId", org.hamcrest.Matchers.not(hasItem((int) id)));
        long soknad = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + andre).then().extract().jsonPath()
                .getLong("soknadId");
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknad + "/historikk").then().statusCode(200)
                .body("handling", hasItem("TILBAKEBETALING_MOTREGNET"));
    }

    private long antall(String sql, long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
