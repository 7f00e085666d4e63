package no.legevakttilskudd;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.legevakttilskudd.felles.local.Databaseroller;
import no.legevakttilskudd.felles.local.LocalKeycloak;

/**
 * The packaged application ({@code target/legevakttilskudd-runner.jar}) run the way an operator runs it: {@code java -jar} in prod mode
 * with only environment variables, against a real PostgreSQL and a real Keycloak with the demo realm. Several
 * instances can share the one database, as behind a load balancer. As in production the database has two roles
 * (db/roller.sql): a run of its own migrates as the owner, and the instances connect as the application's role. For the integration tests ({@code *IT}), which
 * Failsafe runs after the package is built.
 */
public final class PakketApplikasjon implements AutoCloseable {

    /** The web client's secret in this run's realm and in the instances: as long and random-looking as production demands. */
    static final String NETTKLIENT_HEMMELIGHET = "nettklient-hemmelighet-for-integrasjonstestene-7f3a9c";

    private final Path mappe;
    private final EmbeddedPostgres postgres;
    private final Process keycloakProsess;
    private final LocalKeycloak keycloak;
    private final List<Integer> porter;
    private final List<Integer> driftsporter;
    private final List<Process> instanser = new ArrayList<>();
    private Tcpmellomledd databaseveien;
    private List<String> jvmValg;
    private final Path java;
    private final Map<String, String> ekstraMiljo;
    private int databaseport;
    private String databasenavn = "postgres";

    private PakketApplikasjon(Path mappe, EmbeddedPostgres postgres, Process keycloakProsess, LocalKeycloak keycloak, List<Integer> porter,
            List<Integer> driftsporter, Path java, List<String> jvmValg, Map<String, String> miljo) {
        this.driftsporter = driftsporter;
        this.java = java;
        this.mappe = mappe;
        this.jvmValg = jvmValg;
        this.ekstraMiljo = miljo;
        this.postgres = postgres;
        this.keycloakProsess = keycloakProsess;
        this.keycloak = keycloak;
        this.porter = porter;
        this.databaseport = postgres.getPort();
    }

    /** Starts PostgreSQL, Keycloak and {@code antall} instances, and waits until all answer; logs go to {@code mappe}. */
    public static PakketApplikasjon start(Path mappe, int antall) throws Exception {
        return start(mappe, antall, EmbeddedPostgres.builder());
    }

    /** As {@link #start(Path, int)}, with PostgreSQL from {@code postgres} (another server version, say). */
    public static PakketApplikasjon start(Path mappe, int antall, EmbeddedPostgres.Builder postgres) throws Exception {
        return start(mappe, antall, postgres, List.of(), Map.of());
    }

    /** As {@link #start(Path, int)}, with the JVM options and extra environment of a real deployment. */
    public static PakketApplikasjon start(Path mappe, int antall, EmbeddedPostgres.Builder postgres, List<String> jvmValg,
            Map<String, String> miljo) throws Exception {
        return start(mappe, antall, postgres, Path.of(System.getProperty("java.home"), "bin", "java"), jvmValg, miljo);
    }

