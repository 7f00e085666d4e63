package no.legevakttilskudd.drift;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.legevakttilskudd.PakketApplikasjon;
import no.legevakttilskudd.Pdfer;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.felles.local.Databaseroller;

/**
 * Backup and restore exactly as docs/operations.md tells the operator: {@code pg_dump -Fc} of a database the packaged
 * application has filled through its API, restored with {@code pg_restore --single-transaction --exit-on-error} into an
 * empty database on another server where db/roller.sql has made the two roles first, and the application started
 * against the copy. The copy must give the same statistics and exports, hold the same rows, schema, owners and grants,
 * keep the audit log's protection, and take new applications without colliding with the old ids.
 *
 * <p>pg_dump refuses a server of a newer major version than its own, and Debian's client is 15; so this test runs on
 * PostgreSQL 15 binaries from Maven Central (copied to {@code target/postgres-sikkerhetskopi} by the build). In
 * production the server's own pg_dump is used (see docs/operations.md).
 */
class SikkerhetskopiIT {

    private static final Path MAPPE = Path.of("target", "sikkerhetskopi");
    private static final Path BINARER = Path.of("target", "postgres-sikkerhetskopi", "postgres-sikkerhetskopi.jar");
    private static final String GJENOPPRETTET = "legevakttilskudd_gjenopprettet";

    private static PakketApplikasjon pakke;
    private static EmbeddedPostgres tomTjener;

    @BeforeAll
    static void start() throws Exception {
        String pgDump = kjor(List.of("pg_dump", "--version"));
        if (pgDump == null) {
            String grunn = "pg_dump finnes ikke (Debian: apt-get install -y postgresql-client)";
            if ("true".equalsIgnoreCase(System.getenv("SIKKERHETSKOPI_PAKREVD"))) {
                // CI (.ci/run) installs it; there a missing client must fail the build, not pass it quietly.
                throw new IllegalStateException("Sikkerhetskopitesten må kjøre her (SIKKERHETSKOPI_PAKREVD=true): " + grunn);
            }
            Assumptions.abort(grunn);
        }
        pakke = PakketApplikasjon.start(MAPPE, 1, postgres15());
        tomTjener = postgres15().setServerConfig("timezone", "UTC").start();
    }

    @AfterAll
    static void stopp() throws IOException {
        if (pakke != null) {
            pakke.close();
        }
        if (tomTjener != null) {
            tomTjener.close();
        }
    }

