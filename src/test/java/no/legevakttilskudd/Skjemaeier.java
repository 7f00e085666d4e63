package no.legevakttilskudd;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The migration owner of the test database (Flyway's user), for the few tests that must do what the application's role
 * cannot: show that it cannot, or set up a state only a migration could leave.
 */
public final class Skjemaeier {

    private Skjemaeier() {
    }

    public static String navn() {
        return ConfigProvider.getConfig().getValue("quarkus.flyway.username", String.class);
    }

    /** A connection as the owner, with Flyway's credentials. */
    public static Connection tilkobling() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class), navn(),
                config.getValue("quarkus.flyway.password", String.class));
    }
}
