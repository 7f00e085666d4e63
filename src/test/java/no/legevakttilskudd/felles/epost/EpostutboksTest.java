package no.legevakttilskudd.felles.epost;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/**
 * The outbox: the receipt is stored with the submission and sent by the job; a mail server failure keeps the
 * submission and retries; overlapping job runs never send a mail twice; a rollback leaves no mail. The scheduled job
 * is off in tests, so each test runs it itself. Every test uses its own recipient addresses, because the outbox is
 * shared with the rest of the suite.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class EpostutboksTest {

    private static final AtomicInteger LOPENUMMER = new AtomicInteger();

    @Inject
    MockMailbox mailbox;

    @Inject
    Mailer mailer;

    @Inject
    Epostutboks utboks;

    @Inject
    Epostutsending utsending;

    @BeforeEach
    void tomPostkassen() {
        mailbox.clear();
    }

    @Test
    void innsendingGirEnKvitteringMedReferansenNarJobbenHarKjort() {
        String adresse = nyAdresse();
        long id = utkast(adresse);
        Map<String, Object> kvittering = send(id);
        String referanse = (String) kvittering.get("referanse");

        assertTrue(mailbox.getMailsSentTo(adresse).isEmpty(), "sendes av jobben, ikke i innsendingen");
        Epost iUtboksen = enRad(adresse);
        assertEquals(EpostStatus.VENTER, iUtboksen.status);
        assertEquals("SOKNAD_KVITTERING", iUtboksen.grunn);
        assertEquals("SOKNAD", iUtboksen.entitet);
        assertEquals(String.valueOf(id), iUtboksen.entitetId);

        utsending.sendForfalte(Instant.now());

        List<Mail> mottatt = mailbox.getMailsSentTo(adresse);
        assertEquals(1, mottatt.size());
        Mail mail = mottatt.get(0);
        assertEquals("Kvittering: søknaden " + referanse + " er mottatt", mail.getSubject());
        String tekst = mail.getText();
        assertTrue(tekst.contains("Hei, Kari Nordmann!"), tekst);
        assertTrue(tekst.contains("fra Røst kommune om tilskudd fra utlysningen «Testutlysning»"), tekst);
        assertTrue(tekst.contains("Referansenummer: " + referanse), tekst);
        assertTrue(tekst.contains("Sendt: " + kvittering.get("sendtTekst")), tekst);
        assertTrue(tekst.contains("Omsøkt beløp: 900 000 kr"), tekst);
        assertTrue(tekst.contains("Hva skjer nå: Søknadene behandles etter søknadsfristen"), tekst);

        Epost sendt = enRad(adresse);
        assertEquals(EpostStatus.SENDT, sendt.status);
        assertEquals(1, sendt.antallForsok);
        assertNotNull(sendt.sendt);
        assertNull(sendt.sisteFeil);
    }

    @Test
    void toInnsendingerOgToJobbkjoringerGirFortsattEnKvittering() {
        String adresse = nyAdresse();
        long id = utkast(adresse);
        String forste = (String) send(id).get("referanse");
        utsending.sendForfalte(Instant.now());
        String andre = (String) send(id).get("referanse");
        utsending.sendForfalte(Instant.now());

        assertEquals(forste, andre);
        assertEquals(1, mailbox.getMailsSentTo(adresse).size());
        assertEquals(1, rader(adresse).size());
    }

    @Test
    void feilHosEposttjenerenBeholderInnsendingenOgProverIgjenSenere() {
        String adresse = nyAdresse();
        AtomicBoolean nede = new AtomicBoolean(true);
        QuarkusMock.installMockForType(kanal(adresse, nede, Duration.ZERO), Epostkanal.class);
        long id = utkast(adresse);
        send(id);

        Instant forsteKjoring = naa();
        utsending.sendForfalte(forsteKjoring);

        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/soknader/" + id)
                .then().statusCode(200).body("status", equalTo("SENDT"));
        assertTrue(mailbox.getMailsSentTo(adresse).isEmpty());
        Epost etterFeil = enRad(adresse);
        assertEquals(EpostStatus.VENTER, etterFeil.status);
        assertEquals(1, etterFeil.antallForsok);
        assertEquals("IllegalStateException: 421 Tjenesten er ikke tilgjengelig", etterFeil.sisteFeil);
        assertEquals(forsteKjoring.plus(Duration.ofMinutes(1)), etterFeil.nesteForsok, "første pause er ett minutt");

        // Before the pause is over nothing is tried, even with the server back.
        nede.set(false);
        utsending.sendForfalte(forsteKjoring.plusSeconds(30));
        assertEquals(1, enRad(adresse).antallForsok);
        assertTrue(mailbox.getMailsSentTo(adresse).isEmpty());

        utsending.sendForfalte(forsteKjoring.plus(Duration.ofMinutes(2)));

        assertEquals(1, mailbox.getMailsSentTo(adresse).size());
        Epost sendt = enRad(adresse);
        assertEquals(EpostStatus.SENDT, sendt.status);
        assertEquals(2, sendt.antallForsok);
        assertEquals("IllegalStateException: 421 Tjenesten er ikke tilgjengelig", sendt.sisteFeil, "feilen blir stående som spor");
    }

    @Test
    void etterSisteForsokErEpostenFeiletOgPausenVokser() {
        String adresse = nyAdresse();
        QuarkusMock.installMockForType(kanal(adresse, new AtomicBoolean(true), Duration.ZERO), Epostkanal.class);
        QuarkusTransaction.requiringNew().run(() -> utboks.legg(new Epostmelding(adresse, "Emne", "Tekst"), "TEST", "TEST", 1));

        Instant naa = naa();
        List<Duration> pauser = new ArrayList<>();
        for (int forsok = 1; forsok <= 8; forsok++) {
            utsending.sendForfalte(naa);
            Epost rad = enRad(adresse);
            assertEquals(forsok, rad.antallForsok);
            if (forsok < 8) {
                assertEquals(EpostStatus.VENTER, rad.status);
                pauser.add(Duration.between(naa, rad.nesteForsok));
                naa = rad.nesteForsok;
            } else {
                assertEquals(EpostStatus.FEILET, rad.status);
            }
        }
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofMinutes(64)), pauser);
        assertTrue(utboks.feilede().stream().anyMatch(e -> e.til.equals(adresse)));

        // Given up is given up: a later run does not try again.
        utsending.sendForfalte(naa.plus(Duration.ofDays(1)));
        assertEquals(8, enRad(adresse).antallForsok);
    }

    @Test
    void overlappendeJobbkjoringerSenderAldriSammeEpostToGanger() throws Exception {
        // A slow mail server makes the runs overlap for real.
        QuarkusMock.installMockForType(kanal("ingen", new AtomicBoolean(false), Duration.ofMillis(10)), Epostkanal.class);
        List<String> adresser = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            adresser.add(nyAdresse());
        }
        QuarkusTransaction.requiringNew().run(() -> adresser.forEach(
                a -> utboks.legg(new Epostmelding(a, "Samtidig", "Tekst"), "TEST", "TEST", 2)));

        int trader = 4;
        ExecutorService pool = Executors.newFixedThreadPool(trader);
        CountDownLatch start = new CountDownLatch(1);
        Instant naa = Instant.now();
        try {
            List<Future<Integer>> kjoringer = new ArrayList<>();
            for (int i = 0; i < trader; i++) {
                kjoringer.add(pool.submit(() -> {
                    start.await();
                    return utsending.sendForfalte(naa);
                }));
            }
            start.countDown();
            int levert = 0;
            int kjoringerSomSendte = 0;
            for (Future<Integer> kjoring : kjoringer) {
                int n = kjoring.get();
                levert += n;
                kjoringerSomSendte += n > 0 ? 1 : 0;
            }
            assertTrue(levert >= adresser.size(), "alle ble sendt: " + levert);
            assertTrue(kjoringerSomSendte > 1, "kjøringene overlappet og delte på arbeidet");
        } finally {
            pool.shutdownNow();
        }
        for (String adresse : adresser) {
            assertEquals(1, mailbox.getMailsSentTo(adresse).size(), adresse);
            Epost rad = enRad(adresse);
            assertEquals(EpostStatus.SENDT, rad.status);
            assertEquals(1, rad.antallForsok);
        }
    }

    @Test
    void tilbakerulletTransaksjonEtterlaterIngenEpost() {
        String adresse = nyAdresse();
        // The state change fails after the mail was put in the outbox: the whole transaction goes, the mail with it.
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            utboks.legg(new Epostmelding(adresse, "Emne", "Tekst"), "TEST", "TEST", 3);
            throw new IllegalStateException("endringen feilet");
        }));
        assertTrue(rader(adresse).isEmpty());
        utsending.sendForfalte(Instant.now());
        assertTrue(mailbox.getMailsSentTo(adresse).isEmpty());
    }

    @Test
    void utenTransaksjonNektesEposten() {
        assertThrows(TransactionalException.class,
                () -> utboks.legg(new Epostmelding(nyAdresse(), "Emne", "Tekst"), "TEST", "TEST", 4));
    }

    @Test
    void avvistInnsendingGirIngenKvittering() {
        String adresse = nyAdresse();
        Map<String, Object> halv = Testdata.fullstendigSoknad(Tokens.ROST);
        halv.put("kontaktperson", Map.of("navn", "Kari Nordmann", "epost", adresse, "telefon", "75 68 20 00"));
        halv.remove("tiltak");
        long id = Testdata.utkast(Tokens.ROST, Testdata.apenUtlysning(), halv);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().post("/api/soknader/" + id + "/send")
                .then().statusCode(400);

        utsending.sendForfalte(Instant.now());
        assertTrue(rader(adresse).isEmpty());
        assertTrue(mailbox.getMailsSentTo(adresse).isEmpty());
    }

    /** Fails for one address while {@code nede} is set, delivers everything else through the mock mailer. */
    private Epostkanal kanal(String feilendeAdresse, AtomicBoolean nede, Duration forsinkelse) {
        Mailer ekte = mailer;
        return new Epostkanal() {
            @Override
            public void lever(Epost epost) {
                if (nede.get() && epost.til.equals(feilendeAdresse)) {
                    throw new IllegalStateException("421 Tjenesten er ikke tilgjengelig");
                }
                try {
                    Thread.sleep(forsinkelse.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ekte.send(Mail.withText(epost.til, epost.emne, epost.tekst));
            }
        };
    }

    /** Now, at the database's precision, so stored times compare equal. */
    private static Instant naa() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static String nyAdresse() {
        return "kontakt-" + System.nanoTime() + "-" + LOPENUMMER.incrementAndGet() + "@kommune.no";
    }

    private static long utkast(String adresse) {
        Map<String, Object> soknad = Testdata.fullstendigSoknad(Tokens.ROST);
        soknad.put("kontaktperson", Map.of("navn", "Kari Nordmann", "epost", adresse, "telefon", "75 68 20 00"));
        return Testdata.utkast(Tokens.ROST, Testdata.apenUtlysning(), soknad);
    }

    private static Map<String, Object> send(long id) {
        return given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON)
                .when().post("/api/soknader/" + id + "/send")
                .then().statusCode(200)
                .extract().jsonPath().getMap("");
    }

    private static List<Epost> rader(String adresse) {
        return QuarkusTransaction.requiringNew().call(() -> Epost.<Epost>list("til", adresse));
    }

    private static Epost enRad(String adresse) {
        List<Epost> rader = rader(adresse);
        assertEquals(1, rader.size(), adresse);
        return rader.get(0);
    }
}
