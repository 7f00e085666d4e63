package no.legevakttilskudd.drift;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.legevakttilskudd.PakketApplikasjon;
import no.legevakttilskudd.Smtpsluk;
import no.legevakttilskudd.Testdata;

/**
 * Benchmark, not a test (issue 9, point 6): the packaged application in prod mode as the image runs it (its JDK, JVM
 * options and AOT cache; {@link Produksjonsjvm}) with the Deployment's heap and pool, against PostgreSQL and Keycloak on
 * this machine, measured side by side with the physical limits in one run:
 * <ol>
 * <li>submissions (create + send through the JSON API, as a kommune does) per second, against pgbench running the
 * same inserts and updates on the same database at the same concurrency; the per-table write counts of both are read
 * from PostgreSQL's own statistics and printed, so "the same inserts" is checked, not assumed;</li>
 * <li>latency and throughput with wrk at 64 connections of the kommune's form page, the caseworker's work list, case
 * page and allocation page, beside a trivial endpoint of the same application under the same settings (a static file
 * with the same token: what HTTP and the token check alone allow); the work list and case page also for calls with
 * 1 000 and 10 000 applications, to see how their cost grows with a round;</li>
 * <li>resident memory (RSS) of the application sampled through all the load;</li>
 * <li>start-up to ready (process start to {@code /q/health/ready} answering 200), five restarts.</li>
 * </ol>
 * Run with {@code ./mvnw -q -Pbenchmark -DskipTests package exec:exec -Dbenchmark=last} (needs wrk and pgbench); it ends
 * with one line {@code RESULTAT key=value …} to compare runs by, and the figures go in docs/performance.md.
 */
public final class Lastbenchmark {

    private static final Path MAPPE = Path.of("target", "lastbenchmark");
    private static final Path CACHE = MAPPE.resolve("app.aot");
    private static final int KOMMUNER = 100;
    /** Calls for the application's submissions; as many again for pgbench's, and one for the form page's draft. */
    private static final int UTLYSNINGER = 40;
    private static final int SAMTIDIGE = 16;
    private static final int OPPVARMING = 608;
    private static final int STATISTIKKPROVE = 400;
    private static final int[] STORRELSER = { 1_000, 10_000 };
    private static final int SEKUNDER = 30;
    private static final int SEKUNDER_STORRELSE = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private final PakketApplikasjon pakke;
    /** The JVM options with the AOT cache the warm-up records, or null where the JVM has no AOT cache. */
    private final List<String> medCache;
    private final List<Long> utlysninger = new ArrayList<>();
    private final List<String> kommuner = new ArrayList<>();
    private final Map<String, String> sokere = new HashMap<>();
    private final AtomicInteger neste = new AtomicInteger();
    private final Rssmaling rss;
    /** The training's draft, made once: a kommune has one application per call. */
    private long treningsutkast;

    private Lastbenchmark(PakketApplikasjon pakke, List<String> medCache) {
        this.pakke = pakke;
        this.medCache = medCache;
        this.rss = new Rssmaling(() -> pakke.pid(0));
    }

