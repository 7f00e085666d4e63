package no.legevakttilskudd.nettleser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import no.legevakttilskudd.felles.local.LocalKeycloak;

/**
 * The browser flows in {@code src/test/nettleser/flyter/} (one JUnit test per file), run by Node with playwright-core
 * in the machine's Chromium against the application with demo data and a real Keycloak. A flow that fails fails its
 * test with the flow's own report (axe violations, what was expected and seen) and screenshots under
 * {@code target/nettleser/resultater}.
 *
 * <p>{@code -Dskjermbilder=true} (or the environment variable SKJERMBILDER=true) renews {@code docs/screenshots}.
 */
@QuarkusTest
@TestProfile(NettleserProfil.class)
@ExtendWith(Verktoy.class)
class NettleserTest {

    private static final Path KILDE = Path.of("src", "test", "nettleser");
    private static final Path NODE_MAPPE = KeycloakOgDatabase.MAPPE.resolve("node");
    private static final Duration KEYCLOAK_FRIST = Duration.ofSeconds(240);
    private static final Duration FLYT_FRIST = Duration.ofMinutes(5);

    private static boolean klar;

    @TestHTTPResource("/")
    URL app;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String keycloak;

    @TestFactory
    Stream<DynamicTest> flyter() throws Exception {
        forbered();
        try (Stream<Path> filer = Files.list(NODE_MAPPE.resolve("flyter"))) {
            List<Path> flyter = filer.filter(f -> f.toString().endsWith(".mjs")).sorted().toList();
            return flyter.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString().replace(".mjs", ""),
                    () -> kjorFlyt(f)));
        }
    }

    private synchronized void forbered() throws Exception {
        if (klar) {
            return;
        }
        // Node and the scripts first: Keycloak keeps booting meanwhile.
        installerNodePakker();
        ventPaKeycloak();
        klar = true;
    }

    /** Copies the scripts next to their node_modules; {@code npm ci} only when package-lock.json changed. */
    private static void installerNodePakker() throws IOException, InterruptedException, NoSuchAlgorithmException {
        Files.createDirectories(NODE_MAPPE);
        try (Stream<Path> filer = Files.walk(KILDE)) {
            for (Path fil : filer.filter(Files::isRegularFile).toList()) {
                Path relativ = KILDE.relativize(fil);
                if (relativ.startsWith("node_modules")) {
                    continue;
                }
                Path mal = NODE_MAPPE.resolve(relativ);
                Files.createDirectories(mal.getParent());
                Files.copy(fil, mal, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        String lasSum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(KILDE.resolve("package-lock.json"))));
        Path merke = NODE_MAPPE.resolve(Path.of("node_modules", ".installert-fra-lasfil"));
        if (Files.isRegularFile(merke) && Files.readString(merke).equals(lasSum)) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                .directory(NODE_MAPPE.toFile()).redirectErrorStream(true).start();
        String ut = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            npm.destroyForcibly();
            fail("npm ci feilet i " + NODE_MAPPE.toAbsolutePath() + ":\n" + ut);
        }
        Files.writeString(merke, lasSum);
    }

    private void ventPaKeycloak() throws IOException, InterruptedException {
        String discovery = keycloak + "/.well-known/openid-configuration";
        long frist = System.nanoTime() + KEYCLOAK_FRIST.toNanos();
        while (!LocalKeycloak.answers(discovery)) {
            if (System.nanoTime() > frist) {
                List<String> logg = Files.exists(KeycloakOgDatabase.KEYCLOAK_LOGG) ? Files.readAllLines(KeycloakOgDatabase.KEYCLOAK_LOGG)
                        : List.of("(ingen logg)");
                fail("Keycloak svarte ikke på " + discovery + " innen " + KEYCLOAK_FRIST.toSeconds() + " s. Slutten av "
                        + KeycloakOgDatabase.KEYCLOAK_LOGG + ":\n"
                        + String.join("\n", logg.subList(Math.max(0, logg.size() - 40), logg.size())));
            }
            Thread.sleep(250);
        }
    }

    private void kjorFlyt(Path flyt) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("node", "kjor.mjs", "flyter/" + flyt.getFileName())
                .directory(NODE_MAPPE.toFile())
                .redirectErrorStream(true);
        Map<String, String> miljo = builder.environment();
        miljo.put("NETTLESER_BASE_URL", app.toString());
        miljo.put("NETTLESER_CHROMIUM", Verktoy.CHROMIUM.toString());
        miljo.put("NETTLESER_RESULTATER", KeycloakOgDatabase.MAPPE.resolve("resultater").toAbsolutePath().toString());
        miljo.remove("SKJERMBILDER");
        if (Boolean.getBoolean("skjermbilder") || "true".equalsIgnoreCase(System.getenv("SKJERMBILDER"))) {
            miljo.put("SKJERMBILDER", Path.of("docs", "screenshots").toAbsolutePath().toString());
        }
        Process node = builder.start();
        StringBuilder utskrift = new StringBuilder();
        Thread leser = new Thread(() -> {
            try (BufferedReader linjer = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
                String linje;
                while ((linje = linjer.readLine()) != null) {
                    System.out.println("[nettleser] " + linje);
                    synchronized (utskrift) {
                        utskrift.append(linje).append('\n');
                    }
                }
            } catch (IOException ignored) {
                // The process is gone; what was read is reported.
            }
        }, "nettleser-utskrift");
        leser.start();
        boolean ferdig = node.waitFor(FLYT_FRIST.toSeconds(), TimeUnit.SECONDS);
        if (!ferdig) {
            node.descendants().forEach(ProcessHandle::destroyForcibly);
            node.destroyForcibly();
        }
        leser.join(5000);
        synchronized (utskrift) {
            if (!ferdig) {
                fail("Flyten " + flyt.getFileName() + " ble ikke ferdig på " + FLYT_FRIST.toMinutes() + " min:\n" + utskrift);
            }
            if (node.exitValue() != 0) {
                fail("Flyten " + flyt.getFileName() + " feilet:\n" + utskrift);
            }
        }
    }
}
