package no.legevakttilskudd.vedtak.paminnelse;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Saksgang;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.epost.Epostutsending;

/**
 * Reminders by e-mail to the contact person: acceptance 14 days after the award was sent, the report 30 days before the
 * call's deadline and once it has passed. Each is sent once, only when still due, also with overlapping runs. Both jobs
 * are off in tests, so each test runs them itself on the day it needs; every award has its own contact address,
 * because the outbox and the mailbox are shared with the rest of the suite.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PaminnelseEpostTest {

    private static final ZoneId NORGE = ZoneId.of("Europe/Oslo");
    private static final AtomicInteger LOPENUMMER = new AtomicInteger();

    @Inject
    MockMailbox mailbox;

    @Inject
    Paminnelsesutsending paminnelser;

    @Inject
    Epostutsending utsending;

    @Inject
    DataSource dataSource;

    /** A sent award of 900 000 kr to Røst; {@code sendt} is the Norwegian date it was sent. */
    private record Tilskudd(long soknad, long vedtak, String referanse, String adresse, LocalDate sendt) {
    }

    @BeforeEach
    void tomPostkassen() {
        mailbox.clear();
    }

    @Test
    void paminnelseOmAkseptEtterFjortenDagerEnGang() throws SQLException {
        Tilskudd tilskudd = sendtTilskudd(LocalDate.now(NORGE).plusDays(200));

        assertTrue(kjorPa(tilskudd.sendt().plusDays(13), tilskudd).isEmpty(), "ikke før 14 dager har gått");

        List<Mail> mottatt = kjorPa(tilskudd.sendt().plusDays(14), tilskudd);
        assertEquals(1, mottatt.size());
        Mail mail = mottatt.get(0);
        assertEquals("Påminnelse: aksepter tilskuddet i søknaden " + tilskudd.referanse(), mail.getSubject());
        String tekst = mail.getText();
        assertTrue(tekst.startsWith("Hei, Kari Nordmann!"), tekst);
        assertTrue(tekst.contains("Vedtaket om tilskuddet på 900 000 kr til Røst kommune fra utlysningen «Påminnelsestest» (søknaden "
                + tilskudd.referanse() + ") ble sendt " + dato(tilskudd.sendt()) + "."), tekst);
        assertTrue(tekst.contains("tilskuddet utbetales først når det er gjort"), tekst);
        assertTrue(tekst.contains("Logg inn i Legevakttilskudd og åpne søknaden " + tilskudd.referanse() + " under «Mine søknader» "
                + "(/mine-soknader/" + tilskudd.soknad() + ")"), tekst);
        assertTrue(tekst.contains("aksepter vilkårene med kommunens kontonummer"), tekst);
        assertTrue(tekst.endsWith("Denne e-posten er sendt automatisk fra Legevakttilskudd.\n"), tekst);

        // Twice on the same day, or on later days: nothing new.
        kjorPa(tilskudd.sendt().plusDays(14), tilskudd);
        assertEquals(1, kjorPa(tilskudd.sendt().plusDays(20), tilskudd).size());
        assertEquals(1, antall("select count(*) from paminnelse_epost where vedtak_id = ?", tilskudd.vedtak()));
        assertEquals(1, antall("select count(*) from epost_utboks where entitet = 'VEDTAK' and entitet_id = ?::text "
                + "and grunn = 'PAMINNELSE_AKSEPT'", tilskudd.vedtak()));
        assertEquals(1, antall("select count(*) from hendelse where entitet = 'VEDTAK' and entitet_id = ?::text "
                + "and handling = 'PAMINNELSE_SENDT' and aktor = 'system'", tilskudd.vedtak()));
    }

    @Test
    void akseptertTilskuddFarIngenPaminnelseOmAksept() {
        Tilskudd tilskudd = sendtTilskudd(LocalDate.now(NORGE).plusDays(200));
        aksepter(tilskudd);
        assertTrue(kjorPa(tilskudd.sendt().plusDays(14), tilskudd).isEmpty());
        assertTrue(kjorPa(tilskudd.sendt().plusDays(60), tilskudd).isEmpty());
    }

    @Test
    void rapportPaminnelseTrettiDagerForFristenOgDagenEtter() throws SQLException {
        LocalDate frist = LocalDate.now(NORGE).plusDays(100);
        Tilskudd tilskudd = sendtTilskudd(frist);
        aksepter(tilskudd);

        assertTrue(kjorPa(frist.minusDays(31), tilskudd).isEmpty(), "ikke før 30 dager før fristen");
        List<Mail> mottatt = kjorPa(frist.minusDays(30), tilskudd);
        assertEquals(1, mottatt.size());
        assertEquals("Påminnelse: rapporten om tilskuddet i søknaden " + tilskudd.referanse() + " skal sendes innen " + dato(frist),
                mottatt.get(0).getSubject());
        String tekst = mottatt.get(0).getText();
        assertTrue(tekst.contains("Rapporten om tilskuddet på 900 000 kr til Røst kommune fra utlysningen «Påminnelsestest» (søknaden "
                + tilskudd.referanse() + ") skal være sendt innen " + dato(frist) + "."), tekst);
        assertTrue(tekst.contains("(/mine-soknader/" + tilskudd.soknad() + ")"), tekst);
        assertTrue(tekst.contains("Skriv for hvert tiltak hva som ble gjort og hva det kostet"), tekst);

        // On the deadline itself the report is not late yet; the day after it is, and the kommune is told once.
        assertEquals(1, kjorPa(frist, tilskudd).size());
        mottatt = kjorPa(frist.plusDays(1), tilskudd);
        assertEquals(2, mottatt.size());
        Mail forsinket = mottatt.get(1);
        assertEquals("Påminnelse: rapporten om tilskuddet i søknaden " + tilskudd.referanse() + " er forsinket", forsinket.getSubject());
        assertTrue(forsinket.getText().contains("Fristen for rapporten om tilskuddet på 900 000 kr til Røst kommune"), forsinket.getText());
        assertTrue(forsinket.getText().contains("var " + dato(frist) + ", og rapporten er ikke sendt"), forsinket.getText());
        assertTrue(forsinket.getText().contains("merket som for sen"), forsinket.getText());
        assertEquals(2, kjorPa(frist.plusDays(2), tilskudd).size());
        assertEquals(2, antall("select count(*) from hendelse where entitet = 'VEDTAK' and entitet_id = ?::text "
                + "and handling = 'PAMINNELSE_SENDT'", tilskudd.vedtak()));
    }

    @Test
    void rapportSendtTilbakeGirPaminnelseMenSendtOgGodkjentRapportStopperDem() {
        LocalDate frist = LocalDate.now(NORGE).plusDays(100);
        Tilskudd tilskudd = rapportertTilskudd(frist);
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("godkjent", false, "kommentar", "Hvor mange vakter tok vikaren?"))
                .when().post("/api/vedtak/" + tilskudd.vedtak() + "/rapport/behandling").then().statusCode(200);

        // Sent back for more, the report is missing again.
        List<Mail> mottatt = kjorPa(frist.minusDays(30), tilskudd);
        assertEquals(1, mottatt.size());
        assertTrue(mottatt.get(0).getText().contains("Saksbehandleren har bedt om flere opplysninger"), mottatt.get(0).getText());

        // Sent again and approved: no late reminder.
        rapporter(tilskudd);
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(Map.of("godkjent", true))
                .when().post("/api/vedtak/" + tilskudd.vedtak() + "/rapport/behandling").then().statusCode(200);
        assertEquals(1, kjorPa(frist.plusDays(1), tilskudd).size());
        assertEquals(1, kjorPa(frist.plusDays(40), tilskudd).size());
    }

    @Test
    void rapportSendtForTrettiDagerForFristenGirIngenPaminnelse() {
        LocalDate frist = LocalDate.now(NORGE).plusDays(100);
        Tilskudd tilskudd = rapportertTilskudd(frist);
        assertTrue(kjorPa(frist.minusDays(30), tilskudd).isEmpty());
        assertTrue(kjorPa(frist.plusDays(1), tilskudd).isEmpty(), "en rapport som venter på saksbehandler er ikke forsinket");
    }

    @Test
    void overlappendeKjoringerSenderHverPaminnelseEnGang() throws Exception {
        List<Tilskudd> tilskudd = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tilskudd.add(sendtTilskudd(LocalDate.now(NORGE).plusDays(200)));
        }
        Instant naa = tilskudd.get(0).sendt().plusDays(14).atTime(12, 0).atZone(NORGE).toInstant();
        int trader = 4;
        ExecutorService pool = Executors.newFixedThreadPool(trader);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> kjoringer = new ArrayList<>();
            for (int i = 0; i < trader; i++) {
                kjoringer.add(pool.submit(() -> {
                    start.await();
                    return paminnelser.sendForfalte(naa);
                }));
            }
            start.countDown();
            for (Future<Integer> kjoring : kjoringer) {
                kjoring.get();
            }
        } finally {
            pool.shutdownNow();
        }
        lever();
        for (Tilskudd t : tilskudd) {
            assertEquals(1, mailbox.getMailsSentTo(t.adresse()).size(), t.adresse());
            assertEquals(1, antall("select count(*) from epost_utboks where entitet = 'VEDTAK' and entitet_id = ?::text "
                    + "and grunn like 'PAMINNELSE_%'", t.vedtak()));
            assertEquals(1, antall("select count(*) from paminnelse_epost where vedtak_id = ?", t.vedtak()));
        }
    }

    private Tilskudd sendtTilskudd(LocalDate rapportfrist) {
        String adresse = "kontakt-" + System.nanoTime() + "-" + LOPENUMMER.incrementAndGet() + "@kommune.no";
        LocalDateTime naa = LocalDateTime.now(NORGE);
        Map<String, Object> utlysning = Testdata.utlysning(naa.minusDays(1), naa.plusDays(9));
        utlysning.put("tittel", "Påminnelsestest");
        utlysning.put("rapportfrist", rapportfrist.toString());
        Map<String, Object> innhold = Testdata.fullstendigSoknad(Tokens.ROST);
        innhold.put("kontaktperson", Map.of("navn", "Kari Nordmann", "epost", adresse, "telefon", "75 68 20 00"));
        long soknad = Testdata.utkast(Tokens.ROST, Testdata.opprettUtlysning(utlysning), innhold);
        String referanse = given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().post("/api/soknader/" + soknad + "/send")
                .then().statusCode(200).extract().jsonPath().getString("referanse");
        Testdata.forbiFristenForSoknaden(soknad);
        long vedtak = given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", "INNVILGET", "belop", 900_000, "begrunnelse", "Kvalifisert."))
                .when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(200);
        given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/vedtak/" + vedtak + "/send").then().statusCode(200);
        // The decision's own mail goes out now, so that only reminders arrive later.
        lever();
        mailbox.clear();
        LocalDate sendt = Testdata.idag();
        Testdata.klokkaTilbake();
        return new Tilskudd(soknad, vedtak, referanse, adresse, sendt);
    }

    /** Accepted and paid, with its report sent and waiting for the caseworker. */
    private Tilskudd rapportertTilskudd(LocalDate rapportfrist) {
        Tilskudd tilskudd = sendtTilskudd(rapportfrist);
        aksepter(tilskudd);
        Saksgang.utbetal(tilskudd.vedtak(), 100_000);
        rapporter(tilskudd);
        return tilskudd;
    }

    private static void aksepter(Tilskudd tilskudd) {
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(Map.of("kontonummer", "12345678903"))
                .when().post("/api/vedtak/" + tilskudd.vedtak() + "/aksept").then().statusCode(200);
    }

    private static void rapporter(Tilskudd tilskudd) {
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON)
                .body(Map.of("tiltak", List.of(Map.of("gjort", "Vikarlege i rotasjon.", "brukt", 850_000),
                        Map.of("gjort", "Kjøpte defibrillator.", "brukt", 50_000))))
                .when().put("/api/vedtak/" + tilskudd.vedtak() + "/rapport").then().statusCode(200);
    }

    /** Runs the reminder job at noon on a Norwegian date, delivers the outbox, and returns the award's mail so far. */
    private List<Mail> kjorPa(LocalDate dag, Tilskudd tilskudd) {
        paminnelser.sendForfalte(dag.atTime(12, 0).atZone(NORGE).toInstant());
        lever();
        return mailbox.getMailsSentTo(tilskudd.adresse());
    }

    /** Delivers everything due; a run sends at most a round's worth, and other tests' reminders share the outbox. */
    private void lever() {
        while (utsending.sendForfalte(Instant.now().plus(java.time.Duration.ofDays(30))) > 0) {
            // until nothing more is delivered
        }
    }

    private long antall(String sql, long vedtak) throws SQLException {
        try (var tilkobling = dataSource.getConnection(); var setning = tilkobling.prepareStatement(sql)) {
            setning.setLong(1, vedtak);
            try (var rader = setning.executeQuery()) {
                rader.next();
                return rader.getLong(1);
            }
        }
    }

    private static String dato(LocalDate dato) {
        return dato.getDayOfMonth() + ". " + List.of("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
                "oktober", "november", "desember").get(dato.getMonthValue() - 1) + " " + dato.getYear();
    }
}