    public static void main(String[] args) throws Exception {
        Produksjonsjvm jvm = Produksjonsjvm.finn();
        List<String> valg = new ArrayList<>(Produksjonsjvm.valg());
        valg.add(Produksjonsjvm.heap());
        String ekstra = System.getenv("LASTBENCHMARK_JVM");
        if (ekstra != null && !ekstra.isBlank()) {
            // For trying other JVM settings against the same load: later options win over the image's.
            valg.addAll(Arrays.asList(ekstra.trim().split("\\s+")));
        }
        boolean bareCache = args.length > 0 && args[0].equals("aot");
        if (bareCache && !jvm.avImaget()) {
            throw new IllegalStateException("AOT-cachen må lages med JDK-en imaget kjører, men her er bare " + jvm
                    + "; pek LASTBENCHMARK_JAVA_HOME på den");
        }
        // From JDK 25 the warm-up records an AOT cache that the measured instance starts from, as the image does.
        List<String> forste = valg;
        List<String> medCache = null;
        if (jvm.hovedversjon() >= 25 && valg.stream().noneMatch(v -> v.startsWith("-XX:AOT"))) {
            Files.createDirectories(MAPPE);
            Files.deleteIfExists(CACHE);
            forste = new ArrayList<>(valg);
            forste.add("-XX:AOTCacheOutput=" + CACHE.toAbsolutePath());
            medCache = new ArrayList<>(valg);
            medCache.add("-XX:AOTCache=" + CACHE.toAbsolutePath());
        }
        System.out.println("JVM for applikasjonen: " + jvm);
        System.out.println("JVM-valg for applikasjonen: " + String.join(" ", medCache == null ? valg : medCache));
        try (Smtpsluk smtp = new Smtpsluk();
                PakketApplikasjon pakke = PakketApplikasjon.start(MAPPE, 1, EmbeddedPostgres.builder(), jvm.java(), forste,
                        // The ConfigMap's pool size; the relay on loopback has no TLS, which production requires.
                        Map.of("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "12", "SMTP_PORT", String.valueOf(smtp.port()),
                                "_PROD_QUARKUS_MAILER_START_TLS", "DISABLED"))) {
            Lastbenchmark benchmark = new Lastbenchmark(pakke, medCache);
            if (bareCache) {
                benchmark.bareAotCache();
            } else {
                benchmark.kjor();
            }
            System.out.println("e-poster levert til SMTP: " + smtp.mottatt());
        }
    }