    @Test
    void enKopiGjenopprettetIEnTomDatabaseGirDetSammeSomOriginalen() throws Exception {
        String admin = pakke.token("admin");
        long utlysning = fyllMedEnRunde(admin);
        Map<String, String> svarFor = aggregater(admin, utlysning);
        // Stopped as docs/operations.md says, so the rows hold still: a running instance keeps working the e-mail outbox.
        pakke.stoppInstansene();
        Map<String, String> raderFor;
        String skjemaFor;
        try (Connection db = pakke.postgres().getPostgresDatabase().getConnection()) {
            raderFor = tabellavtrykk(db);
            assertTrue(Long.parseLong(raderFor.get("vedtak").split(" ")[0]) >= 7, "runden ble ikke fylt: " + raderFor);
            skjemaFor = skjema(pakke.postgres().getPort(), "postgres");
        }

        // The operator's commands, as docs/operations.md gives them.
        int versjon = serverversjon(pakke.postgres());
        String pgDump = kjor(List.of("pg_dump", "--version"));
        assertTrue(pgDump.matches("(?s).*\\) " + versjon + "\\..*"), "pg_dump må være samme hovedversjon som tjeneren (" + versjon
                + "): " + pgDump);
        Path kopi = MAPPE.resolve("legevakttilskudd.dump").toAbsolutePath();
        Files.deleteIfExists(kopi);
        kjorOk(List.of("pg_dump", "-Fc", "-h", "localhost", "-p", String.valueOf(pakke.postgres().getPort()), "-U", "postgres",
                "-d", "postgres", "-f", kopi.toString()));
        try (Connection db = tomTjener.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
            sql.execute("create database " + GJENOPPRETTET);
        }
        // The roles first, by the same script as on a new server: the copy's owners and grants name them.
        try (Connection db = gjenopprettet()) {
            Databaseroller.opprett(db, Databaseroller.LOKAL_EIER, Databaseroller.LOKAL_APP);
        }
        kjorOk(List.of("pg_restore", "-h", "localhost", "-p", String.valueOf(tomTjener.getPort()), "-U", "postgres",
                "-d", GJENOPPRETTET, "--single-transaction", "--exit-on-error", kopi.toString()));

        try (Connection db = gjenopprettet()) {
            assertEquals(raderFor, tabellavtrykk(db), "radene i kopien");
            assertEquals(skjemaFor, skjema(tomTjener.getPort(), GJENOPPRETTET), "skjemaet i kopien");
            // The audit log's triggers came back with the rows: the copy's history cannot be rewritten either.
            try (Statement sql = db.createStatement()) {
                SQLException nektet = assertThrows(SQLException.class, () -> sql.executeUpdate("update hendelse set handling = 'X'"));
                assertFalse(nektet.getMessage().isBlank());
            }
            // So did the owner and the application's rights: append-only for the application, everything owned by the owner.
            try (Connection original = pakke.postgres().getPostgresDatabase().getConnection()) {
                assertEquals(rettigheter(original), rettigheter(db), "eiere og rettigheter i kopien");
            }
        }

        pakke.byttDatabase(tomTjener.getPort(), GJENOPPRETTET);
        admin = pakke.token("admin");
        assertEquals(svarFor, aggregater(admin, utlysning), "statistikken og eksporten fra kopien");

        // The copy takes new work: the sequences were restored, so new ids do not collide with the old ones.
        String nyKommune = "1835";
        String soker = pakke.token(pakke.nySoker(nyKommune));
        long ny = given().auth().oauth2(soker).contentType(ContentType.JSON).body(Testdata.fullstendigSoknad(nyKommune))
                .when().post(pakke.url(0) + "/api/utlysninger/" + utlysning + "/soknader").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        given().auth().oauth2(soker).when().post(pakke.url(0) + "/api/soknader/" + ny + "/send").then().statusCode(200);
        try (Connection db = gjenopprettet(); Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("select count(*), max(id) from soknad where utlysning_id = " + utlysning)) {
            assertTrue(rs.next());
            assertEquals(Long.parseLong(raderFor.get("soknad").split(" ")[0]) + 1, rs.getLong(1));
            assertEquals(ny, rs.getLong(2));
        }
    }

