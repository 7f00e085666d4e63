package no.legevakttilskudd.drift;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.http.ContentType;
import no.legevakttilskudd.PakketApplikasjon;
import no.legevakttilskudd.Testdata;

/**
 * Two packaged instances in prod mode against one PostgreSQL behave as one (SPEC §7): every request goes to one of
 * them at random, as behind a load balancer; the same kommune creating its application on both at once gets one
 * application; sending it on both at once gives one reference; approvals that together exceed the frame, fired at both
 * instances at once, let exactly the ones that fit through; and the audit log has every change, once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ToInstanserIT {

    private static final int KOMMUNER = 24;
    private static final long RAMME = 10_000_000;
    private static final long BELOP = 1_000_000;

    private static PakketApplikasjon pakke;
    private static final Random TILFELDIG = new Random(20_221_218);
    private static final AtomicInteger OMRUTINGER = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        pakke = PakketApplikasjon.start(Path.of("target", "to-instanser"), 2);
    }

    @AfterAll
    static void stopp() throws Exception {
        if (pakke != null) {
            pakke.close();
        }
    }

    /** Either instance, as a round-robin or least-connections balancer would choose. */
    private static String en() {
        synchronized (TILFELDIG) {
            return pakke.url(TILFELDIG.nextInt(2));
        }
    }

    @Test
    @Order(1)
    void toInstanserOppforerSegSomEn() throws Exception {
        String admin = pakke.token("admin");
        String saksbehandler = pakke.token("saksbehandler");
        String godkjenner = pakke.token("godkjenner");
        LocalDateTime naa = LocalDateTime.now(ZoneId.of("Europe/Oslo"));
        Map<String, Object> u = Testdata.utlysning(naa.minusDays(1), naa.plusDays(30));
        // The packaged application has no test clock to move past the deadline: this call decides as applications come.
        u.put("fortlopendeVedtak", true);
        u.put("ramme", RAMME);
        u.put("parametre", Map.of("sentralitetsklasser", List.of(1, 2, 3, 4, 5, 6)));
        long utlysning = given().auth().oauth2(admin).contentType(ContentType.JSON).body(u).when().post(en() + "/api/utlysninger")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        List<String> kommuner = given().auth().oauth2(admin).queryParam("storrelse", 100).when().get(en() + "/api/kommuner")
                .then().statusCode(200).extract().jsonPath().getList("elementer.kommunenummer", String.class).subList(0, KOMMUNER);

        ExecutorService tradar = Executors.newFixedThreadPool(16);
        try {
            // Each kommune creates its application on both instances at the same moment: one wins, one gets 409.
            for (String kommune : kommuner) {
                String soker = soker(kommune);
                List<Integer> svar = new ArrayList<>();
                for (Future<Integer> f : tradar.invokeAll(List.<Callable<Integer>>of(() -> opprett(soker, pakke.url(0), utlysning, kommune),
                        () -> opprett(soker, pakke.url(1), utlysning, kommune)))) {
                    svar.add(f.get());
                }
                svar.sort(Integer::compare);
                assertEquals(List.of(201, 409), svar, "samme kommune opprettet på begge instansene");
            }

            // Each kommune sends on both instances at once: the same receipt twice, one reference per application.
            List<Long> soknader = new ArrayList<>();
            Set<String> referanser = new TreeSet<>();
            for (String kommune : kommuner) {
                String soker = soker(kommune);
                long id = given().auth().oauth2(soker).when().get(en() + "/api/soknader").then().statusCode(200).extract().jsonPath()
                        .getLong("find { it.utlysningId == " + utlysning + " }.id");
                soknader.add(id);
                List<String> kvitteringer = new ArrayList<>();
                for (Future<String> f : tradar.invokeAll(List.<Callable<String>>of(
                        () -> send(soker, pakke.url(0), id), () -> send(soker, pakke.url(1), id)))) {
                    kvitteringer.add(f.get());
                }
                assertEquals(kvitteringer.get(0), kvitteringer.get(1), "to innsendinger av samme søknad ga ulike kvitteringer");
                referanser.add(kvitteringer.get(0));
            }
            assertEquals(KOMMUNER, referanser.size(), "referansene er ikke unike: " + referanser);

            // Decisions of 1 000 000 for all, approved at once on both instances against a frame of 10 000 000.
            List<Long> vedtak = new ArrayList<>();
            for (long soknad : soknader) {
                vedtak.add(given().auth().oauth2(saksbehandler).contentType(ContentType.JSON)
                        .body(Map.of("utfall", "INNVILGET", "belop", BELOP, "begrunnelse", "Kvalifisert."))
                        .when().post(en() + "/api/soknader/" + soknad + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id"));
            }
            List<Callable<Integer>> godkjenninger = new ArrayList<>();
            for (int i = 0; i < vedtak.size(); i++) {
                String instans = pakke.url(i % 2);
                long id = vedtak.get(i);
                godkjenninger.add(() -> given().auth().oauth2(godkjenner).when().post(instans + "/api/vedtak/" + id + "/godkjenn")
                        .then().extract().statusCode());
            }
            int ok = 0;
            int konflikt = 0;
            for (Future<Integer> f : tradar.invokeAll(godkjenninger)) {
                int status = f.get();
                ok += status == 200 ? 1 : 0;
                konflikt += status == 409 ? 1 : 0;
            }
            assertEquals(RAMME / BELOP, ok);
            assertEquals(KOMMUNER - RAMME / BELOP, konflikt);
        } finally {
            tradar.shutdownNow();
        }

        try (Connection db = pakke.postgres().getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
            assertEquals(KOMMUNER, tall(sql, "select count(*) from soknad where utlysning_id = " + utlysning));
            assertEquals(KOMMUNER, tall(sql, "select count(distinct kommunenummer) from soknad where utlysning_id = " + utlysning));
            assertEquals(RAMME, tall(sql, "select coalesce(sum(belop), 0) from vedtak where utlysning_id = " + utlysning
                    + " and status in ('GODKJENT', 'SENDT')"));
            // The audit log: every application created and sent once, every proposal, exactly the approvals that happened.
            String soknadIder = "(select id::text from soknad where utlysning_id = " + utlysning + ")";
            String vedtakIder = "(select id::text from vedtak where utlysning_id = " + utlysning + ")";
            assertEquals(KOMMUNER, tall(sql, "select count(*) from hendelse where entitet = 'SOKNAD' and handling = 'OPPRETTET' "
                    + "and entitet_id in " + soknadIder));
            assertEquals(KOMMUNER, tall(sql, "select count(*) from hendelse where entitet = 'SOKNAD' and handling = 'SENDT' "
                    + "and entitet_id in " + soknadIder));
            assertEquals(KOMMUNER, tall(sql, "select count(*) from hendelse where entitet = 'VEDTAK' and handling = 'FORESLATT' "
                    + "and entitet_id in " + vedtakIder));
            assertEquals(RAMME / BELOP, tall(sql, "select count(*) from hendelse where entitet = 'VEDTAK' and handling = 'GODKJENT' "
                    + "and entitet_id in " + vedtakIder));
            // One receipt e-mail per application, though both instances sent it at once.
            assertEquals(KOMMUNER, tall(sql, "select count(*) from epost_utboks where entitet = 'SOKNAD' and entitet_id in " + soknadIder));
        }
    }

    /** A soker of the kommune: the demo realm has few, so each is made in Keycloak (admin API) for this test. */
    private static String soker(String kommune) {
        return pakke.token(pakke.nySoker(kommune));
    }

    private static int opprett(String soker, String instans, long utlysning, String kommune) {
        return given().auth().oauth2(soker).contentType(ContentType.JSON).body(Testdata.fullstendigSoknad(kommune))
                .when().post(instans + "/api/utlysninger/" + utlysning + "/soknader").then().extract().statusCode();
    }

    /**
     * kill -9 on one instance in the middle of a load of submissions, with the clients doing what a load balancer does:
     * a request that fails on one instance is tried on the other. Every submission that got a 2xx is stored, once, with
     * the reference the kommune was given; the killed instance, started again, serves again.
     */
    @Test
    @Order(2)
    void enInstansSomDrepesMidtIInnsendingeneMisterIngenting() throws Exception {
        String admin = pakke.token("admin");
        LocalDateTime naa = LocalDateTime.now(ZoneId.of("Europe/Oslo"));
        Map<String, Object> u = Testdata.utlysning(naa.minusDays(1), naa.plusDays(30));
        u.put("tittel", "Utlysning med et instansbrudd");
        long utlysning = given().auth().oauth2(admin).contentType(ContentType.JSON).body(u).when().post(en() + "/api/utlysninger")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        List<String> kommuner = given().auth().oauth2(admin).queryParam("side", 2).queryParam("storrelse", 40).when()
                .get(en() + "/api/kommuner").then().statusCode(200).extract().jsonPath().getList("elementer.kommunenummer", String.class);
        Map<String, String> sokere = new HashMap<>();
        for (String kommune : kommuner) {
            sokere.put(kommune, soker(kommune));
        }
        Map<String, String> kvitteringer = new ConcurrentHashMap<>();
        AtomicInteger ferdige = new AtomicInteger();
        ExecutorService tradar = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> innsendinger = new ArrayList<>();
            for (String kommune : kommuner) {
                String soker = sokere.get(kommune);
                innsendinger.add(tradar.submit(() -> {
                    long id = medOmruting(instans -> opprettEllerFinn(soker, instans, utlysning, kommune));
                    kvitteringer.put(kommune, medOmruting(instans -> send(soker, instans, id)));
                    ferdige.incrementAndGet();
                    return null;
                }));
            }
            while (ferdige.get() < kommuner.size() / 4) {
                Thread.sleep(20);
            }
            pakke.drep(1);
            for (Future<?> f : innsendinger) {
                f.get();
            }
        } finally {
            tradar.shutdownNow();
        }
        assertEquals(kommuner.size(), kvitteringer.size());
        assertTrue(OMRUTINGER.get() > 0, "ingen forespørsel traff den drepte instansen; testen prøvde ikke det den skal");

        try (Connection db = pakke.postgres().getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
            for (Map.Entry<String, String> kvittering : kvitteringer.entrySet()) {
                assertEquals(1, tall(sql, "select count(*) from soknad where utlysning_id = " + utlysning + " and kommunenummer = '"
                        + kvittering.getKey() + "' and status = 'SENDT' and referanse = '" + kvittering.getValue() + "'"),
                        kvittering.getKey() + " fikk kvittering " + kvittering.getValue());
            }
            assertEquals(kommuner.size(), tall(sql, "select count(*) from soknad where utlysning_id = " + utlysning));
            assertEquals(kommuner.size(), tall(sql, "select count(distinct referanse) from soknad where utlysning_id = " + utlysning));
        }
        pakke.startPaNytt(1);
        given().auth().oauth2(admin).when().get(pakke.url(1) + "/api/utlysninger/" + utlysning).then().statusCode(200);
    }

    /**
     * PostgreSQL out of reach for a few seconds under requests: answers are 503 with a clear message and Retry-After,
     * quickly, never a hang or a 500; when the database is back, both instances serve again by themselves.
     */
    @Test
    @Order(3)
    void databasenBorteEnStundGir503OgTjenestenKommerSegSelv() throws Exception {
        String admin = pakke.token("admin");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(admin).when().get(pakke.url(i) + "/api/utlysninger").then().statusCode(200);
        }
        pakke.databaseveien().kutt();
        try {
            for (int forsok = 0; forsok < 6; forsok++) {
                int instans = forsok % 2;
                long start = System.nanoTime();
                var svar = given().auth().oauth2(admin).when().get(pakke.url(instans) + "/api/utlysninger");
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(503, svar.statusCode(), svar.asString());
                assertEquals("application/problem+json", svar.contentType().split(";")[0]);
                assertTrue(svar.jsonPath().getString("detail").contains("Databasen svarer ikke"), svar.asString());
                assertEquals("5", svar.header("Retry-After"));
                assertTrue(millis < 15_000, "svaret tok " + millis + " ms");
            }
        } finally {
            pakke.databaseveien().start();
        }
        for (int i = 0; i < 2; i++) {
            String url = pakke.url(i);
            long frist = System.nanoTime() + 30_000_000_000L;
            int status;
            do {
                status = given().auth().oauth2(admin).when().get(url + "/api/utlysninger").then().extract().statusCode();
                if (status != 200) {
                    Thread.sleep(250);
                }
            } while (status != 200 && System.nanoTime() < frist);
            assertEquals(200, status, "instans " + (i + 1) + " kom seg ikke etter at databasen var tilbake");
        }
    }

    /** What a load balancer does for a failed request: the same request on the other instance. */
    private static <T> T medOmruting(Function<String, T> kall) {
        int forst;
        synchronized (TILFELDIG) {
            forst = TILFELDIG.nextInt(2);
        }
        try {
            return kall.apply(pakke.url(forst));
        } catch (Exception brudd) {
            // REST Assured throws the connection's own IOException (refused, reset) without declaring it.
            if (!(brudd instanceof IOException || brudd.getCause() instanceof IOException)) {
                throw brudd;
            }
            OMRUTINGER.incrementAndGet();
            return kall.apply(pakke.url(1 - forst));
        }
    }

    /** Creates the application, or, when a first attempt was stored before the instance died, finds it. */
    private static long opprettEllerFinn(String soker, String instans, long utlysning, String kommune) {
        var svar = given().auth().oauth2(soker).contentType(ContentType.JSON).body(Testdata.fullstendigSoknad(kommune))
                .when().post(instans + "/api/utlysninger/" + utlysning + "/soknader");
        if (svar.statusCode() == 201) {
            return svar.jsonPath().getLong("id");
        }
        assertEquals(409, svar.statusCode(), svar.asString());
        return given().auth().oauth2(soker).when().get(instans + "/api/soknader").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.utlysningId == " + utlysning + " }.id");
    }

    private static String send(String soker, String instans, long soknad) {
        return given().auth().oauth2(soker).when().post(instans + "/api/soknader/" + soknad + "/send").then().statusCode(200).extract()
                .jsonPath().getString("referanse");
    }

    private static long tall(Statement sql, String sporring) throws SQLException {
        try (ResultSet rs = sql.executeQuery(sporring)) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }
}
