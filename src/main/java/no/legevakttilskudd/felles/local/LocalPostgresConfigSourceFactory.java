package no.legevakttilskudd.felles.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a real PostgreSQL (zonky embedded binaries from Maven Central) in the dev and test profiles when no
 * datasource URL is configured, so that a fresh machine needs nothing but Java. Production never reaches this:
 * there the URL is required and a missing one stops the start-up.
 *
 * <p>Quarkus reads configuration more than once per JVM (augmentation, static init, runtime init, hot reloads in
 * new class loaders), so the running server is remembered in system properties, which outlive class loaders.
 *
 * <p>Like production it has two roles ({@link Databaseroller}): Flyway migrates as the owner of the schema, the
 * application and the tests connect as a role that owns nothing and may not change the audit log.
 */
public class LocalPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    private static final String STARTED_PORT = "legevakttilskudd.local-postgres.started-port";
    private static final int ORDINAL = 150;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String profile = LocalProfiles.activeLocalProfile(context);
        if (profile == null || isConfigured(context, URL_PROPERTY)) {
            return List.of();
        }
        return List.of(new MapBackedConfigSource("local-postgres", Databaseroller.lokalKonfigurasjon(startOnce(profile)), ORDINAL) {
        });
    }

    static boolean isConfigured(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static synchronized int startOnce(String profile) {
        String started = System.getProperty(STARTED_PORT);
        if (started != null) {
            return Integer.parseInt(started);
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC");
            if ("dev".equals(profile)) {
                // Dev data survives restarts; tests always start from an empty cluster.
                Path dataDirectory = Path.of(System.getProperty("legevakttilskudd.dev.postgres-dir",
                        Path.of(System.getProperty("user.dir"), ".dev-data", "postgres").toString()));
                Files.createDirectories(dataDirectory);
                Files.deleteIfExists(dataDirectory.resolve("postmaster.pid"));
                // The binaries unpack inside the clone too, not in the system's temp folder, so the clone holds all of dev.
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                        .setOverrideWorkingDirectory(Path.of(System.getProperty("user.dir"), ".dev-data", "postgres-bin").toFile());
            }
            EmbeddedPostgres postgres = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // The JVM is going away; nothing useful to do.
                }
            }, "local-postgres-stop"));
            // As in production: Flyway as the owner of the schema, the application as a role that owns nothing.
            Databaseroller.opprettLokalt(postgres.getPort());
            System.setProperty(STARTED_PORT, String.valueOf(postgres.getPort()));
            return postgres.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke starte lokal PostgreSQL: " + e.getMessage(), e);
        }
    }
}
