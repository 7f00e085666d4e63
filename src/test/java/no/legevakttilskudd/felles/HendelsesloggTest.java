package no.legevakttilskudd.felles;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/** The audit log gets a row per state change, and the database itself refuses to change or delete one. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class HendelsesloggTest {

    @Inject
    DataSource dataSource;

    @Test
    void hverTilstandsendringGirEnRadMedAktorRolleOgForOgEtter() throws SQLException {
        long utlysning = Testdata.apenUtlysning();
        long id = Testdata.sendtSoknad(Tokens.ROST, utlysning);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().post("/api/soknader/" + id + "/trekk").then().statusCode(200);

        List<String> rader = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select handling, aktor, rolle, for_verdi, etter_verdi from hendelse "
                        + "where entitet = 'SOKNAD' and entitet_id = ? order by id")) {
            s.setString(1, String.valueOf(id));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rader.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|" + rs.getString(5));
                }
            }
        }
        assertEquals(3, rader.size(), rader.toString());
        assertTrue(rader.get(0).startsWith("OPPRETTET|soker-1856|soker|null|Utkast"), rader.get(0));
        String referanse = Testdata.referanse(utlysning);
        assertTrue(rader.get(1).startsWith("SENDT|soker-1856|soker|UTKAST|Sendt " + referanse), rader.get(1));
        assertTrue(rader.get(2).startsWith("TRUKKET|soker-1856|soker|Sendt " + referanse), rader.get(2));

        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from hendelse where entitet = 'UTLYSNING' and entitet_id = ?"
                        + " and handling = 'OPPRETTET' and aktor = 'admin'")) {
            s.setString(1, String.valueOf(utlysning));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    @Test
    void databasenNekterEndringOgSletting() throws SQLException {
        Testdata.apenUtlysning();
        for (String sql : List.of("update hendelse set aktor = 'noen andre'", "delete from hendelse", "truncate hendelse")) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                SQLException feil = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
                // The application's role has no such right; the owner is stopped by the triggers (DatabaserolleTest).
                assertEquals("42501", feil.getSQLState(), feil.getMessage());
            }
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from hendelse where aktor = 'noen andre'")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }
}
