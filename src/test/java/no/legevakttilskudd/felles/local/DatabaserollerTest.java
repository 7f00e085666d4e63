package no.legevakttilskudd.felles.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.legevakttilskudd.Migrering;

/**
 * db/roller.sql, the script every installation runs before its first migration: it makes both roles, takes over a
 * database from before them, can be run again, and refuses an application role that could get round the rights.
 */
class DatabaserollerTest {

    private EmbeddedPostgres postgres;
    private String url;

    @BeforeEach
    void start() throws IOException {
        postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
        url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    @AfterEach
    void stopp() throws IOException {
        postgres.close();
    }

    @Test
    void enDatabaseFraForRolleneTasOverAvEierenOgMigreresVidere() throws SQLException {
        // As before V1.13.0: one user, here the superuser, owned everything and ran the application.
        Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration").target("1.12.0").load().migrate();

        Databaseroller.opprettLokalt(postgres.getPort());
        Migrering.somEier(postgres.getPort());

        try (Connection admin = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = admin.createStatement()) {
            assertEquals("0", svar(s, "select count(*) from pg_class where relnamespace = 'public'::regnamespace"
                    + " and relowner <> 'legevakttilskudd_eier'::regrole"), "objekter som ikke eies av eieren");
            assertEquals("0", svar(s, "select count(*) from pg_proc where pronamespace = 'public'::regnamespace"
                    + " and proowner <> 'legevakttilskudd_eier'::regrole"), "funksjoner som ikke eies av eieren");
            assertEquals("true|false", svar(s, "select has_table_privilege('legevakttilskudd_app', 'hendelse', 'INSERT')::text || '|'"
                    + " || has_table_privilege('legevakttilskudd_app', 'hendelse', 'UPDATE')::text"));
            assertEquals("false", svar(s, "select has_schema_privilege('legevakttilskudd_app', 'public', 'CREATE')::text"));
        }
        // Run again after the migrations: nothing changes, nothing fails.
        Databaseroller.opprettLokalt(postgres.getPort());
    }

    @Test
    void enApplikasjonsrolleSomKanKommeRundtRettighetenesNektes() throws SQLException {
        try (Connection admin = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = admin.createStatement()) {
            s.execute("create role legevakttilskudd_app login bypassrls");
            SQLException forMye = assertThrows(SQLException.class, () -> Databaseroller.opprett(admin, Databaseroller.LOKAL_EIER,
                    Databaseroller.LOKAL_APP));
            assertTrue(forMye.getMessage().contains("har for mye"), forMye.getMessage());

            s.execute("alter role legevakttilskudd_app nobypassrls");
            s.execute("create role legevakttilskudd_eier login");
            s.execute("grant legevakttilskudd_eier to legevakttilskudd_app");
            SQLException medlem = assertThrows(SQLException.class, () -> Databaseroller.opprett(admin, Databaseroller.LOKAL_EIER,
                    Databaseroller.LOKAL_APP));
            assertTrue(medlem.getMessage().contains("er medlem av eieren"), medlem.getMessage());

            SQLException samme = assertThrows(SQLException.class, () -> Databaseroller.opprett(admin, Databaseroller.LOKAL_APP,
                    Databaseroller.LOKAL_APP));
            assertTrue(samme.getMessage().contains("To forskjellige roller"), samme.getMessage());
        }
    }

    private static String svar(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
