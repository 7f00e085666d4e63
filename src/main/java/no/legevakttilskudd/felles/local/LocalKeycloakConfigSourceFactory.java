package no.legevakttilskudd.felles.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * Starts a real Keycloak (the keycloak-quarkus-dist tarball from the local Maven repository) in the dev profile when
 * no OIDC server is configured. Quarkus' own Dev Services for OIDC cannot put custom claims in its tokens, and the
 * application depends on the {@code kommunenummer} claim, so dev mode needs the real thing; Docker is not assumed.
 * Tests use their own OIDC test servers (the browser tests start their own Keycloak through {@link LocalKeycloak}), and
 * production never reaches this: there the URL is required.
 *
 * <p>The realm comes from {@code deploy/keycloak/legevakttilskudd-realm.json} and is imported on the first start
 * only (Keycloak keeps its dev database under {@code .dev-data}). A Keycloak that already answers on the port is
 * reused, so one started by hand, or by another JVM, is not started twice.
 *
 * <p>Quarkus reads configuration more than once per JVM (augmentation, static init, runtime init, hot reloads in
 * new class loaders), so the running server is remembered in a system property, which outlives class loaders.
 */
public class LocalKeycloakConfigSourceFactory implements ConfigSourceFactory {

    static final String URL_PROPERTY = "quarkus.oidc.auth-server-url";
    private static final String PORT_PROPERTY = "legevakttilskudd.dev.keycloak-port";
    private static final String STARTED_URL = "legevakttilskudd.local-keycloak.started-url";
    private static final int DEFAULT_PORT = 8180;
    private static final int ORDINAL = 150;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Logger LOG = Logger.getLogger(LocalKeycloakConfigSourceFactory.class.getName());

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!"dev".equals(LocalProfiles.activeLocalProfile(context))
                || LocalPostgresConfigSourceFactory.isConfigured(context, URL_PROPERTY)) {
            return List.of();
        }
        String url = startOnce(port(context));
        return List.of(new MapBackedConfigSource("local-keycloak", properties(url), ORDINAL) {
        });
    }

    /**
     * The URL, and quiet for quarkus-oidc's start-up warnings: the application boots before Keycloak, so both tenants
     * warn (with a stack trace) that the server is not available yet, which is expected here and says nothing to act
     * on. The watcher below says when logins work, or where to look when Keycloak failed. Errors are still logged.
     */
    private static Map<String, String> properties(String url) {
        return Map.of(URL_PROPERTY, url,
                "quarkus.log.category.\"io.quarkus.oidc.common.runtime.OidcCommonUtils\".level", "ERROR",
                "quarkus.log.category.\"io.quarkus.oidc.runtime.OidcRecorder\".level", "ERROR",
                "quarkus.log.category.\"io.quarkus.oidc.runtime.dev.ui\".level", "WARN");
    }

    private static int port(ConfigSourceContext context) {
        if (!LocalPostgresConfigSourceFactory.isConfigured(context, PORT_PROPERTY)) {
            return DEFAULT_PORT;
        }
        ConfigValue value = context.getValue(PORT_PROPERTY);
        try {
            return Integer.parseInt(value.getValue().trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(PORT_PROPERTY + " må være et portnummer, men er «" + value.getValue()
                    + "».", e);
        }
    }

    private static synchronized String startOnce(int port) {
        String started = System.getProperty(STARTED_URL);
        if (started != null) {
            return started;
        }
        try {
            Path workingDirectory = Path.of(System.getProperty("user.dir"));
            Path dataDirectory = workingDirectory.resolve(".dev-data");
            String realmUrl = "http://localhost:" + port + "/realms/" + LocalKeycloak.REALM;
            if (LocalKeycloak.answers(realmUrl + "/.well-known/openid-configuration")) {
                LOG.info("Bruker Keycloak som allerede kjører på " + realmUrl);
                System.setProperty(STARTED_URL, realmUrl);
                return realmUrl;
            }
            Path realm = LocalKeycloak.locateRealm(workingDirectory);
            LocalKeycloak keycloak = LocalKeycloak.unpacked(dataDirectory, port);
            keycloak.importRealm(realm);
            keycloak.installTheme(LocalKeycloak.locateTheme(workingDirectory));
            Path log = dataDirectory.resolve("keycloak.log");
            LOG.info("Starter lokal Keycloak " + LocalKeycloak.VERSION + " på " + realmUrl
                    + " (første oppstart tar omtrent ett minutt, senere om lag 15 sekunder). Logg: " + log);
            Process process = keycloak.start(log);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> LocalKeycloak.stop(process.toHandle()),
                    "local-keycloak-stop"));
            watchStartup(process.toHandle(), keycloak.discoveryUrl(), log);
            System.setProperty(STARTED_URL, realmUrl);
            return realmUrl;
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke starte lokal Keycloak: " + e.getMessage(), e);
        }
    }

    /**
     * Keycloak and the application boot side by side: quarkus-oidc connects on the first request if Keycloak is not
     * up yet. This only tells the developer when logins work, or where to look if Keycloak died.
     */
    private static void watchStartup(ProcessHandle process, String discoveryUrl, Path log) {
        Thread watcher = new Thread(() -> {
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (LocalKeycloak.answers(discoveryUrl)) {
                    LOG.info("Lokal Keycloak er klar; innlogging virker nå.");
                    return;
                }
                if (!process.isAlive()) {
                    LOG.severe("Lokal Keycloak stoppet under oppstart. Se " + log + ". Er porten i bruk? Velg en annen med "
                            + PORT_PROPERTY + ".");
                    return;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            LOG.severe("Lokal Keycloak svarte ikke på " + discoveryUrl + " innen " + START_TIMEOUT.toSeconds()
                    + " sekunder. Se " + log + ".");
        }, "local-keycloak-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