    /** For the image (docs/operations.md, «Bygge imaget»): the training alone, and the cache in target/app.aot. */
    private void bareAotCache() throws Exception {
        forbered();
        sokertokens();
        innsendinger(OPPVARMING, "trening");
        treningssider();
        pakke.stoppInstansene();
        Files.copy(CACHE, Path.of("target", "app.aot"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("AOT-cache: target/app.aot (" + Files.size(CACHE) / (1024 * 1024) + " MB)");
    }

    private void kjor() throws Exception {
        System.out.println(Produksjonsjvm.maskin());
        forbered();
        rss.start();

        sokertokens();
        innsendinger(OPPVARMING, "oppvarming (ikke målt)");
        if (medCache != null) {
            aotCache();
        }
        if (System.getenv("LASTBENCHMARK_BARE_OPPSTART") != null) {
            System.out.println("oppstart til klar, ms: " + Arrays.toString(oppstarter()));
            return;
        }
        if (System.getenv("LASTBENCHMARK_BARE_SIDER") != null) {
            // Only the pages, for working on them: the calls filled so far are enough for the work list.
            sider().forEach((navn, resultat) -> System.out.println(navn + ": " + resultat));
            System.out.println("RSS under last, høyeste: " + rss.topp());
            minnefordeling();
            return;
        }
        Map<String, Long> perInnsending = Skrivestatistikk.per(pakke.postgres(), () -> innsendinger(STATISTIKKPROVE, "skriveprøve"), STATISTIKKPROVE);
        sokertokens();
        int maalte = (UTLYSNINGER * KOMMUNER - neste.get()) / SAMTIDIGE * SAMTIDIGE;
        Duration app = profilert("innsendinger", () -> innsendinger(maalte, "målt"));
        double appRate = maalte / (app.toNanos() / 1e9);

        Pgbench pgbench = new Pgbench(pakke.postgres(), MAPPE);
        pgbench.forbered(utlysninger.subList(UTLYSNINGER, 2 * UTLYSNINGER), kommuner);
        Map<String, Long> perTransaksjon = Skrivestatistikk.per(pakke.postgres(), () -> pgbench.kjor(SAMTIDIGE, STATISTIKKPROVE), STATISTIKKPROVE);
        if (!perTransaksjon.equals(perInnsending)) {
            throw new IllegalStateException("pgbench-skriptet skriver ikke det samme som en innsending:\n  applikasjonen: " + perInnsending
                    + "\n  pgbench:       " + perTransaksjon);
        }
        double pgRate = pgbench.kjor(SAMTIDIGE, maalte);

        Map<String, Wrk.Resultat> sider = sider();
        Rssmaling.Prove rssUnderLast = rss.topp();
        minnefordeling();

        long[] ms = oppstarter();

        System.out.println();
        System.out.println("én innsending skriver (pg_stat_user_tables): " + perInnsending);
        System.out.println("pgbench-transaksjonen skriver:                " + perTransaksjon);
        System.out.printf("innsendinger per sekund, %d samtidige: applikasjonen %.1f, pgbench %.1f, forhold %.2f (mål ≥ 0,5)%n",
                SAMTIDIGE, appRate, pgRate, appRate / pgRate);
        sider.forEach((navn, resultat) -> System.out.println(navn + ", 64 forbindelser: " + resultat));
        System.out.println("RSS under last, høyeste: " + rssUnderLast + " (mål < 300 MB)");
        System.out.println("oppstart til klar, 5 omstarter, ms: " + Arrays.toString(ms) + ", median " + ms[2] + " (mål < 3 000)");
        System.out.println(Resultatlinje.av(appRate, pgRate, sider, rssUnderLast, ms[2]));
    }

    /**
     * The rest of the training for the AOT cache: every measured page a few times after the warm-up's submissions;
     * then the instance stops, the JVM writes the cache as it exits, and starts again from it.
     */
    private void aotCache() throws Exception {
        treningssider();
        long start = System.nanoTime();
        pakke.stoppInstansene();
        System.out.printf("AOT-cache skrevet på %.1f s%n", (System.nanoTime() - start) / 1e9);
        pakke.brukJvmValg(medCache);
        pakke.startPaNytt(0);
        // The cache holds classes and profiles, not compiled code: the measured instance is warmed up as the first was.
        innsendinger(OPPVARMING, "oppvarming etter omstart (ikke målt)");
        treningssider();
        // The memory measured is the measured instance's, not the recording one's.
        rss.nullstill();
    }

    /** Every measured page a few times, for the cache's class list and method profiles. */
    private void treningssider() throws Exception {
        String saksbehandler = pakke.token("saksbehandler");
        // Another kommune's draft than the measured form page's: a kommune has one application per call.
        String kommune = kommuner.get(1);
        String soker = pakke.token("soker-" + kommune);
        long sak = forsteSoknad(utlysninger.get(0));
        if (treningsutkast == 0) {
            treningsutkast = utkast(utlysninger.get(2 * UTLYSNINGER), kommune, soker);
        }
        List<String[]> sider = List.of(new String[] { "/mine-soknader/" + treningsutkast + "/steg/3", soker },
                new String[] { "/saksbehandling/utlysninger/" + utlysninger.get(0), saksbehandler },
                new String[] { "/saksbehandling/soknader/" + sak, saksbehandler },
                new String[] { "/saksbehandling/utlysninger/" + utlysninger.get(0) + "/tildeling", saksbehandler });
        for (int i = 0; i < 20; i++) {
            for (String[] side : sider) {
                HttpResponse<Void> svar = HTTP.send(HttpRequest.newBuilder(URI.create(pakke.url(0) + side[0])).header("Authorization",
                        "Bearer " + side[1]).build(), HttpResponse.BodyHandlers.discarding());
                if (svar.statusCode() != 200) {
                    throw new IllegalStateException("GET " + side[0] + " ga " + svar.statusCode());
                }
            }
        }
    }

    /** With -XX:NativeMemoryTracking in LASTBENCHMARK_JVM: the JVM's own account of its memory, in nmt.txt. */
    private void minnefordeling() throws Exception {
        if (String.valueOf(System.getenv("LASTBENCHMARK_JVM")).contains("NativeMemoryTracking")) {
            new ProcessBuilder("jcmd", String.valueOf(pakke.pid(0)), "VM.native_memory", "summary").redirectErrorStream(true)
                    .redirectOutput(MAPPE.resolve("nmt.txt").toFile()).start().waitFor();
        }
    }

    /** Five restarts of the instance, each from process start to ready; sorted, in ms. */
    private long[] oppstarter() throws Exception {
        List<Duration> oppstarter = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            pakke.stoppInstansene();
            oppstarter.add(pakke.startPaNytt(0));
        }
        return oppstarter.stream().mapToLong(Duration::toMillis).sorted().toArray();
    }

    /**
     * Every page under wrk, the trivial endpoint first; then the work list and case page of the larger calls, each
     * filled just before it is measured.
     */
    private Map<String, Wrk.Resultat> sider() throws Exception {
        String saksbehandler = pakke.token("saksbehandler");
        long sak = forsteSoknad(utlysninger.get(1));
        Map<String, Wrk.Resultat> sider = new java.util.LinkedHashMap<>();
        sider.put("triviell", Wrk.kjor(pakke.url(0) + "/favicon.svg", saksbehandler, 64, SEKUNDER));
        sider.put("skjema", skjemaside());
        sider.put("arbeidsliste", profilert("arbeidsliste", () -> Wrk.kjor(pakke.url(0) + "/saksbehandling/utlysninger/" + utlysninger.get(1),
                saksbehandler, 64, SEKUNDER)));
        sider.put("sak", profilert("sak", () -> Wrk.kjor(pakke.url(0) + "/saksbehandling/soknader/" + sak, saksbehandler, 64, SEKUNDER)));
        sider.put("tildeling", profilert("tildeling", () -> Wrk.kjor(pakke.url(0) + "/saksbehandling/utlysninger/" + utlysninger.get(1)
                + "/tildeling", saksbehandler, 64, SEKUNDER)));
        StoreRunder store = new StoreRunder(pakke.postgres());
        for (int i = 0; i < STORRELSER.length; i++) {
            int antall = STORRELSER[i];
            long utlysning = utlysninger.get(2 * UTLYSNINGER + 1 + i);
            String soker = pakke.token("soker-" + kommuner.get(0));
            long mal = utkast(utlysning, kommuner.get(0), soker);
            send("POST", "/api/soknader/" + mal + "/send", soker, null, 200);
            store.fyll(utlysning, mal, antall);
            String token = pakke.token("saksbehandler");
            sider.put("arbeidsliste_" + antall, profilert("arbeidsliste_" + antall, () -> Wrk.kjor(pakke.url(0)
                    + "/saksbehandling/utlysninger/" + utlysning, token, 64, SEKUNDER_STORRELSE)));
            sider.put("sak_" + antall, profilert("sak_" + antall, () -> Wrk.kjor(pakke.url(0) + "/saksbehandling/soknader/" + mal, token, 64,
                    SEKUNDER_STORRELSE)));
        }
        return sider;
    }

    /** The first application the benchmark sent in {@code utlysning}, for the case page. */
    private long forsteSoknad(long utlysning) throws Exception {
        return JSON.readTree(send("GET", "/api/utlysninger/" + utlysning + "/soknader?storrelse=1", pakke.token("saksbehandler"), null, 200))
                .get("elementer").get(0).get("id").asLong();
    }

    /** The kommune's form at its heaviest step (the measures with their budget lines), on a draft. */
    private Wrk.Resultat skjemaside() throws Exception {
        String soker = pakke.token("soker-" + kommuner.get(0));
        long utkast = utkast(utlysninger.get(2 * UTLYSNINGER), kommuner.get(0), soker);
        return profilert("skjemaside", () -> Wrk.kjor(pakke.url(0) + "/mine-soknader/" + utkast + "/steg/3", soker, 64, SEKUNDER));
    }

    /**
     * With LASTBENCHMARK_PROFIL set, Java Flight Recorder samples the application while {@code last} runs, into
     * target/lastbenchmark/{@code navn}.jfr (read with JDK Mission Control or {@code jfr print --events jdk.ExecutionSample}).
     */
    private <T> T profilert(String navn, Maling<T> last) throws Exception {
        if (System.getenv("LASTBENCHMARK_PROFIL") == null) {
            return last.kjor();
        }
        String pid = String.valueOf(pakke.pid(0));
        new ProcessBuilder("jcmd", pid, "JFR.start", "name=" + navn, "settings=profile").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        try {
            return last.kjor();
        } finally {
            new ProcessBuilder("jcmd", pid, "JFR.stop", "name=" + navn, "filename=" + MAPPE.resolve(navn + ".jfr").toAbsolutePath())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        }
    }

    interface Maling<T> {
        T kjor() throws Exception;
    }

    /** Calls, kommune users and one admin; every call is open, with classes 1–6 so that every kommune may apply. */
    private void forbered() throws Exception {
        String admin = pakke.token("admin");
        LocalDateTime naa = LocalDateTime.now(ZoneId.of("Europe/Oslo"));
        for (int i = 0; i < 2 * UTLYSNINGER + 1 + STORRELSER.length; i++) {
            Map<String, Object> u = Testdata.utlysning(naa.minusDays(1), naa.plusDays(30));
            u.put("tittel", "Lastprøve " + (i + 1));
            u.put("parametre", Map.of("sentralitetsklasser", List.of(1, 2, 3, 4, 5, 6)));
            utlysninger.add(JSON.readTree(send("POST", "/api/utlysninger", admin, JSON.writeValueAsString(u), 201)).get("id").asLong());
        }
        JsonNode side = JSON.readTree(send("GET", "/api/kommuner?storrelse=" + KOMMUNER, admin, null, 200));
        for (JsonNode kommune : side.get("elementer")) {
            kommuner.add(kommune.get("kommunenummer").asText());
        }
        for (String kommune : kommuner) {
            pakke.nySoker(kommune);
        }
    }

    /** Fresh tokens for every kommune (they live five minutes). */
    private void sokertokens() {
        for (String kommune : kommuner) {
            sokere.put(kommune, pakke.token("soker-" + kommune));
        }
    }

    /** {@code antall} submissions by {@link #SAMTIDIGE} kommuner at a time; returns the time it took. */
    private Duration innsendinger(int antall, String navn) throws Exception {
        int forste = neste.getAndAdd(antall);
        AtomicInteger teller = new AtomicInteger(forste);
        ExecutorService tradar = Executors.newFixedThreadPool(SAMTIDIGE);
        long start = System.nanoTime();
        try {
            List<Future<?>> arbeid = new ArrayList<>();
            for (int t = 0; t < SAMTIDIGE; t++) {
                arbeid.add(tradar.submit(() -> {
                    for (int n = teller.getAndIncrement(); n < forste + antall; n = teller.getAndIncrement()) {
                        sendInn(n);
                    }
                    return null;
                }));
            }
            for (Future<?> f : arbeid) {
                f.get();
            }
        } finally {
            tradar.shutdownNow();
        }
        Duration tid = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("%s: %d innsendinger på %.2f s, %.1f per sekund%n", navn, antall, tid.toNanos() / 1e9,
                antall / (tid.toNanos() / 1e9));
        return tid;
    }

    /** Submission number {@code n}: kommune n mod {@link #KOMMUNER}, in call n div {@link #KOMMUNER}. */
    private void sendInn(int n) throws Exception {
        String kommune = kommuner.get(n % KOMMUNER);
        long utlysning = utlysninger.get(n / KOMMUNER);
        String token = sokere.get(kommune);
        long id = utkast(utlysning, kommune, token);
        send("POST", "/api/soknader/" + id + "/send", token, null, 200);
    }

    /** A complete draft for {@code kommune} in {@code utlysning}, as the kommune makes it; its id. */
    private long utkast(long utlysning, String kommune, String token) throws IOException, InterruptedException {
        return JSON.readTree(send("POST", "/api/utlysninger/" + utlysning + "/soknader", token,
                JSON.writeValueAsString(Testdata.fullstendigSoknad(kommune)), 201)).get("id").asLong();
    }

    private String send(String metode, String sti, String token, String kropp, int forventet) throws IOException, InterruptedException {
        HttpRequest.Builder foresporsel = HttpRequest.newBuilder(URI.create(pakke.url(0) + sti)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (kropp != null) {
            foresporsel.header("Content-Type", "application/json").method(metode, HttpRequest.BodyPublishers.ofString(kropp));
        } else {
            foresporsel.method(metode, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> svar = HTTP.send(foresporsel.build(), HttpResponse.BodyHandlers.ofString());
        if (svar.statusCode() != forventet) {
            throw new IllegalStateException(metode + " " + sti + " ga " + svar.statusCode() + ": " + svar.body());
        }
        return svar.body();
    }
}
