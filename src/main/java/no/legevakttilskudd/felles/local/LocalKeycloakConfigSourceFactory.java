package no.legevakttilskudd.felles.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;

/**
 * Starts a real Keycloak (the keycloak-quarkus-dist tarball from the local Maven repository) in the dev profile when
 * no OIDC server is configured. Quarkus' own Dev Services for OIDC cannot put custom claims in its tokens, and the
 * application depends on the {@code kommunenummer} claim, so dev mode needs the real thing; Docker is not assumed.
 * Tests use their own OIDC test servers, and production never reaches this: there the URL is required.
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
    private static final String VERSION = "26.7.3";
    private static final String REALM = "legevakttilskudd";
    private static final String REALM_FILE = "legevakttilskudd-realm.json";
    private static final int DEFAULT_PORT = 8180;
    private static final int ORDINAL = 150;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final Logger LOG = Logger.getLogger(LocalKeycloakConfigSourceFactory.class.getName());

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!"dev".equals(LocalProfiles.activeLocalProfile(context))
                || LocalPostgresConfigSourceFactory.isConfigured(context, URL_PROPERTY)) {
            return List.of();
        }
        String url = startOnce(port(context));
        return List.of(new MapBackedConfigSource("local-keycloak", Map.of(URL_PROPERTY, url), ORDINAL) {
        });
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
        String realmUrl = "http://localhost:" + port + "/realms/" + REALM;
        String discoveryUrl = realmUrl + "/.well-known/openid-configuration";
        if (answers(discoveryUrl)) {
            LOG.info("Bruker Keycloak som allerede kjører på " + realmUrl);
            System.setProperty(STARTED_URL, realmUrl);
            return realmUrl;
        }
        try {
            Path workingDirectory = Path.of(System.getProperty("user.dir"));
            Path dataDirectory = workingDirectory.resolve(".dev-data");
            Path home = dataDirectory.resolve("keycloak-" + VERSION);
            Path realm = locateRealm(workingDirectory);
            if (!Files.isRegularFile(home.resolve("bin").resolve("kc.sh"))) {
                extract(locateDistribution(), dataDirectory, home);
            }
            copyRealm(realm, home);
            Path log = dataDirectory.resolve("keycloak.log");
            LOG.info("Starter lokal Keycloak " + VERSION + " på " + realmUrl
                    + " (første oppstart tar omtrent ett minutt, senere om lag 15 sekunder). Logg: " + log);
            Process process = start(home, port, log);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process.toHandle()), "local-keycloak-stop"));
            watchStartup(process.toHandle(), discoveryUrl, log);
            System.setProperty(STARTED_URL, realmUrl);
            return realmUrl;
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke starte lokal Keycloak: " + e.getMessage(), e);
        }
    }

    private static Path locateDistribution() {
        String repository = System.getProperty("maven.repo.local");
        Path repositoryDirectory = repository != null && !repository.isBlank()
                ? Path.of(repository)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        Path tarball = repositoryDirectory.resolve(Path.of("org", "keycloak", "keycloak-quarkus-dist", VERSION,
                "keycloak-quarkus-dist-" + VERSION + ".tar.gz"));
        if (!Files.isRegularFile(tarball)) {
            throw new IllegalStateException("Fant ikke Keycloak-distribusjonen " + tarball
                    + ". Kjør ./mvnw package -DskipTests én gang, så lastes den ned til det lokale Maven-repoet,"
                    + " eller sett " + URL_PROPERTY + " til en Keycloak du allerede har.");
        }
        return tarball;
    }

    private static void extract(Path tarball, Path dataDirectory, Path home) throws IOException {
        // Unpack next to the target and move it into place, so an interrupted unpack never looks complete.
        Files.createDirectories(dataDirectory);
        Path scratch = Files.createTempDirectory(dataDirectory, "keycloak-unpack-");
        try {
            Process tar = new ProcessBuilder("tar", "-xzf", tarball.toString(), "-C", scratch.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (tar.waitFor() != 0) {
                throw new IOException("tar feilet ved utpakking av " + tarball + ": " + output.trim());
            }
            deleteRecursively(home);
            Files.move(scratch.resolve("keycloak-" + VERSION), home, StandardCopyOption.ATOMIC_MOVE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Avbrutt under utpakking av Keycloak.", e);
        } finally {
            deleteRecursively(scratch);
        }
    }

    private static Path locateRealm(Path workingDirectory) {
        Path realm = workingDirectory.resolve(Path.of("deploy", "keycloak", REALM_FILE));
        if (!Files.isRegularFile(realm)) {
            throw new IllegalStateException("Fant ikke realm-filen " + realm
                    + ". Start dev-modus fra prosjektets rotkatalog.");
        }
        return realm;
    }

    private static void copyRealm(Path realm, Path home) throws IOException {
        // Keycloak imports only realms it does not have yet; its dev database lives in data/h2.
        Path importDirectory = home.resolve(Path.of("data", "import"));
        Files.createDirectories(importDirectory);
        Files.copy(realm, importDirectory.resolve(REALM_FILE), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Process start(Path home, int port, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve(Path.of("bin", "kc.sh")).toString(),
                "start-dev", "--http-port", String.valueOf(port), "--http-host", "127.0.0.1", "--import-realm")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        Map<String, String> environment = builder.environment();
        // The master realm's administrator exists only on this developer machine.
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        // kc.sh looks for Java in JAVA_HOME or on the PATH; the JVM running us is always good enough.
        environment.putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        return builder.start();
    }

    /**
     * Keycloak and the application boot side by side: quarkus-oidc connects on the first request if Keycloak is not
     * up yet. This only tells the developer when logins work, or where to look if Keycloak died.
     */
    private static void watchStartup(ProcessHandle process, String discoveryUrl, Path log) {
        Thread watcher = new Thread(() -> {
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (answers(discoveryUrl)) {
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

    private static boolean answers(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            try {
                return connection.getResponseCode() == HttpURLConnection.HTTP_OK;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static void stop(ProcessHandle process) {
        // kc.sh runs Keycloak's JVM as a child; collect the tree first, it is gone once the script exits.
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process)).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                handle.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                handle.destroyForcibly();
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
