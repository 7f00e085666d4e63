package no.legevakttilskudd.nettleser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Chromium and Node on this machine. Without them the browser tests are skipped with a loud message, before the
 * application and Keycloak are started for nothing; with NETTLESER_PAKREVD=true (set by {@code .ci/run}, which
 * installs Chromium) they fail instead.
 */
public class Verktoy implements ExecutionCondition {

    static final Path CHROMIUM = Path.of(System.getProperty("nettleser.chromium",
            System.getenv().getOrDefault("NETTLESER_CHROMIUM", "/usr/bin/chromium")));
    static final int MINSTE_NODE = 20;

    private static String mangler;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String grunn = mangler();
        if (grunn.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium og Node finnes");
        }
        String strek = "=".repeat(100);
        String melding = String.join("\n", strek,
                "NETTLESERTESTENE ER HOPPET OVER: " + grunn,
                "Installer dem, så kjører ./mvnw test også flytene i Chromium med axe-core:",
                "  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium   (Node " + MINSTE_NODE
                        + "+ og npm: https://nodejs.org eller nodesource)",
                "  Chromium et annet sted: -Dnettleser.chromium=/sti/til/chromium",
                strek);
        System.err.println(melding);
        if ("true".equalsIgnoreCase(System.getenv("NETTLESER_PAKREVD"))) {
            // CI (.ci/run) installs them; there a missing browser must fail the build, not pass it quietly.
            throw new IllegalStateException("Nettlesertestene må kjøre her (NETTLESER_PAKREVD=true): " + grunn);
        }
        return ConditionEvaluationResult.disabled(grunn);
    }

    static synchronized String mangler() {
        if (mangler == null) {
            StringBuilder grunn = new StringBuilder();
            if (!Files.isExecutable(CHROMIUM)) {
                grunn.append("Chromium finnes ikke på ").append(CHROMIUM).append(". ");
            }
            String node = kjor("node", "--version");
            int major = -1;
            if (node != null && node.startsWith("v")) {
                try {
                    major = Integer.parseInt(node.substring(1, node.indexOf('.')));
                } catch (RuntimeException e) {
                    major = -1;
                }
            }
            if (major < MINSTE_NODE) {
                grunn.append(node == null ? "Node finnes ikke. " : "Node " + node + " er for gammel (trenger " + MINSTE_NODE + "+). ");
            }
            if (kjor("npm", "--version") == null) {
                grunn.append("npm finnes ikke. ");
            }
            mangler = grunn.toString().trim();
        }
        return mangler;
    }

    /** The first line a command prints, or null when it cannot run. */
    private static String kjor(String... kommando) {
        try {
            Process p = new ProcessBuilder(List.of(kommando)).redirectErrorStream(true).start();
            String ut = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return ut.lines().filter(l -> !l.startsWith("npm warn")).findFirst().orElse("").trim();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
