package no.legevakttilskudd.felles.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The migration owner and the application's role, made by {@code db/roller.sql}: the one script every installation
 * runs (docs/operations.md, «Databaseroller»), here for the embedded PostgreSQL of dev and tests and for the tests
 * that start the packaged application.
 */
public final class Databaseroller {

    /** The roles of the embedded PostgreSQL. It trusts local connections, so the passwords are only for completeness;
     * they are long because the packaged application refuses secrets under 32 characters. */
    public static final Databaserolle LOKAL_EIER = new Databaserolle("legevakttilskudd_eier", "lokal-eier-passord-bare-for-lokal-postgresql");
    public static final Databaserolle LOKAL_APP = new Databaserolle("legevakttilskudd_app", "lokal-app-passord-bare-for-lokal-postgresql");

    private static final String SKRIPT = "/db/roller.sql";

    private Databaseroller() {
    }

    /** Runs the script in the database {@code admin} is connected to, as that (superuser) connection. */
    public static void opprett(Connection admin, Databaserolle eier, Databaserolle app) throws SQLException {
        try (PreparedStatement innstillinger = admin.prepareStatement("select set_config('legevakttilskudd.eier', ?, false),"
                + " set_config('legevakttilskudd.eier_passord', ?, false), set_config('legevakttilskudd.app', ?, false),"
                + " set_config('legevakttilskudd.app_passord', ?, false)")) {
            innstillinger.setString(1, eier.navn());
            innstillinger.setString(2, eier.passord());
            innstillinger.setString(3, app.navn());
            innstillinger.setString(4, app.passord());
            innstillinger.execute();
        }
        try (Statement skript = admin.createStatement()) {
            skript.execute(skript());
            // The passwords do not stay in a session that may be used for more.
            skript.execute("reset legevakttilskudd.eier_passord; reset legevakttilskudd.app_passord");
        }
    }

    /** Makes both roles in the database {@code postgres} of the embedded server on {@code port}, as its superuser. */
    public static void opprettLokalt(int port) {
        try (Connection admin = DriverManager.getConnection(lokalUrl(port), "postgres", "postgres")) {
            opprett(admin, LOKAL_EIER, LOKAL_APP);
        } catch (SQLException e) {
            throw new IllegalStateException("Kunne ikke opprette databaserollene i lokal PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** What Quarkus needs for the embedded server on {@code port}: Flyway connects as the owner, the datasource as the application. */
    public static Map<String, String> lokalKonfigurasjon(int port) {
        return Map.of(
                "quarkus.datasource.jdbc.url", lokalUrl(port),
                "quarkus.datasource.username", LOKAL_APP.navn(),
                "quarkus.datasource.password", LOKAL_APP.passord(),
                "quarkus.flyway.username", LOKAL_EIER.navn(),
                "quarkus.flyway.password", LOKAL_EIER.passord());
    }

    /** No user in the URL: the driver would let it win over the usernames given beside it. */
    private static String lokalUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    private static String skript() {
        try (InputStream inn = Databaseroller.class.getResourceAsStream(SKRIPT)) {
            if (inn == null) {
                throw new IllegalStateException(SKRIPT + " mangler på klassestien");
            }
            return new String(inn.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
