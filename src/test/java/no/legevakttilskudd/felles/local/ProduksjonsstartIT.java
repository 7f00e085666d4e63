package no.legevakttilskudd.felles.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The packaged application ({@code target/legevakttilskudd-runner.jar}) started as an operator would, with demo values: it must stop
 * by itself with the message, before it reaches for a database or Keycloak (none run here).
 */
class ProduksjonsstartIT {

    private static final Path JAR = Path.of("target", "legevakttilskudd-runner.jar");

    private static Map<String, String> ekteOppsett() {
        return Map.of(
                "DB_URL", "jdbc:postgresql://127.0.0.1:1/legevakttilskudd", "DB_USERNAME", "legevakttilskudd",
                "DB_PASSWORD", "databasepassord-som-er-langt-nok-8c1f2e",
                "OIDC_AUTH_SERVER_URL", "http://127.0.0.1:1/realms/legevakttilskudd",
                "OIDC_WEB_CLIENT_SECRET", "nettklient-hemmelighet-som-er-langt-nok-4d7a",
                "CSRF_SECRET", "csrf-hemmelighet-som-er-langt-nok-9b3e5f",
                "SMTP_HOST", "127.0.0.1", "EPOST_FRA", "ikke-svar@example.no");
    }

    /** The embedded PostgreSQL of dev and test is not in the package: production never starts a database of its own. */
    @Test
    void pakkenHarIkkeDenInnebygdePostgreSQL() throws Exception {
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(JAR.toFile())) {
            List<String> innebygd = jar.stream().map(java.util.zip.ZipEntry::getName)
                    .filter(n -> n.startsWith("io/zonky/") || n.contains("postgres-linux") || n.endsWith(".txz")).limit(5).toList();
            assertEquals(List.of(), innebygd, "den innebygde PostgreSQL-en er med i " + JAR);
            assertTrue(jar.getEntry("no/legevakttilskudd/felles/local/ProductionConfigCheck.class") != null, "pakken er bygd");
        }
    }

    @Test
    void demohemmelighetOgDemodataStopperDenPakkedeApplikasjonen() throws Exception {
        Map<String, String> miljo = new java.util.HashMap<>(ekteOppsett());
        miljo.put("OIDC_WEB_CLIENT_SECRET", "demo-web-secret");
        miljo.put("LEGEVAKTTILSKUDD_DEMO_DATA", "true");
        String utskrift = startOgVentPaStopp(miljo, List.of());
        assertTrue(utskrift.contains("Legevakttilskudd kan ikke starte i produksjon"), utskrift);
        assertTrue(utskrift.contains("kortere enn 32 tegn: OIDC_WEB_CLIENT_SECRET."), utskrift);
        assertTrue(utskrift.contains("Demodata er slått på"), utskrift);
    }

    @Test
    void devprofilenStopperDenPakkedeApplikasjonen() throws Exception {
        String utskrift = startOgVentPaStopp(ekteOppsett(), List.of("-Dquarkus.profile=dev"));
        assertTrue(utskrift.contains("Profilen «dev» er aktiv i den pakkede applikasjonen"), utskrift);
    }

    private static String startOgVentPaStopp(Map<String, String> miljo, List<String> jvmValg) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), JAR + " finnes ikke; kjør ./mvnw verify, som bygger pakken før integrasjonstestene");
        List<String> kommando = new ArrayList<>();
        kommando.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        kommando.addAll(jvmValg);
        kommando.addAll(List.of("-jar", JAR.getFileName().toString()));
        Path logg = Files.createTempFile("produksjonsstart", ".log");
        ProcessBuilder bygger = new ProcessBuilder(kommando).directory(JAR.toAbsolutePath().getParent().toFile())
                .redirectErrorStream(true).redirectOutput(logg.toFile());
        bygger.environment().putAll(miljo);
        bygger.environment().put("QUARKUS_HTTP_PORT", "0");
        bygger.environment().put("QUARKUS_MANAGEMENT_PORT", "0");
        Process prosess = bygger.start();
        try {
            assertTrue(prosess.waitFor(90, TimeUnit.SECONDS), "applikasjonen stoppet ikke av seg selv");
            assertNotEquals(0, prosess.exitValue());
            return Files.readString(logg, StandardCharsets.UTF_8);
        } finally {
            prosess.destroyForcibly();
            Files.deleteIfExists(logg);
        }
    }
}
