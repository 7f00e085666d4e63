package no.legevakttilskudd.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The production image: what Dockerfile.jvm copies and starts, and the JVM options it shares with the benchmarks. */
class ImagetTest {

    private static final Path DOCKERFILE = Produksjonsjvm.DOCKERFILE;

    @Test
    void dockerfilenKopiererJarenJvmValgeneOgCachenOgKjorerSomIkkeRoot() throws IOException {
        String dockerfile = Files.readString(DOCKERFILE);
        assertTrue(dockerfile.contains("COPY --chown=185 src/main/docker/jvm-options target/legevakttilskudd-runner.jar target/app.ao[t] /deployments/"),
                "Dockerfile.jvm kopierer ikke jaren, JVM-valgene og AOT-cachen");
        assertTrue(dockerfile.contains("java @jvm-options -XX:AOTCache=app.aot"), "imaget starter ikke med JVM-valgene og cachen");
        assertTrue(dockerfile.contains("-jar legevakttilskudd-runner.jar"));
        assertTrue(Pattern.compile("(?m)^USER 185$").matcher(dockerfile).find(), "containeren skal kjøre som bruker 185");
        assertTrue(Pattern.compile("(?m)^EXPOSE 8080 9000$").matcher(dockerfile).find());
        assertTrue(dockerfile.contains("-Dquarkus.http.host=0.0.0.0"));
        assertTrue(dockerfile.contains("-Dquarkus.management.host=0.0.0.0"), "driftsporten må lytte utenfor containeren for probene");
        String ignorert = Files.readString(DOCKERFILE.resolveSibling("Dockerfile.jvm.dockerignore"));
        for (String med : List.of("!target/legevakttilskudd-runner.jar", "!target/app.aot", "!src/main/docker/jvm-options")) {
            assertTrue(ignorert.contains(med), "byggekonteksten mangler " + med);
        }
    }

    /** The benchmarks run the application on the image's JDK with the image's options: both are written once. */
    @Test
    void jvmValgeneOgJdkenLesesFraImaget() {
        // The AOT cache the start-up depends on came with JDK 25.
        assertTrue(Produksjonsjvm.imagetsVersjon().matches("(2[5-9]|[3-9]\\d)\\.\\d+\\.\\d+"), Produksjonsjvm.imagetsVersjon());
        List<String> valg = Produksjonsjvm.valg();
        assertTrue(valg.contains("-XX:+UseSerialGC"), valg.toString());
        // The heap the benchmarks give the application is the image's share of the Deployment's limit: 25 % of 768 Mi.
        assertEquals("-Xmx192m", Produksjonsjvm.heap());
        assertTrue(valg.stream().noneMatch(v -> v.contains("#") || v.isBlank()), "kommentarene er ikke valg: " + valg);
    }
}
