package no.legevakttilskudd.sikkerhet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.legevakttilskudd.Skjemaeier;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.vedtak.grunnlag.Testgrunnlag;

/**
 * What the law needs kept stays kept even for someone who has taken over the application: the audit log, sent
 * decisions and their letters. The application's own connection pool is used, so these are the credentials and the
 * rights the running application has (docs/operations.md, «Databaseroller»).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class DatabaserolleTest {

    /** PostgreSQL's insufficient_privilege: "permission denied …" and "must be owner of …". */
    private static final String NEKTET = "42501";

    @Inject
    DataSource dataSource;

    @Test
    void applikasjonenKoblerTilSomEnRolleSomVerkenEierNoeEllerErSuperbruker() throws SQLException {
        String app = app();
        String eier = Skjemaeier.navn();
        assertNotEquals(app, eier, "Flyway og applikasjonen skal bruke hver sin rolle");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select current_user, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls, r.rolreplication,"
                        + " (select count(*) from pg_class where relowner = r.oid) + (select count(*) from pg_proc where proowner = r.oid)"
                        + " + (select count(*) from pg_namespace where nspowner = r.oid),"
                        + " has_schema_privilege('public', 'CREATE'), pg_has_role(current_user, '" + eier + "', 'MEMBER')"
                        + " from pg_roles r where r.rolname = current_user")) {
            assertTrue(rs.next());
            assertEquals(app, rs.getString(1));
            for (int kolonne = 2; kolonne <= 6; kolonne++) {
                assertFalse(rs.getBoolean(kolonne), "applikasjonsrollen har " + rs.getMetaData().getColumnName(kolonne));
            }
            assertEquals(0, rs.getLong(7), "applikasjonsrollen eier objekter i databasen");
            assertFalse(rs.getBoolean(8), "applikasjonsrollen kan opprette objekter i skjemaet");
            assertFalse(rs.getBoolean(9), "applikasjonsrollen er medlem av eieren");
        }
    }

    @Test
    void hendelsesloggenKanVerkenSlasAvTommesEndresEllerSlettes() throws SQLException {
        Testdata.apenUtlysning();
        long rader = tall("select count(*) from hendelse");
        assertTrue(rader > 0);
        nektet("alter table hendelse disable trigger trg_hendelse_ingen_endring",
                "alter table hendelse disable trigger all",
                "truncate hendelse",
                "update hendelse set aktor = 'noen andre'",
                "delete from hendelse",
                "alter table hendelse drop column aktor",
                "drop table hendelse",
                "drop function hendelse_kan_ikke_endres() cascade");
        assertEquals(rader, tall("select count(*) from hendelse"));
        assertEquals(0, tall("select count(*) from hendelse where aktor = 'noen andre'"));
        // Inserting is what the application does all day.
        utfor("insert into hendelse (tidspunkt, aktor, rolle, entitet, entitet_id, handling) values (now(), 'system', 'system', 'TEST', '1', 'PROVE')");
    }

    @Test
    void etSendtVedtakOgBrevetKanIkkeEndresEllerSlettes() throws SQLException {
        long utlysning = Testdata.apenUtlysning();
        long soknad = Testdata.sendtSoknad(Tokens.SALTDAL, utlysning);
        // The way the application takes a decision through its states: these UPDATEs are its rights.
        long vedtak = nyttForslag(soknad, utlysning);
        utfor("update vedtak set status = 'GODKJENT', behandlet = now(), behandlet_av = 'godkjenner' where id = " + vedtak);
        utfor("update vedtak set status = 'SENDT', sendt = now() where id = " + vedtak);
        utfor("insert into vedtaksbrev (vedtak_id, html, pdf, laget) values (" + vedtak + ", '<p>Vedtak</p>', '\\x255044462d', now())");

        nektet("delete from vedtak where id = " + vedtak,
                "truncate vedtak cascade",
                "alter table vedtak disable trigger trg_vedtak_sendt_uendret",
                "alter table vedtak drop constraint ck_vedtak_sendt",
                "update vedtaksbrev set html = 'x' where vedtak_id = " + vedtak,
                "delete from vedtaksbrev where vedtak_id = " + vedtak,
                "truncate vedtaksbrev",
                "alter table vedtaksbrev disable trigger all",
                "drop table vedtaksbrev");
        // UPDATE is granted for the states before SENDT; on a sent row the trigger refuses, and the role cannot turn it off.
        SQLException endret = assertThrows(SQLException.class, () -> utfor("update vedtak set belop = 1 where id = " + vedtak));
        assertTrue(endret.getMessage().contains("er sendt og kan ikke endres"), endret.getMessage());
        assertEquals(900_000, tall("select belop from vedtak where id = " + vedtak));
        assertEquals(1, tall("select count(*) from vedtaksbrev where vedtak_id = " + vedtak + " and html = '<p>Vedtak</p>'"));
    }

    @Test
    void rollenKanIkkeSlaAvTriggereForOktenEllerBliEier() {
        nektet("set session_replication_role = replica",
                "set session_replication_role = local",
                "set role \"" + Skjemaeier.navn() + "\"",
                "create table snarvei (id bigint)",
                "alter table utlysning owner to current_user",
                "create or replace function hendelse_kan_ikke_endres() returns trigger language plpgsql as $$ begin return null; end $$");
    }

    @Test
    void eierenStoppesAvTriggerneOgsa() throws SQLException {
        Testdata.apenUtlysning();
        try (Connection c = Skjemaeier.tilkobling()) {
            for (String sql : List.of("update hendelse set aktor = 'noen andre'", "delete from hendelse", "truncate hendelse")) {
                try (Statement s = c.createStatement()) {
                    SQLException feil = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
                    assertTrue(feil.getMessage().contains("Hendelsesloggen kan bare utvides"), feil.getMessage());
                }
            }
        }
    }

    /** The application's role: the datasource user, the credentials the running application has. */
    static String app() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class);
    }

    /** A proposed decision of 900 000 kr, inserted as the application inserts one. */
    private long nyttForslag(long soknad, long utlysning) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into vedtak (soknad_id, utlysning_id, utfall, belop, begrunnelse, status, foreslatt, foreslatt_av, versjon, grunnlag)"
                        + " values (?, ?, 'INNVILGET', 900000, 'Kvalifisert.', 'FORESLATT', now(), 'saksbehandler', 0, ?::jsonb)"
                        + " returning id")) {
            s.setLong(1, soknad);
            s.setLong(2, utlysning);
            s.setString(3, Testgrunnlag.json(Tokens.ROST));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void nektet(String... setninger) {
        for (String sql : setninger) {
            SQLException feil = assertThrows(SQLException.class, () -> utfor(sql), "applikasjonsrollen fikk lov til: " + sql);
            assertEquals(NEKTET, feil.getSQLState(), sql + ": " + feil.getMessage());
        }
    }

    private void utfor(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long tall(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
