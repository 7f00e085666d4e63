package no.legevakttilskudd.felles.local;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A Keycloak from the keycloak-quarkus-dist tarball in the local Maven repository, unpacked into a directory of our
 * own and run with {@code kc.sh start-dev}. Dev mode keeps one under {@code .dev-data}; the browser tests keep another
 * under {@code target}, so the two never share a build or a database.
 */
public final class LocalKeycloak {

    public static final String VERSION = "26.7.3";
    public static final String REALM = "legevakttilskudd";
    public static final String REALM_FILE = "legevakttilskudd-realm.json";
    /** The login theme the realm names ({@code loginTheme}), in {@code deploy/keycloak/themes/}. */
    public static final String THEME = "legevakttilskudd";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final Path home;
    private final int port;

    private LocalKeycloak(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** The distribution unpacked under {@code directory} (once; later calls reuse it), to run on {@code port}. */
    public static LocalKeycloak unpacked(Path directory, int port) throws IOException {
        Path home = directory.resolve("keycloak-" + VERSION);
        if (!Files.isRegularFile(home.resolve("bin").resolve("kc.sh"))) {
            extract(locateDistribution(), directory, home);
        }
        return new LocalKeycloak(home, port);
    }

    public String realmUrl() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    public String discoveryUrl() {
        return realmUrl() + "/.well-known/openid-configuration";
    }

    public boolean answers() {
        return answers(discoveryUrl());
    }

    /** Puts a realm file where {@code --import-realm} finds it; Keycloak imports only realms it does not have yet. */
    public void importRealm(Path realm) throws IOException {
        Path importDirectory = home.resolve(Path.of("data", "import"));
        Files.createDirectories(importDirectory);
        Files.copy(realm, importDirectory.resolve(REALM_FILE), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Puts the login theme where Keycloak looks for themes, replacing an earlier copy, so a theme file that was
     * renamed or removed in the project does not live on in an old unpack.
     */
    public void installTheme(Path theme) throws IOException {
        Path themes = home.resolve("themes");
        Path target = themes.resolve(theme.getFileName());
        Files.createDirectories(themes);
        deleteRecursively(target);
        try (Stream<Path> files = Files.walk(theme)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(theme.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Starts {@code kc.sh start-dev} in the background with its output in {@code log}; extra options are appended. */
    public Process start(Path log, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(home.resolve(Path.of("bin", "kc.sh")).toString(),
                "start-dev", "--http-port", String.valueOf(port), "--http-host", "127.0.0.1", "--import-realm"));
        command.addAll(List.of(options));
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
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

    /** The realm file of the project, looked up from the project's root directory. */
    public static Path locateRealm(Path workingDirectory) {
        Path realm = workingDirectory.resolve(Path.of("deploy", "keycloak", REALM_FILE));
        if (!Files.isRegularFile(realm)) {
            throw new IllegalStateException("Fant ikke realm-filen " + realm
                    + ". Start fra prosjektets rotkatalog.");
        }
        return realm;
    }

    /** The login theme of the project, looked up from the project's root directory. */
    public static Path locateTheme(Path workingDirectory) {
        Path theme = workingDirectory.resolve(Path.of("deploy", "keycloak", "themes", THEME));
        if (!Files.isRegularFile(theme.resolve(Path.of("login", "theme.properties")))) {
            throw new IllegalStateException("Fant ikke innloggingstemaet " + theme + ". Start fra prosjektets rotkatalog.");
        }
        return theme;
    }

    static Path locateDistribution() {
        String repository = System.getProperty("maven.repo.local");
        Path repositoryDirectory = repository != null && !repository.isBlank()
                ? Path.of(repository)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        Path tarball = repositoryDirectory.resolve(Path.of("org", "keycloak", "keycloak-quarkus-dist", VERSION,
                "keycloak-quarkus-dist-" + VERSION + ".tar.gz"));
        if (!Files.isRegularFile(tarball)) {
            throw new IllegalStateException("Fant ikke Keycloak-distribusjonen " + tarball
                    + ". Kjør ./mvnw package -DskipTests én gang, så lastes den ned til det lokale Maven-repoet,"
                    + " eller sett " + LocalKeycloakConfigSourceFactory.URL_PROPERTY + " til en Keycloak du allerede har.");
        }
        return tarball;
    }

    private static void extract(Path tarball, Path directory, Path home) throws IOException {
        // Unpack next to the target and move it into place, so an interrupted unpack never looks complete.
        Files.createDirectories(directory);
        Path scratch = Files.createTempDirectory(directory, "keycloak-unpack-");
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

    public static boolean answers(String url) {
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

    /** Stops Keycloak and waits for it; the JVM is a child of kc.sh, so the whole tree is collected first. */
    public static void stop(ProcessHandle process) {
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

    static void deleteRecursively(Path directory) throws IOException {
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
