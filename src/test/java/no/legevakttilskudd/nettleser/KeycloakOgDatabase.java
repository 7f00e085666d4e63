package no.legevakttilskudd.nettleser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;


import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.legevakttilskudd.Demorealm;
import no.legevakttilskudd.felles.local.Databaseroller;
import no.legevakttilskudd.felles.local.LocalKeycloak;

/**
 * Starts, for the browser tests, a real Keycloak with the demo realm on a free port (unpacked under
 * {@code target/keycloak}, in-memory database, so every run starts from the realm file) and a PostgreSQL of its own.
 * The application gets a free port chosen here, because Keycloak must know the redirect address in advance: the
 * realm's web client is given that address in the copy that is imported, the file in {@code deploy/} is left alone.
 *
 * <p>Keycloak boots while the application starts; quarkus-oidc connects on the first login, and
 * {@link NettleserTest} waits until Keycloak answers before the flows run.
 */
public class KeycloakOgDatabase implements QuarkusTestResourceLifecycleManager {

    static final Path MAPPE = Path.of("target", "nettleser");
    static final Path KEYCLOAK_LOGG = MAPPE.resolve("keycloak.log");

    private Process keycloak;
    private Thread stoppVedAvbrudd;
    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            int appPort = Demorealm.ledigPort();
            int keycloakPort = Demorealm.ledigPort();
            Files.createDirectories(MAPPE);
            LocalKeycloak kc = LocalKeycloak.unpacked(Demorealm.KEYCLOAK_MAPPE.toAbsolutePath(), keycloakPort);
            kc.importRealm(Demorealm.medAppAdresse(MAPPE, appPort));
            kc.installTheme(LocalKeycloak.locateTheme(Path.of("")));
            keycloak = kc.start(KEYCLOAK_LOGG.toAbsolutePath(), "--db=dev-mem");
            // Also when the test JVM is stopped midway (Ctrl-C): Keycloak is a process of its own and would live on.
            ProcessHandle handle = keycloak.toHandle();
            stoppVedAvbrudd = new Thread(() -> LocalKeycloak.stop(handle), "nettleser-keycloak-stop");
            Runtime.getRuntime().addShutdownHook(stoppVedAvbrudd);
            postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("timezone", "UTC")
                    .start();
            // The two roles of every installation: Flyway as the owner, the application as a role that owns nothing.
            Databaseroller.opprettLokalt(postgres.getPort());
            Map<String, String> konfigurasjon = new HashMap<>(Databaseroller.lokalKonfigurasjon(postgres.getPort()));
            konfigurasjon.put("quarkus.http.test-port", String.valueOf(appPort));
            konfigurasjon.put("quarkus.oidc.auth-server-url", kc.realmUrl());
            return konfigurasjon;
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException("Kunne ikke starte Keycloak eller PostgreSQL for nettlesertestene", e);
        }
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            LocalKeycloak.stop(keycloak.toHandle());
            keycloak = null;
        }
        if (stoppVedAvbrudd != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(stoppVedAvbrudd);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down; the hook does the same thing.
            }
            stoppVedAvbrudd = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // Only a temporary test database; the JVM cleans up the rest.
            }
            postgres = null;
        }
    }

}