    /**
     * One call with a round in every state the system knows: sent applications, one with an attachment, one withdrawn;
     * decisions proposed, approved, sent, one corrected, one accepted, partly paid, reported and appealed.
     */
    private static long fyllMedEnRunde(String admin) {
        String url = pakke.url(0);
        String saksbehandler = pakke.token("saksbehandler");
        String godkjenner = pakke.token("godkjenner");
        LocalDateTime naa = LocalDateTime.now(ZoneId.of("Europe/Oslo"));
        Map<String, Object> u = Testdata.utlysning(naa.minusDays(1), naa.plusDays(30));
        // The packaged application has no test clock to move past the deadline: this call decides as applications come.
        u.put("fortlopendeVedtak", true);
        u.put("ramme", 10_000_000);
        u.put("parametre", Map.of("sentralitetsklasser", List.of(1, 2, 3, 4, 5, 6)));
        long utlysning = given().auth().oauth2(admin).contentType(ContentType.JSON).body(u).when().post(url + "/api/utlysninger")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        List<String> kommuner = List.of("1856", "1857", "1834", "1836", "1838", "1839", "1840", "1841");
        List<String> sokere = new ArrayList<>();
        List<Long> soknader = new ArrayList<>();
        for (String kommune : kommuner) {
            String soker = pakke.token(pakke.nySoker(kommune));
            long id = given().auth().oauth2(soker).contentType(ContentType.JSON).body(Testdata.fullstendigSoknad(kommune))
                    .when().post(url + "/api/utlysninger/" + utlysning + "/soknader").then().statusCode(201).extract().jsonPath()
                    .getLong("id");
            sokere.add(soker);
            soknader.add(id);
        }
        given().auth().oauth2(sokere.get(0)).multiPart("fil", "plan.pdf", Pdfer.gyldig(),
                "application/pdf").when().post(url + "/api/soknader/" + soknader.get(0) + "/vedlegg").then().statusCode(201);
        for (int i = 0; i < kommuner.size(); i++) {
            given().auth().oauth2(sokere.get(i)).when().post(url + "/api/soknader/" + soknader.get(i) + "/send").then().statusCode(200);
        }
        given().auth().oauth2(sokere.get(7)).when().post(url + "/api/soknader/" + soknader.get(7) + "/trekk").then().statusCode(200);

        List<Long> vedtak = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            given().auth().oauth2(saksbehandler).contentType(ContentType.JSON).body(Map.of("kvalitet", i % 2 == 0 ? "GOD" : "MIDDELS"))
                    .when().put(url + "/api/soknader/" + soknader.get(i) + "/vurdering").then().statusCode(200);
            Map<String, Object> forslag = i == 5 ? Map.of("utfall", "AVSLATT", "begrunnelse", "Utenfor ordningen.")
                    : Map.of("utfall", "INNVILGET", "belop", 900_000 + 100_000 * i, "begrunnelse", "Kvalifisert.");
            vedtak.add(given().auth().oauth2(saksbehandler).contentType(ContentType.JSON).body(forslag)
                    .when().post(url + "/api/soknader/" + soknader.get(i) + "/vedtak").then().statusCode(201).extract().jsonPath()
                    .getLong("id"));
        }
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(godkjenner).when().post(url + "/api/vedtak/" + vedtak.get(i) + "/godkjenn").then().statusCode(200);
        }
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(saksbehandler).when().post(url + "/api/vedtak/" + vedtak.get(i) + "/send").then().statusCode(200);
        }
        long rettelse = given().auth().oauth2(saksbehandler).contentType(ContentType.JSON)
                .body(Map.of("utfall", "DELVIS_INNVILGET", "belop", 700_000, "begrunnelse", "Rettet: ett tiltak faller bort."))
                .queryParam("erstatter", vedtak.get(1))
                .when().post(url + "/api/soknader/" + soknader.get(1) + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(godkjenner).when().post(url + "/api/vedtak/" + rettelse + "/godkjenn").then().statusCode(200);
        given().auth().oauth2(saksbehandler).when().post(url + "/api/vedtak/" + rettelse + "/send").then().statusCode(200);

        String rost = sokere.get(0);
        long forste = vedtak.get(0);
        given().auth().oauth2(rost).contentType(ContentType.JSON).body(Map.of("kontonummer", "12345678903"))
                .when().post(url + "/api/vedtak/" + forste + "/aksept").then().statusCode(200);
        given().auth().oauth2(saksbehandler).contentType(ContentType.JSON)
                .body(Map.of("belop", 300_000, "dato", LocalDate.now(ZoneId.of("Europe/Oslo")).toString()))
                .when().post(url + "/api/vedtak/" + forste + "/utbetalinger").then().statusCode(201);
        given().auth().oauth2(rost).contentType(ContentType.JSON)
                .body(Map.of("tiltak", List.of(Map.of("gjort", "Vikarlege i rotasjon.", "brukt", 800_000),
                        Map.of("gjort", "Defibrillator.", "brukt", 50_000))))
                .when().put(url + "/api/vedtak/" + forste + "/rapport").then().statusCode(200);
        given().auth().oauth2(rost).contentType(ContentType.JSON).body(Map.of("tekst", "Vi ba om mer."))
                .when().post(url + "/api/vedtak/" + forste + "/klager").then().statusCode(201);
        return utlysning;
    }

    /** What evaluators and caseworkers read: the statistics, the call's allocation and every export, as the API gives them. */
    private static Map<String, String> aggregater(String admin, long utlysning) {
        Map<String, String> svar = new TreeMap<>();
        for (String sti : List.of("/api/statistikk", "/api/statistikk?utlysning=" + utlysning, "/api/utlysninger/" + utlysning + "/tildeling",
                "/api/statistikk/eksport/tildelinger.csv", "/api/statistikk/eksport/tildelinger.json",
                "/api/statistikk/eksport/360giving.csv", "/api/vedtak?status=SENDT", "/api/hendelser?storrelse=500")) {
            svar.put(sti, given().auth().oauth2(admin).when().get(pakke.url(0) + sti).then().statusCode(200).extract().asString());
        }
        return svar;
    }

    /** Per table in the schema: the number of rows and a digest of all of them in a fixed order. */
    private static Map<String, String> tabellavtrykk(Connection db) throws SQLException {
        List<String> tabeller = new ArrayList<>();
        try (Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("select tablename from pg_tables where schemaname = 'public' order by 1")) {
            while (rs.next()) {
                tabeller.add(rs.getString(1));
            }
        }
        Map<String, String> avtrykk = new TreeMap<>();
        try (Statement sql = db.createStatement()) {
            for (String tabell : tabeller) {
                try (ResultSet rs = sql.executeQuery("select count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\\n' order by t::text), ''))"
                        + " from \"" + tabell + "\" t")) {
                    rs.next();
                    avtrykk.put(tabell, rs.getString(1));
                }
            }
            try (ResultSet rs = sql.executeQuery("select sequencename, last_value from pg_sequences where schemaname = 'public'")) {
                while (rs.next()) {
                    avtrykk.put("sekvens " + rs.getString(1), String.valueOf(rs.getLong(2)));
                }
            }
        }
        return avtrykk;
    }

    /** Who owns each table, view and sequence, and what the application's role may do with it. */
    private static Map<String, String> rettigheter(Connection db) throws SQLException {
        Map<String, String> rettigheter = new TreeMap<>();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("select c.relname, pg_get_userbyid(c.relowner) || ' '"
                + " || array_to_string(array(select p from unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) p"
                + " where has_table_privilege('" + Databaseroller.LOKAL_APP.navn() + "', c.oid, p)), ',')"
                + " from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'v', 'S')")) {
            while (rs.next()) {
                rettigheter.put(rs.getString(1), rs.getString(2));
            }
        }
        assertEquals(Databaseroller.LOKAL_EIER.navn() + " SELECT,INSERT", rettigheter.get("hendelse"));
        return rettigheter;
    }

    /** The schema as pg_dump writes it: tables, constraints, indexes, triggers and functions, without the run's own lines. */
    private static String skjema(int port, String database) throws Exception {
        String tekst = kjorOk(List.of("pg_dump", "--no-owner", "-h", "localhost", "-p", String.valueOf(port), "-U",
                "postgres", "-d", database));
        // \restrict carries a random key per run. PostgreSQL prints a restored "varchar [NOT] IN (...)" (in a check or a partial
        // index) with the casts moved: (ARRAY['A'::varchar])::text[] becomes ARRAY[('A'::varchar)::text], the same
        // condition; so casts and parentheses are left out of such lines. Everything else must be the same line for line.
        return tekst.lines().filter(linje -> !linje.startsWith("\\restrict") && !linje.startsWith("\\unrestrict"))
                .map(linje -> linje.contains("ARRAY[") ? linje.replaceAll("::[a-z ]+(\\[\\])?", "").replaceAll("[()]", "") : linje)
                .collect(Collectors.joining("\n"));
    }

    private static Connection gjenopprettet() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + tomTjener.getPort() + "/" + GJENOPPRETTET, "postgres", "");
    }

    private static int serverversjon(EmbeddedPostgres postgres) throws SQLException {
        try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("show server_version_num")) {
            rs.next();
            return rs.getInt(1) / 10_000;
        }
    }

    /** PostgreSQL 15 from the binaries the build copied, of pg_dump's major version. */
    private static EmbeddedPostgres.Builder postgres15() {
        if (!Files.isRegularFile(BINARER)) {
            throw new IllegalStateException(BINARER + " finnes ikke; kjør ./mvnw verify, som kopierer den før integrasjonstestene");
        }
        return EmbeddedPostgres.builder().setPgBinaryResolver((system, arkitektur) -> {
            try (JarFile jar = new JarFile(BINARER.toFile()); InputStream inn = jar.getInputStream(
                    jar.getEntry("postgres-" + system.toLowerCase(Locale.ROOT) + "-" + arkitektur + ".txz"))) {
                return new ByteArrayInputStream(inn.readAllBytes());
            }
        });
    }

    private static String kjorOk(List<String> kommando) throws Exception {
        Process prosess = new ProcessBuilder(kommando).redirectErrorStream(true).start();
        String ut = new String(prosess.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(prosess.waitFor(5, TimeUnit.MINUTES), String.join(" ", kommando) + " ble ikke ferdig");
        assertEquals(0, prosess.exitValue(), String.join(" ", kommando) + ":\n" + ut);
        return ut;
    }

    private static String kjor(List<String> kommando) {
        try {
            Process prosess = new ProcessBuilder(kommando).redirectErrorStream(true).start();
            String ut = new String(prosess.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return prosess.waitFor() == 0 ? ut.trim() : null;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }
}
