package no.legevakttilskudd.vedtak;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Csrftoken;
import no.legevakttilskudd.felles.web.Csrf;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/**
 * The frame is never lower than what approved and sent decisions bind: not through the API, not through the admin
 * page, and not through SQL that bypasses both. The case from the issue: 1 500 000 kr of sent decisions, and an admin
 * who lowers the frame to 1 000 000 kr.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RammeinvariantTest {

    private static final long BUNDET = 1_500_000;

    @Inject
    DataSource dataSource;

    /** A call with a frame of 2 000 000 kr and two sent decisions of 900 000 and 600 000 kr. */
    private static long utlysningMedSendteVedtak() {
        Map<String, Object> u = Testdata.utlysning(java.time.LocalDateTime.now().minusDays(1), java.time.LocalDateTime.now().plusDays(30));
        u.put("ramme", 2_000_000);
        long utlysning = Testdata.opprettUtlysning(u);
        long rost = Testdata.sendtSoknad(Tokens.ROST, utlysning);
        long varoy = Testdata.sendtSoknad(Tokens.VAROY, utlysning);
        Testdata.forbiFristen(utlysning);
        sendVedtak(rost, 900_000);
        sendVedtak(varoy, 600_000);
        return utlysning;
    }

    private static void sendVedtak(long soknad, long belop) {
        long vedtak = given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", "INNVILGET", "belop", belop, "begrunnelse", "Kvalifisert."))
                .when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(200);
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + vedtak + "/send").then().statusCode(200);
    }

    @Test
    void rammenSenketUnderSendteVedtakGir409MedTalleneOgIngenEndring() throws SQLException {
        long utlysning = utlysningMedSendteVedtak();
        Tilstand for_ = tilstand(utlysning);

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("ramme", 1_000_000, "begrunnelse", "Kuttet i revidert budsjett."))
                .when().post("/api/utlysninger/" + utlysning + "/ramme")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith(":ramme-under-vedtak"))
                .body("detail", allOf(containsString("1 000 000 kr"), containsString("binder 1 500 000 kr")))
                .body("feil[0].felt", equalTo("ramme"));
        assertEquals(for_, tilstand(utlysning), "rammen, historikken og hendelsesloggen er uendret");

        // Down to exactly what is bound is allowed, and so is raising it again.
        endreRamme(utlysning, BUNDET).then().statusCode(200);
        endreRamme(utlysning, BUNDET - 1).then().statusCode(409);
        endreRamme(utlysning, 3_000_000).then().statusCode(200);
        assertEquals(BUNDET, Rammesum.godkjentOgSendt(dataSource, utlysning));
    }

    @Test
    void adminsidenViserFeilenVedRammefeltetOgIOppsummeringen() throws SQLException {
        long utlysning = utlysningMedSendteVedtak();
        Tilstand for_ = tilstand(utlysning);
        given().auth().oauth2(Tokens.admin()).redirects().follow(false).cookie(Csrf.COOKIE, Csrftoken.av(Tokens.admin()))
                .formParam("csrf-token", Csrftoken.av(Tokens.admin())).formParam("ramme", "1 000 000").formParam("begrunnelse", "Kuttet.")
                .when().post("/admin/utlysninger/" + utlysning + "/ramme")
                .then().statusCode(409).contentType(containsString("text/html"))
                .body(containsString("href=\"#ramme\">Rammen kan ikke settes til 1 000 000 kr: godkjente og sendte vedtak binder"))
                .body(containsString("id=\"ramme-feil\">Rammen kan ikke settes til 1 000 000 kr"));
        assertEquals(for_, tilstand(utlysning));
    }

    /** A path that bypasses the service (a script, a console) meets the same rule in PostgreSQL. */
    @Test
    void databasenNekterEnRammeUnderVedtakene() throws SQLException {
        long utlysning = utlysningMedSendteVedtak();
        try (var tilkobling = dataSource.getConnection(); var setning = tilkobling.createStatement()) {
            SQLException feil = assertThrows(SQLException.class,
                    () -> setning.executeUpdate("update utlysning set ramme = 1000000 where id = " + utlysning));
            assertEquals("23514", feil.getSQLState());
            assertTrue(feil.getMessage().contains("binder 1500000 kr"), feil.getMessage());
            assertEquals(1, setning.executeUpdate("update utlysning set ramme = " + BUNDET + " where id = " + utlysning));
        }
        assertEquals(BUNDET, ((Number) tilstand(utlysning).ramme()).longValue());
    }

    /** With the frame held, the statistics and the allocation cannot show more than the frame as used. */
    @Test
    void statistikkenViserAldriMerEnn100Prosent() throws SQLException {
        long utlysning = utlysningMedSendteVedtak();
        endreRamme(utlysning, BUNDET).then().statusCode(200);
        endreRamme(utlysning, 100_000).then().statusCode(409);
        given().auth().oauth2(Tokens.saksbehandler()).queryParam("utlysning", utlysning).when().get("/api/statistikk")
                .then().statusCode(200).body("nokkeltall.rammeBruktProsent", equalTo(100.0f))
                .body("nokkeltall.tildelt", equalTo((int) BUNDET)).body("nokkeltall.ramme", equalTo((int) BUNDET));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/utlysninger/" + utlysning + "/tildeling")
                .then().statusCode(200).body("rammeIgjen", equalTo(0)).body("bundet", equalTo((int) BUNDET));
    }

    private static io.restassured.response.Response endreRamme(long utlysning, long ramme) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("ramme", ramme, "begrunnelse", "Endret.")).when().post("/api/utlysninger/" + utlysning + "/ramme");
    }

    private record Tilstand(Object ramme, List<Object> historikk, long hendelser) {
    }

    private Tilstand tilstand(long utlysning) throws SQLException {
        Object ramme = given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/" + utlysning).then().statusCode(200)
                .extract().path("ramme");
        List<Object> historikk = given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/" + utlysning + "/rammehistorikk")
                .then().statusCode(200).extract().jsonPath().getList("$");
        try (var tilkobling = dataSource.getConnection(); var setning = tilkobling.createStatement();
                var rs = setning.executeQuery("select count(*) from hendelse where entitet = 'UTLYSNING' and entitet_id = '" + utlysning + "'")) {
            rs.next();
            return new Tilstand(ramme, historikk, rs.getLong(1));
        }
    }
}
