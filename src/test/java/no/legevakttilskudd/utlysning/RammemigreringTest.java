package no.legevakttilskudd.utlysning;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.legevakttilskudd.felles.local.Databaseroller;

/**
 * A frame lowered below its decisions before the database kept the invariant (V1.16.0) stops the migration with the
 * call named, rather than leaving a call that shows more than 100 % used; raised to what is bound, it migrates.
 */
class RammemigreringTest {

    private EmbeddedPostgres postgres;
    private Flyway flyway;

    @BeforeEach
    void start() throws IOException {
        postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
        Databaseroller.opprettLokalt(postgres.getPort());
        Map<String, String> roller = Databaseroller.lokalKonfigurasjon(postgres.getPort());
        flyway = Flyway.configure().dataSource(roller.get("quarkus.datasource.jdbc.url"), roller.get("quarkus.flyway.username"),
                roller.get("quarkus.flyway.password")).locations("classpath:db/migration")
                .placeholders(Map.of("appRolle", roller.get("quarkus.datasource.username"))).load();
    }

    @AfterEach
    void stopp() throws IOException {
        postgres.close();
    }

    @Test
    void enRammeUnderVedtakeneStopperMigreringenMedUtlysningenNevnt() throws SQLException {
        Flyway.configure().configuration(flyway.getConfiguration()).target("1.15.0").load().migrate();
        long utlysning;
        try (Connection eier = eier(); Statement s = eier.createStatement()) {
            s.execute("insert into kommuneregister_versjon (kilde, lastet_inn, lastet_inn_av, antall_kommuner, aktiv)"
                    + " values ('test', now(), 'test', 0, true)");
            s.execute("insert into utlysning (aar, tittel, apner, soknadsfrist, ramme, sentralitetsklasser, folketallsgrense, tak,"
                    + " minstebelop, marginal, klageadgang, publisert, kommuneregister_versjon_id, opprettet, opprettet_av, rapportfrist)"
                    + " select 2022, 'Runden', timestamptz '2022-03-01 00:00+01', timestamptz '2022-05-18 23:59+02', 100000, '6', 5000, 1500000, 0,"
                    + " 'PARTIAL', true, true, id, now(), 'test', date '2023-04-01' from kommuneregister_versjon");
            utlysning = tall(s, "select id from utlysning");
            s.execute("insert into soknad (utlysning_id, kommunenummer, status, opprettet, opprettet_av, endret, referanse, sendt)"
                    + " values (" + utlysning + ", '1856', 'INNVILGET', now(), 'test', now(), 'LV-2022-0001', now() - interval '40 days')");
            s.execute("insert into vedtak (soknad_id, utlysning_id, utfall, belop, begrunnelse, status, foreslatt, foreslatt_av,"
                    + " behandlet, behandlet_av, sendt, versjon, grunnlag) select id, utlysning_id, 'INNVILGET', 510000, 'Kvalifisert.',"
                    + " 'SENDT', now(), 'saksbehandler', now(), 'godkjenner', now(), 0, '{\"format\": 1}' from soknad");
        }

        FlywayException stopp = assertThrows(FlywayException.class, flyway::migrate);
        assertTrue(stopp.getMessage().contains("utlysning " + utlysning + ": ramme 100000 kr, bundet 510000 kr"), stopp.getMessage());

        try (Connection eier = eier(); Statement s = eier.createStatement()) {
            s.execute("update utlysning set ramme = 510000");
        }
        flyway.repair();
        flyway.migrate();
    }

    private Connection eier() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                Databaseroller.LOKAL_EIER.navn(), Databaseroller.LOKAL_EIER.passord());
    }

    private static long tall(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
