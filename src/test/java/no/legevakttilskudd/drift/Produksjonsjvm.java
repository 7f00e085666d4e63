package no.legevakttilskudd.drift;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JVM the production image runs, found on this machine, and the options it runs with, so that the benchmarks
 * measure what production runs and not whatever {@code java} Maven found. The version is read from the image's
 * {@code FROM} line (src/main/docker/Dockerfile.jvm) and the options from the argument file the image starts with
 * (src/main/docker/jvm-options): each is written once.
 */
record Produksjonsjvm(Path java, String versjon, boolean avImaget) {

    static final Path DOCKERFILE = Path.of("src", "main", "docker", "Dockerfile.jvm");
    static final Path JVM_VALG = Path.of("src", "main", "docker", "jvm-options");
    static final Path DEPLOYMENT = Path.of("deploy", "kubernetes", "deployment.yaml");
    private static final Pattern GRENSE = Pattern.compile("limits:\\s*\\n(?:\\s+cpu:.*\\n)?\\s+memory:\\s*(\\d+)Mi");
    /** {@code FROM eclipse-temurin:25.0.3_9-jre}: version 25.0.3, build 9. */
    private static final Pattern FROM = Pattern.compile("(?m)^FROM eclipse-temurin:(\\d+(?:\\.\\d+)*)_(\\d+)-jre");

    /**
     * The JDK of the image's version under {@code LASTBENCHMARK_JAVA_HOME} or /usr/lib/jvm, else one of its major
     * version; if none is installed here, the JVM running this. The output says which.
     */
    static Produksjonsjvm finn() {
        String onsket = imagetsVersjon();
        List<Path> kandidater = new ArrayList<>();
        String valgt = System.getenv("LASTBENCHMARK_JAVA_HOME");
        if (valgt != null && !valgt.isBlank()) {
            kandidater.add(Path.of(valgt));
        }
        try (Stream<Path> jvmer = Files.isDirectory(Path.of("/usr/lib/jvm")) ? Files.list(Path.of("/usr/lib/jvm")) : Stream.empty()) {
            jvmer.sorted().forEach(kandidater::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The image's exact version first; else the same major version, which runs and trains the same way, though a
        // cache from it would not fit the image.
        String hovedversjon = onsket.split("\\.")[0];
        Produksjonsjvm sammeHovedversjon = null;
        for (Path hjem : kandidater) {
            Optional<String> versjon = versjon(hjem);
            if (versjon.isEmpty() || !Files.isExecutable(hjem.resolve("bin/java"))) {
                continue;
            }
            if (versjon.get().equals(onsket)) {
                return new Produksjonsjvm(hjem.resolve("bin/java"), onsket, true);
            }
            if (sammeHovedversjon == null && versjon.get().split("\\.")[0].equals(hovedversjon)) {
                sammeHovedversjon = new Produksjonsjvm(hjem.resolve("bin/java"), versjon.get(), false);
            }
        }
        return sammeHovedversjon != null ? sammeHovedversjon
                : new Produksjonsjvm(Path.of(System.getProperty("java.home"), "bin", "java"), System.getProperty("java.version"), false);
    }

    /** Major version, for what the JVM can do (an AOT cache from 25 on). */
    int hovedversjon() {
        return Integer.parseInt(versjon.split("\\.")[0]);
    }

    /** The image's options, one per line with #-comments as the java launcher reads them. */
    static List<String> valg() {
        try {
            return Files.readAllLines(JVM_VALG).stream().map(l -> l.replaceFirst("#.*", "").trim()).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code -Xmx} as the image's {@code -XX:MaxRAMPercentage} gives it under the Deployment's memory limit
     * (deploy/kubernetes/deployment.yaml); outside a container the JVM would take the share of the whole machine.
     */
    static String heap() {
        double prosent = valg().stream().filter(v -> v.startsWith("-XX:MaxRAMPercentage=")).findFirst()
                .map(v -> Double.parseDouble(v.substring(v.indexOf('=') + 1)))
                .orElseThrow(() -> new IllegalStateException(JVM_VALG + " setter ikke -XX:MaxRAMPercentage"));
        try {
            Matcher m = GRENSE.matcher(Files.readString(DEPLOYMENT));
            long mib = 0;
            while (m.find()) {
                mib = Math.max(mib, Long.parseLong(m.group(1)));
            }
            if (mib == 0) {
                throw new IllegalStateException(DEPLOYMENT + " har ingen minnegrense i Mi");
            }
            return "-Xmx" + Math.round(mib * prosent / 100) + "m";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDK version the image's FROM names, as the JDK's release file writes it (25.0.3). */
    static String imagetsVersjon() {
        try {
            Matcher m = FROM.matcher(Files.readString(DOCKERFILE));
            if (!m.find()) {
                throw new IllegalStateException(DOCKERFILE + " har ingen FROM eclipse-temurin:<versjon>_<bygg>-jre");
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> versjon(Path hjem) {
        Path release = hjem.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(release).stream().filter(l -> l.startsWith("JAVA_VERSION=")).findFirst()
                    .map(l -> l.substring("JAVA_VERSION=".length()).replace("\"", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cores and processor of this machine, and the JVM running the benchmark itself. */
    static String maskin() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("ukjent");
        return "Maskin: " + Runtime.getRuntime().availableProcessors() + " kjerner, " + cpu + ", benchmarken selv på Java " + System.getProperty("java.version");
    }

    @Override
    public String toString() {
        return "Java " + versjon + (avImaget ? " (imagets)" : " (imagets " + imagetsVersjon() + " finnes ikke her)") + ", " + java;
    }
}