    /** As {@link #start(Path, int, EmbeddedPostgres.Builder, List, Map)}, on the JVM {@code java} (the production image's, say). */
    public static PakketApplikasjon start(Path mappe, int antall, EmbeddedPostgres.Builder postgres, Path java, List<String> jvmValg,
            Map<String, String> miljo) throws Exception {
        Path jar = jar();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " finnes ikke; kjør ./mvnw verify, som bygger pakken før integrasjonstestene");
        }
        Files.createDirectories(mappe);
        List<Integer> porter = new ArrayList<>();
        List<Integer> driftsporter = new ArrayList<>();
        for (int i = 0; i < antall; i++) {
            porter.add(Demorealm.ledigPort());
            driftsporter.add(Demorealm.ledigPort());
        }
        LocalKeycloak kc = LocalKeycloak.unpacked(Demorealm.KEYCLOAK_MAPPE.toAbsolutePath(), Demorealm.ledigPort());
        // The web client's redirect addresses are fixed at import: the first instance is the one people log in on.
        kc.importRealm(Demorealm.medAppAdresse(mappe, porter.get(0), NETTKLIENT_HEMMELIGHET));
        kc.installTheme(LocalKeycloak.locateTheme(Path.of("")));
        Process kcProsess = kc.start(mappe.resolve("keycloak.log").toAbsolutePath(), "--db=dev-mem");
        PakketApplikasjon app = new PakketApplikasjon(mappe, postgres.setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "100").start(), kcProsess, kc, porter, driftsporter, java, jvmValg, miljo);
        try {
            // The roles first, by the script every installation runs; then the migration as a step of its own with the
            // owner's credentials, as the init container in Kubernetes does; the instances get only the application's.
            Databaseroller.opprettLokalt(app.postgres.getPort());
            vent("Keycloak", Duration.ofMinutes(3), kc::answers);
            app.migrer();
            for (int i = 0; i < antall; i++) {
                app.instanser.add(app.startInstans(i));
            }
            for (int i = 0; i < antall; i++) {
                String helse = app.driftsurl(i) + "/q/health/ready";
                vent("instans " + (i + 1), Duration.ofMinutes(1), () -> LocalKeycloak.answers(helse));
            }
        } catch (Exception | Error e) {
            app.close();
            throw e;
        }
        return app;
    }

    private Process startInstans(int nummer) throws IOException {
        ProcessBuilder bygger = prosess("app" + (nummer + 1) + ".log", porter.get(nummer), driftsporter.get(nummer));
        // The instances never migrate: they have no right to, and no owner's credentials.
        bygger.environment().put("QUARKUS_FLYWAY_MIGRATE_AT_START", "false");
        return bygger.start();
    }

    /** Flyway as the migration owner, in a run of the application that stops when it is initialised (QUARKUS_INIT_AND_EXIT). */
    private void migrer() throws IOException, InterruptedException {
        ProcessBuilder bygger = prosess("migrering.log", Demorealm.ledigPort(), Demorealm.ledigPort());
        bygger.environment().put("QUARKUS_INIT_AND_EXIT", "true");
        bygger.environment().put("DB_MIGRERING_USERNAME", Databaseroller.LOKAL_EIER.navn());
        bygger.environment().put("DB_MIGRERING_PASSWORD", Databaseroller.LOKAL_EIER.passord());
        Process migrering = bygger.start();
        if (!migrering.waitFor(2, TimeUnit.MINUTES)) {
            migrering.destroyForcibly();
            throw new IllegalStateException("migreringen ble ikke ferdig innen 2 min; se " + mappe.resolve("migrering.log"));
        }
        if (migrering.exitValue() != 0) {
            throw new IllegalStateException("migreringen feilet (" + migrering.exitValue() + "); se " + mappe.resolve("migrering.log"));
        }
    }

    /** {@code java -jar} in prod mode with the environment an operator gives it, as the application's role. */
    private ProcessBuilder prosess(String logg, int port, int driftsport) throws IOException {
        List<String> kommando = new ArrayList<>();
        kommando.add(java.toString());
        kommando.addAll(jvmValg);
        kommando.addAll(List.of("-jar", jar().getFileName().toString()));
        // From the jar's own directory with a relative class path, as the container image runs it: an AOT cache is
        // only valid for the class path it was recorded with.
        ProcessBuilder bygger = new ProcessBuilder(kommando)
                .directory(jar().toAbsolutePath().getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(mappe.resolve(logg).toAbsolutePath().toFile()));
        Map<String, String> miljo = bygger.environment();
        // Through a relay the tests can cut, as when PostgreSQL stops; the instances do not know the difference.
        miljo.put("DB_URL", "jdbc:postgresql://localhost:" + databaseveien().port() + "/" + databasenavn);
        miljo.put("DB_USERNAME", Databaseroller.LOKAL_APP.navn());
        miljo.put("DB_PASSWORD", Databaseroller.LOKAL_APP.passord());
        miljo.put("OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
        // Production refuses the demo realm's public secret (demo-web-secret): this run's realm has its own.
        miljo.put("OIDC_WEB_CLIENT_SECRET", NETTKLIENT_HEMMELIGHET);
        miljo.put("CSRF_SECRET", Csrftoken.HEMMELIGHET);
        miljo.put("SMTP_HOST", "127.0.0.1");
        miljo.put("SMTP_PORT", String.valueOf(Demorealm.ledigPort()));
        miljo.put("EPOST_FRA", "ikke-svar@example.no");
        miljo.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        miljo.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(driftsport));
        miljo.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        miljo.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        miljo.putAll(ekstraMiljo);
        return bygger;
    }

    /** The JVM options of the instances started from now on (those running keep theirs). */
    public synchronized void brukJvmValg(List<String> valg) {
        jvmValg = List.copyOf(valg);
    }

    /** Kills instance {@code nummer} as {@code kill -9} does: no shutdown, requests in flight are cut off. */
    public void drep(int nummer) throws InterruptedException {
        Process instans = instanser.get(nummer);
        instans.destroyForcibly();
        instans.waitFor();
    }

    /** The operating system's process id of instance {@code nummer}, to read its memory from /proc. */
    public long pid(int nummer) {
        return instanser.get(nummer).pid();
    }

    /** Starts instance {@code nummer} again on its port, waits until it is ready, and tells how long that took. */
    public Duration startPaNytt(int nummer) throws Exception {
        long start = System.nanoTime();
        instanser.set(nummer, startInstans(nummer));
        String adresse = driftsurl(nummer);
        // Polled often: the benchmark reports this time against a goal of a few seconds.
        long frist = start + Duration.ofMinutes(1).toNanos();
        while (!LocalKeycloak.answers(adresse + "/q/health/ready")) {
            if (System.nanoTime() > frist) {
                throw new IllegalStateException("instans " + (nummer + 1) + " svarte ikke innen 60 s etter omstart");
            }
            Thread.sleep(10);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The road from the instances to PostgreSQL, to cut and restore. */
    public synchronized Tcpmellomledd databaseveien() throws IOException {
        if (databaseveien == null) {
            databaseveien = new Tcpmellomledd(databaseport);
        }
        return databaseveien;
    }

    /** Stops every instance the way an operator does (SIGTERM, graceful shutdown) and waits until they are gone. */
    public void stoppInstansene() throws InterruptedException {
        for (Process instans : instanser) {
            instans.destroy();
            instans.waitFor();
        }
    }

    /**
     * Stops every instance, points them at database {@code navn} on the PostgreSQL at {@code port} (a restored copy,
     * say) and starts them again; the same Keycloak, so tokens stay valid.
     */
    public void byttDatabase(int port, String navn) throws Exception {
        stoppInstansene();
        synchronized (this) {
            if (databaseveien != null) {
                databaseveien.close();
                databaseveien = null;
            }
            databaseport = port;
            databasenavn = navn;
        }
        for (int i = 0; i < instanser.size(); i++) {
            startPaNytt(i);
        }
    }

    /** The address of instance {@code nummer} (from 0). */
    public String url(int nummer) {
        return "http://localhost:" + porter.get(nummer);
    }

    /** The management interface of instance {@code nummer}: health and metrics, not on the application's port in prod. */
    public String driftsurl(int nummer) {
        return "http://localhost:" + driftsporter.get(nummer);
    }

    public int port(int nummer) {
        return porter.get(nummer);
    }

    public LocalKeycloak keycloak() {
        return keycloak;
    }

    public EmbeddedPostgres postgres() {
        return postgres;
    }

    /** A token from Keycloak for a demo user, by the password grant of the demo command-line client. */
    public String token(String bruker) {
        return given().formParam("grant_type", "password").formParam("client_id", "legevakttilskudd-cli")
                .formParam("username", bruker).formParam("password", "demo")
                .when().post(keycloak.realmUrl() + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    /**
     * A soker user for {@code kommunenummer}, made in the realm through Keycloak's admin API (the demo realm has only a
     * few); its name is returned, its password is {@code demo}.
     */
    public String nySoker(String kommunenummer) {
        String navn = "soker-" + kommunenummer;
        String base = keycloak.realmUrl().replace("/realms/" + LocalKeycloak.REALM, "");
        String admin = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .when().post(base + "/realms/master/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        String brukere = base + "/admin/realms/" + LocalKeycloak.REALM + "/users";
        int status = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("username", navn, "enabled", true, "emailVerified", true, "email", navn + "@example.org",
                        "firstName", "Søker", "lastName", kommunenummer, "attributes", Map.of("kommunenummer", List.of(kommunenummer)),
                        "credentials", List.of(Map.of("type", "password", "value", "demo", "temporary", false))))
                .when().post(brukere).then().extract().statusCode();
        if (status == 201) {
            String id = given().auth().oauth2(admin).queryParam("username", navn).queryParam("exact", true).when().get(brukere)
                    .then().statusCode(200).extract().path("[0].id");
            Object rolle = given().auth().oauth2(admin).when().get(base + "/admin/realms/" + LocalKeycloak.REALM + "/roles/soker")
                    .then().statusCode(200).extract().as(Map.class);
            given().auth().oauth2(admin).contentType("application/json").body(List.of(rolle))
                    .when().post(brukere + "/" + id + "/role-mappings/realm").then().statusCode(204);
        } else if (status != 409) {
            throw new IllegalStateException("Keycloak opprettet ikke " + navn + ": " + status);
        }
        return navn;
    }

    @Override
    public void close() throws IOException {
        instanser.forEach(Process::destroy);
        if (databaseveien != null) {
            databaseveien.close();
        }
        LocalKeycloak.stop(keycloakProsess.toHandle());
        postgres.close();
    }

    private static Path jar() {
        return Path.of("target", "legevakttilskudd-runner.jar");
    }

    private static void vent(String hva, Duration hvorLenge, BooleanSupplier klar) throws InterruptedException {
        long frist = System.nanoTime() + hvorLenge.toNanos();
        while (!klar.getAsBoolean()) {
            if (System.nanoTime() > frist) {
                throw new IllegalStateException(hva + " svarte ikke innen " + hvorLenge.toSeconds() + " s");
            }
            Thread.sleep(250);
        }
    }
}
