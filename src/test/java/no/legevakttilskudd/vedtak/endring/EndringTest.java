package no.legevakttilskudd.vedtak.endring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import no.legevakttilskudd.Saksgang;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.Roller;

/**
 * Changes after the award: a later report deadline the report then follows, and money moved between measures, with four
 * eyes when a category gets more; the refusals (wrong role, wrong kommune, not accepted, above the award, disqualified,
 * one open at a time), the letter, the mail and the audit entries.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class EndringTest {

    /** Holds both staff roles under the caseworker's own subject: four eyes must still stop them approving their own grant. */
    private static final String SAKSBEHANDLER_OG_GODKJENNER = Tokens.token("saksbehandler",
            List.of(Roller.SAKSBEHANDLER, Roller.GODKJENNER), null);

    @Inject
    DataSource dataSource;

    private static RequestSpecification json(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A sent award of 900 000 to the kommune (Rekruttering 850 000 and Utstyr 50 000 in the application), accepted. */
    private static long akseptert(String kommune) {
        long vedtak = Saksgang.avgjort(kommune).vedtak();
        Saksgang.aksepter(kommune, vedtak);
        return vedtak;
    }

    private static Map<String, Object> frist(LocalDate ny) {
        Map<String, Object> input = new HashMap<>();
        input.put("type", "FRIST");
        input.put("rapportfrist", ny == null ? null : ny.toString());
        input.put("begrunnelse", "Legen som skal rekrutteres, begynner først i august.");
        return input;
    }

    private static Map<String, Object> omdisponering(Long... belop) {
        Map<String, Object> input = new HashMap<>();
        input.put("type", "OMDISPONERING");
        input.put("belop", List.of(belop));
        input.put("begrunnelse", "Defibrillatoren ble dyrere enn tilbudet.");
        return input;
    }

    private static LocalDate rapportfrist(long vedtak) {
        long utlysning = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + vedtak).then().statusCode(200)
                .extract().jsonPath().getLong("utlysningId");
        return LocalDate.parse(given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/" + utlysning).then().statusCode(200)
                .extract().jsonPath().getString("rapportfrist"));
    }

    @Test
    void fristenForlengesOgRapportenFolgerDen() throws SQLException {
        long vedtak = Saksgang.avgjort(Tokens.ROST).vedtak();
        String endringer = "/api/vedtak/" + vedtak + "/endringer";
        LocalDate gjeldende = rapportfrist(vedtak);
        // Only an accepted award can be changed.
        json(Tokens.soker(Tokens.ROST)).body(frist(gjeldende.plusMonths(2))).when().post(endringer).then().statusCode(409)
                .body("type", endsWith("ikke-akseptert"));
        Saksgang.aksepter(Tokens.ROST, vedtak);

        // Bad input: every field error at once, nothing stored.
        json(Tokens.soker(Tokens.ROST)).body(Map.of()).when().post(endringer).then().statusCode(400)
                .body("feil.felt", hasItems("type", "begrunnelse"));
        json(Tokens.soker(Tokens.ROST)).body(frist(gjeldende)).when().post(endringer).then().statusCode(400)
                .body("feil.felt", hasItem("rapportfrist")).body("feil.melding", hasItem(containsString("må være etter fristen som gjelder")));
        json(Tokens.soker(Tokens.ROST)).body(frist(gjeldende.plusMonths(13))).when().post(endringer).then().statusCode(400)
                .body("feil.melding", hasItem(containsString("høyst 12 måneder")));
        json(Tokens.soker(Tokens.ROST)).body("{\"type\":\"FRIST\",\"rapportfrist\":\"i morgen\"}").when().post(endringer).then()
                .statusCode(400);
        // Wrong kommune: the decision does not exist for it. Staff do not ask on the kommune's behalf.
        json(Tokens.soker(Tokens.VAROY)).body(frist(gjeldende.plusMonths(2))).when().post(endringer).then().statusCode(404);
        json(Tokens.saksbehandler()).body(frist(gjeldende.plusMonths(2))).when().post(endringer).then().statusCode(403);
        given().auth().oauth2(Tokens.saksbehandler()).when().get(endringer).then().statusCode(200).body("size()", equalTo(0));

        long endring = json(Tokens.soker(Tokens.ROST)).body(frist(gjeldende.plusMonths(2))).when().post(endringer).then().statusCode(201)
                .body("status", equalTo("SENDT")).body("gjeldendeFrist", equalTo(gjeldende.toString()))
                .extract().jsonPath().getLong("id");
        json(Tokens.soker(Tokens.ROST)).body(frist(gjeldende.plusMonths(3))).when().post(endringer).then().statusCode(409)
                .body("type", endsWith("endring-finnes"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/oppfolging/endringer").then().statusCode(200)
                .body("endringId", hasItem((int) endring));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/oppfolging/endringer").then().statusCode(403);
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get(endringer).then().statusCode(404);

        // The caseworker: a refusal needs its reasons; the kommune cannot decide; a disqualified caseworker cannot either.
        String avgjorelse = endringer + "/" + endring + "/avgjorelse";
        json(Tokens.saksbehandler()).body(Map.of("innvilget", false)).when().post(avgjorelse).then().statusCode(400)
                .body("feil.felt", hasItem("svar"));
        json(Tokens.soker(Tokens.ROST)).body(Map.of("innvilget", true)).when().post(avgjorelse).then().statusCode(403);
        long soknad = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + vedtak).then().extract().jsonPath()
                .getLong("soknadId");
        long erklaring = json(Tokens.saksbehandler()).body(Map.of("begrunnelse", "Bror er kommunalsjef.")).when()
                .post("/api/soknader/" + soknad + "/habilitet").then().statusCode(201).extract().jsonPath().getLong("id");
        json(Tokens.saksbehandler()).body(Map.of("innvilget", true)).when().post(avgjorelse).then().statusCode(403)
                .body("type", endsWith("inhabil"));
        json(Tokens.saksbehandler()).body(Map.of("begrunnelse", "Feil sak.", "versjon", 0)).when()
                .post("/api/soknader/" + soknad + "/habilitet/" + erklaring + "/tilbaketrekking").then().statusCode(200);

        json(Tokens.saksbehandler()).body(Map.of("innvilget", true, "svar", "Rekrutteringen tar tid; fristen forlenges.")).when()
                .post(avgjorelse).then().statusCode(200).body("status", equalTo("INNVILGET")).body("avgjortAv", equalTo("saksbehandler"))
                .body("godkjentAv", nullValue());
        json(Tokens.saksbehandler()).body(Map.of("innvilget", false, "svar", "x")).when().post(avgjorelse).then().statusCode(409)
                .body("type", endsWith("endring-avgjort"));

        // The kommune sees the outcome, not who decided; the letter is there as PDF for it and not for another kommune.
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get(endringer).then().statusCode(200)
                .body("[0].status", equalTo("INNVILGET")).body("[0].avgjortAv", equalTo("Helsedirektoratet"))
                .body("[0].nyRapportfrist", equalTo(gjeldende.plusMonths(2).toString()));
        byte[] pdf = given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get(endringer + "/" + endring + "/brev.pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF"));
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get(endringer + "/" + endring + "/brev.pdf").then().statusCode(404);

        // The report follows the new deadline: sent after the call's deadline but before the granted one, it is on time.
        Saksgang.utbetal(vedtak, 900_000);
        Testdata.klokkaTil(gjeldende.plusDays(10).atStartOfDay(ZoneId.of("Europe/Oslo")).toInstant());
        try {
            json(Tokens.soker(Tokens.ROST)).body(Map.of("tiltak", List.of(Map.of("gjort", "Vikarlege.", "brukt", 850_000),
                    Map.of("gjort", "Defibrillator.", "brukt", 50_000)))).when().put("/api/vedtak/" + vedtak + "/rapport").then()
                    .statusCode(200).body("forSen", equalTo(false));
        } finally {
            Testdata.klokkaTilbake();
        }
        // Once the report is sent, the award is not changed any more.
        json(Tokens.soker(Tokens.ROST)).body(frist(gjeldende.plusMonths(4))).when().post(endringer).then().statusCode(409)
                .body("type", endsWith("rapport-sendt"));

        // The kommune's history shows the request and its outcome; the mail with the outcome is in the outbox.
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/soknader/" + soknad + "/historikk").then().statusCode(200)
                .body("handling", hasItems("ENDRING_SOKT", "ENDRING_INNVILGET"));
        assertEquals(1, antall("select count(*) from epost_utboks where entitet = 'VEDTAK' and entitet_id = ?::text "
                + "and grunn = 'ENDRING_AVGJORT' and tekst like '%Ny rapportfrist er%'", vedtak));
        assertEquals(gjeldende.plusMonths(2), fristIVisningen(vedtak));
    }

    @Test
    void omdisponeringMellomKategorierTrengerEnAnnenGodkjenner() throws SQLException {
        long vedtak = akseptert(Tokens.VAROY);
        String endringer = "/api/vedtak/" + vedtak + "/endringer";
        // Never above the award, one amount per measure, none negative, and some change.
        json(Tokens.soker(Tokens.VAROY)).body(omdisponering(900_000L, 10_000L)).when().post(endringer).then().statusCode(400)
                .body("feil.melding", hasItem(containsString("mer enn tilskuddet på 900 000 kr")));
        json(Tokens.soker(Tokens.VAROY)).body(omdisponering(900_000L)).when().post(endringer).then().statusCode(400)
                .body("feil.felt", hasItem("belop"));
        json(Tokens.soker(Tokens.VAROY)).body(omdisponering(850_000L, -1L)).when().post(endringer).then().statusCode(400)
                .body("feil.felt", hasItem("tiltak[1].belop"));
        json(Tokens.soker(Tokens.VAROY)).body(omdisponering(850_000L, 50_000L)).when().post(endringer).then().statusCode(400)
                .body("feil.melding", hasItem(containsString("de samme som i budsjettet")));

        long endring = json(Tokens.soker(Tokens.VAROY)).body(omdisponering(800_000L, 100_000L)).when().post(endringer).then()
                .statusCode(201).body("mellomKategorier", equalTo(true)).body("linjer[1].forBelop", equalTo(50_000))
                .body("linjer[1].nyBelop", equalTo(100_000)).extract().jsonPath().getLong("id");
        String her = endringer + "/" + endring;
        // Nothing to approve before the caseworker has granted it.
        json(Tokens.godkjenner()).body(Map.of("godkjent", true)).when().post(her + "/godkjenning").then().statusCode(409);
        json(SAKSBEHANDLER_OG_GODKJENNER).body(Map.of("innvilget", true)).when().post(her + "/avgjorelse").then().statusCode(200)
                .body("status", equalTo("TIL_GODKJENNING"));
        // Four eyes: the same person, even with the approver's role, cannot approve; the database refuses it too.
        json(SAKSBEHANDLER_OG_GODKJENNER).body(Map.of("godkjent", true)).when().post(her + "/godkjenning").then().statusCode(403)
                .body("detail", containsString("fire øyne"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate("update endringssoknad set status = 'INNVILGET' "
                    + "where id = " + endring));
            assertEquals("23514", e.getSQLState());
            e = assertThrows(SQLException.class, () -> s.executeUpdate("update endringssoknad set status = 'INNVILGET', godkjent = now(), "
                    + "godkjent_av = 'saksbehandler', godkjent_av_sub = 'saksbehandler' where id = " + endring));
            assertEquals("23514", e.getSQLState());
        }
        // Returned with a comment (required), then granted again and approved by another.
        json(Tokens.godkjenner()).body(Map.of("godkjent", false)).when().post(her + "/godkjenning").then().statusCode(400)
                .body("feil.felt", hasItem("kommentar"));
        json(Tokens.godkjenner()).body(Map.of("godkjent", false, "kommentar", "Begrunn flyttingen til utstyr.")).when()
                .post(her + "/godkjenning").then().statusCode(200).body("status", equalTo("SENDT")).body("avgjortAv", nullValue());
        json(Tokens.saksbehandler()).body(Map.of("innvilget", true, "svar", "Utstyret er nødvendig for legevakten.")).when()
                .post(her + "/avgjorelse").then().statusCode(200).body("status", equalTo("TIL_GODKJENNING"));
        json(Tokens.godkjenner()).body(Map.of("godkjent", true)).when().post(her + "/godkjenning").then().statusCode(200)
                .body("status", equalTo("INNVILGET")).body("godkjentAv", equalTo("godkjenner"));
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get(her + "/brev.pdf").then().statusCode(200);

        // The staff's history has every step; the kommune's only the request and the outcome.
        long soknad = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + vedtak).then().extract().jsonPath()
                .getLong("soknadId");
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknad + "/historikk").then().statusCode(200)
                .body("handling", hasItems("ENDRING_SOKT", "ENDRING_TIL_GODKJENNING", "ENDRING_RETURNERT", "ENDRING_INNVILGET"));
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get("/api/soknader/" + soknad + "/historikk").then().statusCode(200)
                .body("handling", hasItems("ENDRING_SOKT", "ENDRING_INNVILGET")).body("handling", not(hasItem("ENDRING_RETURNERT")));

        // The budget in force is now the new one: a further request is read against it.
        long neste = json(Tokens.soker(Tokens.VAROY)).body(omdisponering(790_000L, 100_000L)).when().post(endringer).then()
                .statusCode(201).body("linjer[0].forBelop", equalTo(800_000)).body("mellomKategorier", equalTo(false))
                .extract().jsonPath().getLong("id");
        // A reduction moves nothing between categories: the caseworker decides it alone.
        json(Tokens.saksbehandler()).body(Map.of("innvilget", true)).when().post(endringer + "/" + neste + "/avgjorelse").then()
                .statusCode(200).body("status", equalTo("INNVILGET"));
    }

    @Test
    void paminnelseneFolgerFristenSomGjelder() {
        Saksgang.Runde runde = Saksgang.avgjort(Tokens.ROST);
        Saksgang.aksepter(Tokens.ROST, runde.vedtak());
        // The call's report deadline is ten days away: the award is among those whose report is soon due.
        LocalDateTime naa = LocalDateTime.now(ZoneId.of("Europe/Oslo"));
        Map<String, Object> utlysning = Testdata.utlysning(naa.minusDays(30), naa.minusMinutes(1));
        utlysning.put("rapportfrist", Testdata.idag().plusDays(10).toString());
        json(Tokens.admin()).body(utlysning).when().put("/api/utlysninger/" + runde.utlysning()).then().statusCode(200);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/paminnelser/mangler-rapport").then().statusCode(200)
                .body("vedtakId", hasItem((int) runde.vedtak()));

        String endringer = "/api/vedtak/" + runde.vedtak() + "/endringer";
        long endring = json(Tokens.soker(Tokens.ROST)).body(frist(Testdata.idag().plusDays(90))).when().post(endringer).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        json(Tokens.saksbehandler()).body(Map.of("innvilget", true)).when().post(endringer + "/" + endring + "/avgjorelse").then()
                .statusCode(200);
        // The deadline in force is ninety days away now: no reminder is due yet.
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/paminnelser/mangler-rapport").then().statusCode(200)
                .body("vedtakId", not(hasItem((int) runde.vedtak())));
    }

    @Test
    void detAvslatteBrevetSierHvorfor() throws SQLException {
        long vedtak = akseptert(Tokens.SALTDAL);
        String endringer = "/api/vedtak/" + vedtak + "/endringer";
        long endring = json(Tokens.soker(Tokens.SALTDAL)).body(frist(rapportfrist(vedtak).plusMonths(1))).when().post(endringer).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        json(Tokens.saksbehandler()).body(Map.of("innvilget", false, "svar", "Fristen er satt av Stortingets budsjettår.")).when()
                .post(endringer + "/" + endring + "/avgjorelse").then().statusCode(200).body("status", equalTo("AVSLATT"));
        given().auth().oauth2(Tokens.soker(Tokens.SALTDAL)).when().get(endringer + "/" + endring).then().statusCode(200)
                .body("svar", equalTo("Fristen er satt av Stortingets budsjettår."));
        // A refusal leaves the deadline in force as it was.
        assertEquals(rapportfrist(vedtak), fristIVisningen(vedtak));
    }

    private LocalDate fristIVisningen(long vedtak) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select rapportfrist from vedtak_rapportfrist where vedtak_id = ?")) {
            s.setLong(1, vedtak);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getObject(1, LocalDate.class);
            }
        }
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
