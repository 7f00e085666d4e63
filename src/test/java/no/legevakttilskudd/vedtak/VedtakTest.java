package no.legevakttilskudd.vedtak;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.Roller;

/** Assessment and decisions through the API: locking, four eyes, the cap, immutability and the frame under load. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class VedtakTest {

    @Inject
    DataSource dataSource;

    @Inject
    io.quarkus.mailer.MockMailbox mailbox;

    @Inject
    no.legevakttilskudd.felles.epost.Epostutsending utsending;

    /** 15 June two years from now: after any deadline the tests set, whatever day they run. */
    private static final LocalDate RAPPORTFRIST = LocalDate.of(LocalDate.now().getYear() + 2, 6, 15);

    private static long utlysning(long ramme) {
        Map<String, Object> u = Testdata.utlysning(java.time.LocalDateTime.now().minusDays(1), java.time.LocalDateTime.now().plusDays(30));
        u.put("ramme", ramme);
        u.put("rapportfrist", RAPPORTFRIST.toString());
        return Testdata.opprettUtlysning(u);
    }

    private static long foresla(long soknad, String utfall, long belop) {
        return given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", utfall, "belop", belop, "begrunnelse", "Kvalifisert: sentralitetsklasse 6, 460 innbyggere."))
                .when().post("/api/soknader/" + soknad + "/vedtak")
                .then().statusCode(201).body("status", equalTo("FORESLATT")).extract().jsonPath().getLong("id");
    }

    @Test
    void vurderingMedStrokneLinjerOgOptimistiskLasing() {
        long soknad = Testdata.sendtSoknad(Tokens.ROST, utlysning(50_000_000));
        // fullstendigSoknad: measure 0 has lines 700 000 and 150 000, measure 1 has 50 000.
        Map<String, Object> vurdering = new HashMap<>(Map.of("kvalitet", "GOD", "notat", "Godt begrunnet.",
                "strok", List.of(Map.of("tiltak", 0, "linje", 1, "begrunnelse", "Bolig er utenfor formålet."))));
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(vurdering)
                .when().put("/api/soknader/" + soknad + "/vurdering")
                .then().statusCode(200)
                .body("godkjentBudsjett", equalTo(750_000))
                .body("omsokt", equalTo(900_000))
                .body("versjon", equalTo(0));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknad)
                .then().body("status", equalTo("UNDER_BEHANDLING"));

        // A second caseworker saves on the version both read; the first one's later save on that version is refused.
        vurdering.put("versjon", 0);
        vurdering.put("kvalitet", "MIDDELS");
        given().auth().oauth2(Tokens.token("saksbehandler2", List.of(Roller.SAKSBEHANDLER), null)).contentType(ContentType.JSON)
                .body(vurdering).when().put("/api/soknader/" + soknad + "/vurdering")
                .then().statusCode(200).body("versjon", equalTo(1));
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(vurdering)
                .when().put("/api/soknader/" + soknad + "/vurdering")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("Saken er endret av saksbehandler2"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknad + "/vurdering")
                .then().statusCode(200).body("kvalitet", equalTo("MIDDELS"));

        // The rules now award from the approved budget.
        long utlysningId = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknad).then().extract()
                .jsonPath().getLong("utlysningId");
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/utlysninger/" + utlysningId + "/tildeling")
                .then().statusCode(200).body("tildelinger[0].tildelt", equalTo(750_000));
    }

    @Test
    void ugyldigVurderingOgFeilRolleAvvises() {
        long soknad = Testdata.sendtSoknad(Tokens.ROST, utlysning(50_000_000));
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("strok", List.of(Map.of("tiltak", 7, "linje", 0, "begrunnelse", "x"), Map.of("tiltak", 0, "linje", 0))))
                .when().put("/api/soknader/" + soknad + "/vurdering")
                .then().statusCode(400)
                .body("feil.felt", org.hamcrest.Matchers.hasItems("kvalitet", "strok[0].tiltak", "strok[1].begrunnelse"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(Map.of("kvalitet", "GOD"))
                .when().put("/api/soknader/" + soknad + "/vurdering").then().statusCode(403);
        given().auth().oauth2(Tokens.evaluator()).when().get("/api/soknader/" + soknad + "/vurdering").then().statusCode(403);
        long utkast = Testdata.utkast(Tokens.VAROY, utlysning(50_000_000), Map.of());
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(Map.of("kvalitet", "GOD"))
                .when().put("/api/soknader/" + utkast + "/vurdering").then().statusCode(409);
    }

    @Test
    void fireOyneGodkjenningSendingOgRettelse() throws Exception {
        long soknad = Testdata.sendtSoknad(Tokens.ROST, utlysning(50_000_000));
        Testdata.forbiFristenForSoknaden(soknad);
        // Over the cap of 1 500 000 is refused at once.
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", "INNVILGET", "belop", 1_600_000, "begrunnelse", "x"))
                .when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(400).body("feil[0].felt", equalTo("belop"));

        // The person who proposed cannot approve, even with the approver role.
        String begge = Tokens.token("saksbehandler", List.of(Roller.SAKSBEHANDLER, Roller.GODKJENNER), null);
        long vedtak = foresla(soknad, "INNVILGET", 900_000);
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", "AVSLATT", "begrunnelse", "x"))
                .when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(409);
        given().auth().oauth2(begge).when().post("/api/vedtak/" + vedtak + "/godkjenn")
                .then().statusCode(403).body("detail", containsString("fire øyne"));
        given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(403);

        // Returned with a comment, then proposed again and approved by another person.
        given().auth().oauth2(Tokens.godkjenner()).contentType(ContentType.JSON).body(Map.of("kommentar", " "))
                .when().post("/api/vedtak/" + vedtak + "/returner").then().statusCode(400);
        given().auth().oauth2(Tokens.godkjenner()).contentType(ContentType.JSON).body(Map.of("kommentar", "Sjekk beløpet."))
                .when().post("/api/vedtak/" + vedtak + "/returner").then().statusCode(200).body("status", equalTo("RETURNERT"));
        long nytt = foresla(soknad, "DELVIS_INNVILGET", 800_000);
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + nytt + "/send").then().statusCode(409);
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + nytt + "/godkjenn")
                .then().statusCode(200).body("status", equalTo("GODKJENT")).body("behandletAv", equalTo("godkjenner"));
        given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/vedtak/" + nytt + "/send")
                .then().statusCode(200).body("status", equalTo("SENDT"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/soknader/" + soknad)
                .then().body("status", equalTo("DELVIS_INNVILGET"));

        // The contact person is told by e-mail, through the outbox, once the job runs.
        // Other tests leave mail in the outbox, and a run sends a round's worth at most: run until it is empty.
        mailbox.clear();
        while (utsending.sendForfalte(Testdata.naa()) > 0) {
            // next round
        }
        var meldinger = mailbox.getMailMessagesSentTo("kari@kommune.no");
        assertTrue(meldinger.stream().anyMatch(m -> m.getSubject().startsWith("Vedtak i søknaden LV-")
                && m.getText().contains("delvis innvilget med 800 000 kr") && m.getText().contains("Kommunen kan klage på vedtaket. Klagefristen er "
                        + Klagefrist.REGEL + ", det vil si senest ")),
                "ingen e-post om vedtaket: " + meldinger.stream().map(m -> m.getSubject()).toList());

        // The letter was made when the decision was sent: PDF for the kommune, HTML on request, never for another kommune.
        byte[] pdf = given().auth().oauth2(Tokens.soker(Tokens.ROST)).accept("application/pdf").when().get("/api/vedtak/" + nytt + "/brev")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
        given().auth().oauth2(Tokens.saksbehandler()).accept("text/html").when().get("/api/vedtak/" + nytt + "/brev")
                .then().statusCode(200).body(containsString("Vedtak: søknaden er delvis innvilget"))
                .body(containsString("800 000 kr"))
                .body(containsString("innen 15. juni " + RAPPORTFRIST.getYear()));
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).accept("application/pdf").when().get("/api/vedtak/" + nytt + "/brev")
                .then().statusCode(404);
        try (var tilkobling = dataSource.getConnection(); var setning = tilkobling.createStatement()) {
            assertThrows(java.sql.SQLException.class, () -> setning.executeUpdate("update vedtaksbrev set html = 'x' where vedtak_id = " + nytt));
        }

        // The kommune sees its sent decisions only, accepts with a valid account number; another kommune sees nothing.
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/soknader/" + soknad + "/vedtak")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].status", equalTo("SENDT"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknad + "/vedtak")
                .then().statusCode(200).body("size()", equalTo(2));
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get("/api/soknader/" + soknad + "/vedtak").then().statusCode(404);
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).contentType(ContentType.JSON).body(Map.of("kontonummer", "1234.56.78903"))
                .when().post("/api/vedtak/" + nytt + "/aksept").then().statusCode(404);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(Map.of("kontonummer", "1234.56.78904"))
                .when().post("/api/vedtak/" + nytt + "/aksept").then().statusCode(400).body("feil[0].felt", equalTo("kontonummer"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(Map.of("kontonummer", "1234.56.78903"))
                .when().post("/api/vedtak/" + vedtak + "/aksept").then().statusCode(404);
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(Map.of("belop", 100_000, "dato", "2026-01-05"))
                .when().post("/api/vedtak/" + nytt + "/utbetalinger").then().statusCode(409).body("detail", containsString("ikke akseptert"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(Map.of("kontonummer", "1234.56.78903"))
                .when().post("/api/vedtak/" + nytt + "/aksept").then().statusCode(200).body("kontonummer", equalTo("12345678903"));

        // Payments: after acceptance, never above the award (800 000) in total, never in the future.
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(Map.of("belop", 500_000, "dato", "2026-01-05"))
                .when().post("/api/vedtak/" + nytt + "/utbetalinger").then().statusCode(201);
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(Map.of("belop", 300_001, "dato", "2026-01-06"))
                .when().post("/api/vedtak/" + nytt + "/utbetalinger").then().statusCode(400)
                .body("feil[0].melding", containsString("500 000 kr er allerede utbetalt"));
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(Map.of("belop", 1, "dato", "2999-01-01"))
                .when().post("/api/vedtak/" + nytt + "/utbetalinger").then().statusCode(400).body("feil[0].felt", equalTo("dato"));
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(Map.of("belop", 300_000, "dato", "2026-01-06"))
                .when().post("/api/vedtak/" + nytt + "/utbetalinger").then().statusCode(201);
        given().auth().oauth2(Tokens.godkjenner()).when().get("/api/vedtak/" + nytt + "/utbetalinger")
                .then().statusCode(200).body("belop", org.hamcrest.Matchers.contains(500_000, 300_000));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/vedtak/" + nytt + "/utbetalinger").then().statusCode(403);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(Map.of("kontonummer", "12345678903"))
                .when().post("/api/vedtak/" + nytt + "/aksept").then().statusCode(200);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(Map.of("kontonummer", "00000000000"))
                .when().post("/api/vedtak/" + nytt + "/aksept").then().statusCode(409);

        // Sent is final, also for SQL.
        try (var tilkobling = dataSource.getConnection(); var setning = tilkobling.createStatement()) {
            assertThrows(java.sql.SQLException.class, () -> setning.executeUpdate("update vedtak set belop = 1 where id = " + nytt));
        }

        // A correction is a new decision replacing the sent one; the frame counts it once.
        long utlysningId = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + nytt).then().extract()
                .jsonPath().getLong("utlysningId");
        long rettelse = given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", "INNVILGET", "belop", 900_000, "begrunnelse", "Rettet: hele det godkjente budsjettet."))
                .queryParam("erstatter", nytt)
                .when().post("/api/soknader/" + soknad + "/vedtak")
                .then().statusCode(201).body("erstatterId", equalTo((int) nytt)).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + rettelse + "/godkjenn").then().statusCode(200);
        // The corrected decision is no longer the one in force: a second correction of it is refused.
        given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/vedtak/" + rettelse + "/send").then().statusCode(200);
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", "INNVILGET", "belop", 100_000, "begrunnelse", "Rettet igjen."))
                .queryParam("erstatter", nytt)
                .when().post("/api/soknader/" + soknad + "/vedtak")
                .then().statusCode(409).body("detail", containsString("allerede rettet av vedtak " + rettelse));
        try (var tilkobling = dataSource.getConnection(); var setning = tilkobling.createStatement();
                var rs = setning.executeQuery("select count(*) from hendelse where entitet = 'VEDTAK' and entitet_id = '" + rettelse + "'")) {
            rs.next();
            assertEquals(3, rs.getInt(1), "forslag, godkjenning og sending i hendelsesloggen");
        }
        assertEquals(900_000L, Rammesum.godkjentOgSendt(dataSource, utlysningId));
    }

    /**
     * SPEC's frame invariant under concurrency: 60 proposals of 1 000 000 against a frame of 25 000 000, all approved
     * at once. Exactly 25 fit; the others get 409; the database never holds more than the frame.
     */
    @Test
    void rammenHolderMedMangeSamtidigeGodkjenninger() throws Exception {
        long utlysning = utlysning(25_000_000);
        List<String> kommuner = given().auth().oauth2(Tokens.admin()).queryParam("storrelse", 100).when().get("/api/kommuner")
                .then().statusCode(200).extract().jsonPath().getList("elementer.kommunenummer", String.class);
        assertTrue(kommuner.size() >= 60, "trenger 60 kommuner, fant " + kommuner.size());
        List<Long> soknader = new ArrayList<>();
        for (String kommune : kommuner.subList(0, 60)) {
            soknader.add(Testdata.sendtSoknad(kommune, utlysning));
        }
        Testdata.forbiFristen(utlysning);
        List<Long> vedtak = new ArrayList<>();
        for (long soknad : soknader) {
            vedtak.add(foresla(soknad, "INNVILGET", 1_000_000));
        }
        ExecutorService tradar = Executors.newFixedThreadPool(30);
        try {
            List<Future<Integer>> svar = new ArrayList<>();
            for (long id : vedtak) {
                Callable<Integer> godkjenn = () -> given().auth().oauth2(Tokens.godkjenner()).when()
                        .post("/api/vedtak/" + id + "/godkjenn").then().extract().statusCode();
                svar.add(tradar.submit(godkjenn));
            }
            int ok = 0;
            int konflikt = 0;
            for (Future<Integer> f : svar) {
                int status = f.get();
                if (status == 200) {
                    ok++;
                } else if (status == 409) {
                    konflikt++;
                } else {
                    throw new AssertionError("uventet status " + status);
                }
            }
            assertEquals(25, ok);
            assertEquals(35, konflikt);
        } finally {
            tradar.shutdownNow();
        }
        assertEquals(25_000_000L, Rammesum.godkjentOgSendt(dataSource, utlysning));
    }

    /**
     * While a correction is approved but not sent, the two views answer differently, as they must: the frame already
     * holds the correction's amount (vedtak_mot_rammen), while the kommune's award in the statistics is still the sent
     * decision (vedtak_i_kraft). Once the correction is sent, both follow it.
     */
    @Test
    void enGodkjentRettelseBinderRammenMenGjelderForstNarDenErSendt() throws Exception {
        long utlysning = utlysning(5_000_000);
        long soknad = Testdata.sendtSoknad("1856", utlysning);
        Testdata.forbiFristen(utlysning);
        long forste = foresla(soknad, "INNVILGET", 900_000);
        godkjennOgSend(forste, true);
        long rettelse = given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", "DELVIS_INNVILGET", "belop", 700_000, "begrunnelse", "Rettet: ett tiltak faller bort."))
                .queryParam("erstatter", forste).when().post("/api/soknader/" + soknad + "/vedtak")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        godkjennOgSend(rettelse, false);

        assertEquals(700_000, bundet(utlysning));
        assertEquals(700_000L, Rammesum.godkjentOgSendt(dataSource, utlysning));
        assertEquals(900_000, tildelt(utlysning));

        given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/vedtak/" + rettelse + "/send").then().statusCode(200);
        assertEquals(700_000, bundet(utlysning));
        assertEquals(700_000, tildelt(utlysning));
    }

    @Test
    void fireOyneSammenlignerSubjektetIkkeBrukernavnet() throws Exception {
        long utlysning = utlysning(50_000_000);
        List<String> begge = List.of(Roller.SAKSBEHANDLER, Roller.GODKJENNER);
        String forslagsstiller = Tokens.token("sub-kari", "kari", begge, null);
        long soknad = Testdata.sendtSoknad(Tokens.ROST, utlysning);
        long soknad2 = Testdata.sendtSoknad(Tokens.VAROY, utlysning);
        Testdata.forbiFristen(utlysning);
        // Same user name, another person (subject): may approve.
        long vedtak = given().auth().oauth2(forslagsstiller).contentType(ContentType.JSON)
                .body(Map.of("utfall", "INNVILGET", "belop", 100_000, "begrunnelse", "Kvalifisert."))
                .when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.token("sub-annen-kari", "kari", begge, null)).when().post("/api/vedtak/" + vedtak + "/godkjenn")
                .then().statusCode(200).body("status", equalTo("GODKJENT"));
        try (var c = dataSource.getConnection(); var st = c.prepareStatement(
                "select foreslatt_av_sub, behandlet_av_sub from vedtak where id = ?")) {
            st.setLong(1, vedtak);
            try (var rs = st.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("sub-kari", rs.getString(1));
                assertEquals("sub-annen-kari", rs.getString(2));
            }
        }
        // Same person (subject) under a new user name: refused, on approval and on return.
        long vedtak2 = given().auth().oauth2(forslagsstiller).contentType(ContentType.JSON)
                .body(Map.of("utfall", "INNVILGET", "belop", 100_000, "begrunnelse", "Kvalifisert."))
                .when().post("/api/soknader/" + soknad2 + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
        String omdopt = Tokens.token("sub-kari", "kari.nordmann", begge, null);
        given().auth().oauth2(omdopt).when().post("/api/vedtak/" + vedtak2 + "/godkjenn")
                .then().statusCode(403).body("detail", containsString("fire øyne"));
        given().auth().oauth2(omdopt).contentType(ContentType.JSON).body(Map.of("kommentar", "Selv."))
                .when().post("/api/vedtak/" + vedtak2 + "/returner").then().statusCode(403);
    }

    private static void godkjennOgSend(long vedtak, boolean send) {
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(200);
        if (send) {
            given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/vedtak/" + vedtak + "/send").then().statusCode(200);
        }
    }

    private static long bundet(long utlysning) {
        return given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/utlysninger/" + utlysning + "/tildeling")
                .then().statusCode(200).extract().jsonPath().getLong("bundet");
    }

    private static long tildelt(long utlysning) {
        return given().auth().oauth2(Tokens.saksbehandler()).queryParam("utlysning", utlysning).when().get("/api/statistikk")
                .then().statusCode(200).extract().jsonPath().getLong("nokkeltall.tildelt");
    }
}
