package no.legevakttilskudd;

import java.util.Map;

import org.flywaydb.core.Flyway;

import no.legevakttilskudd.felles.local.Databaseroller;

/** Flyway outside Quarkus, for tests and benchmarks on an embedded PostgreSQL: both roles made, migrated as the owner. */
public final class Migrering {

    private Migrering() {
    }

    /** Makes the roles (again: the script can be rerun) and migrates the database {@code postgres} on {@code port}. */
    public static void somEier(int port) {
        Databaseroller.opprettLokalt(port);
        Map<String, String> roller = Databaseroller.lokalKonfigurasjon(port);
        Flyway.configure().dataSource(roller.get("quarkus.datasource.jdbc.url"), roller.get("quarkus.flyway.username"),
                roller.get("quarkus.flyway.password")).locations("classpath:db/migration")
                .placeholders(Map.of("appRolle", roller.get("quarkus.datasource.username"))).load().migrate();
    }
}
