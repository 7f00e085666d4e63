package no.legevakttilskudd.tilleggsopplysning;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Csrftoken;
import no.legevakttilskudd.Pdfer;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.epost.Epostutsending;
import no.legevakttilskudd.felles.web.Csrf;

/**
 * Questions to the kommune before the decision (forvaltningsloven § 17): asked with a deadline and mailed, answered once
 * by the asked kommune with text and PDFs, reminded the day before the deadline and flagged once it has passed — through
 * the API, the case page, the kommune's pages and the work list, with the refusals and the audit entries.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class TilleggsopplysningTest {

    private static final ZoneId NORGE = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter NORSK = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    Tilleggsopplysningsutsending utsending;

    @Inject
    DataSource dataSource;

    @Inject
    MockMailbox mailbox;

    @Inject
    Epostutsending epostutsending;

    @AfterEach
    void klokka() {
        Testdata.klokkaTilbake();
    }

    private static long sporr(long soknad, LocalDate frist) {
        return given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("sporsmal", "Hvor mange vaktdøgn har hver lege i dag?", "svarfrist", frist.toString()))
                .when().post("/api/soknader/" + soknad + "/tilleggsopplysninger").then().statusCode(201)
                .body("status", equalTo("VENTER")).extract().jsonPath().getLong("id");
    }

    @Test
    void saksbehandlerSporOgKommunenSvarerMedTekstOgPdf() throws SQLException {
        long soknad = Testdata.sendtEtterFristen(Tokens.ROST);
        String api = "/api/soknader/" + soknad + "/tilleggsopplysninger";
        LocalDate idag = Testdata.idag();

        // Refusals first: wrong roles, bad input; nothing stored.
        for (String token : List.of(Tokens.soker(Tokens.ROST), Tokens.godkjenner(), Tokens.evaluator(), Tokens.admin())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("sporsmal", "x", "svarfrist", idag.plusDays(7).toString()))
                    .when().post(api).then().statusCode(403);
        }
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(Map.of("sporsmal", " ", "svarfrist", idag.toString()))
                .when().post(api).then().statusCode(400).contentType("application/problem+json")
                .body("feil.felt", hasItem("sporsmal")).body("feil.felt", hasItem("svarfrist"));
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("sporsmal", "x", "svarfrist", idag.plusDays(91).toString())).when().post(api).then().statusCode(400)
                .body("feil[0].melding", containsString("90 dager"));
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body("{\"sporsmal\": \"x\", \"svarfrist\": \"31.02.2026\"}")
                .when().post(api).then().statusCode(400);
        given().auth().oauth2(Tokens.saksbehandler()).when().get(api).then().statusCode(200).body("$", empty());

        long id = sporr(soknad, idag.plusDays(14));
        // One open question at a time.
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("sporsmal", "Og mer?", "svarfrist", idag.plusDays(7).toString())).when().post(api).then().statusCode(409)
                .body("type", endsWith("sporsmal-apent"));
        assertEquals(1, antall("select count(*) from epost_utboks where entitet = 'SOKNAD' and entitet_id = ?::text "
                + "and grunn = 'TILLEGGSOPPLYSNING_SPURT'", soknad));

        // Only the asked kommune sees the thread, and it sees the directorate, not the caseworker's user name.
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get(api).then().statusCode(200)
                .body("[0].spurtAv", equalTo("Helsedirektoratet")).body("[0].status", equalTo("VENTER"));
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get(api).then().statusCode(404);
        given().auth().oauth2(Tokens.evaluator()).when().get(api).then().statusCode(403);

        // Answers: the wrong kommune, no text, a PDF with JavaScript — all refused, nothing stored.
        String svar = api + "/" + id + "/svar";
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).multiPart("svar", "Fra Værøy").when().post(svar).then().statusCode(404);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).multiPart("svar", " ").when().post(svar).then().statusCode(400)
                .body("feil[0].felt", equalTo("svar"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).multiPart("svar", "Se vedlegg.")
                .multiPart("fil", "plan.pdf", Pdfer.javaScriptSomOpenAction(), "application/pdf").when().post(svar).then().statusCode(400)
                .body("feil[0].felt", equalTo("fil"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(api).then().body("[0].svar", equalTo(null));

        given().auth().oauth2(Tokens.soker(Tokens.ROST)).multiPart("svar", "Hver lege har 182 vaktdøgn i året.")
                .multiPart("fil", "turnus.pdf", Pdfer.gyldig(), "application/pdf").when().post(svar).then().statusCode(200)
                .body("status", equalTo("BESVART")).body("forSent", equalTo(false)).body("vedlegg", hasSize(1));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).multiPart("svar", "Igjen").when().post(svar).then().statusCode(409)
                .body("type", endsWith("allerede-besvart"));
        long vedlegg = given().auth().oauth2(Tokens.saksbehandler()).when().get(api).then().body("[0].svar", containsString("182"))
                .extract().jsonPath().getLong("[0].vedlegg[0].id");
        given().auth().oauth2(Tokens.saksbehandler()).when().get(api + "/" + id + "/vedlegg/" + vedlegg).then().statusCode(200)
                .contentType("application/pdf");
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get(api + "/" + id + "/vedlegg/" + vedlegg).then().statusCode(404);

        // The case's history for staff: asked and answered, without the question's own words.
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknad + "/historikk").then()
                .body("handling", hasItem("TILLEGGSOPPLYSNING_SPURT")).body("handling", hasItem("TILLEGGSOPPLYSNING_BESVART"))
                .body("find { it.handling == 'TILLEGGSOPPLYSNING_SPURT' }.etterVerdi", not(containsString("vaktdøgn")));
        // The kommune's own history has the question and its answer, from the directorate and from itself; never the
        // disqualification or the caseworker's user name.
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/soknader/" + soknad + "/historikk").then()
                .body("find { it.handling == 'TILLEGGSOPPLYSNING_SPURT' }.aktor", equalTo("Helsedirektoratet"))
                .body("handling", hasItem("TILLEGGSOPPLYSNING_BESVART"));
        // A new question is allowed once the first is answered.
        sporr(soknad, idag.plusDays(3));
    }

    @Test
    void kommunenFarEpostNarDenSporesOgDagenForFristen() {
        String adresse = "kontakt-" + System.nanoTime() + "@kommune.no";
        Map<String, Object> innhold = new HashMap<>(Testdata.fullstendigSoknad(Tokens.ROST));
        innhold.put("kontaktperson", Map.of("navn", "Kari Nordmann", "epost", adresse, "telefon", "75 68 20 00"));
        long utlysning = Testdata.opprettUtlysning(Testdata.utlysning(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(9)));
        long soknad = Testdata.utkast(Tokens.ROST, utlysning, innhold);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().post("/api/soknader/" + soknad + "/send").then().statusCode(200);
        Testdata.forbiFristen(utlysning);
        String referanse = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknad).then().extract().jsonPath()
                .getString("referanse");
        LocalDate frist = Testdata.idag().plusDays(5);
        sporr(soknad, frist);

        lever();
        List<Mail> mottatt = mailbox.getMailsSentTo(adresse);
        assertEquals(2, mottatt.size(), "kvitteringen for sendingen og spørsmålet");
        Mail sporsmal = mottatt.get(1);
        assertEquals("Helsedirektoratet ber om flere opplysninger i søknaden " + referanse, sporsmal.getSubject());
        String tekst = sporsmal.getText();
        assertTrue(tekst.startsWith("Hei, Kari Nordmann!"), tekst);
        assertTrue(tekst.contains("Svarfristen er " + Tidsformat.norskDato(frist) + "."), tekst);
        assertTrue(tekst.contains("(/mine-soknader/" + soknad + ")"), tekst);
        // The question's own words stay behind login.
        assertFalse(tekst.contains("vaktdøgn"), tekst);

        utsending.kjor(frist.minusDays(1).atStartOfDay(NORGE).plusHours(8).toInstant());
        lever();
        mottatt = mailbox.getMailsSentTo(adresse);
        assertEquals(3, mottatt.size());
        assertEquals("Påminnelse: svar på spørsmålet i søknaden " + referanse + " innen " + Tidsformat.norskDato(frist),
                mottatt.get(2).getSubject());
    }

    /** Delivers everything due; the outbox is shared with the rest of the suite. */
    private void lever() {
        while (epostutsending.sendForfalte(Instant.now().plus(Duration.ofDays(30))) > 0) {
            // until nothing more is delivered
        }
    }

    @Test
    void inhabilSaksbehandlerKanIkkeSporreOgEtVedtakStengerForNyeSporsmal() {
        long soknad = Testdata.sendtEtterFristen(Tokens.ROST);
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(Map.of("begrunnelse", "Nabo av ordføreren."))
                .when().post("/api/soknader/" + soknad + "/habilitet").then().statusCode(201);
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("sporsmal", "x", "svarfrist", Testdata.idag().plusDays(7).toString()))
                .when().post("/api/soknader/" + soknad + "/tilleggsopplysninger").then().statusCode(403).body("type", endsWith("inhabil"));
    }

    @Test
    void paminnelseDagenForFristenOgFlaggNarDenErUte() throws SQLException {
        long soknad = Testdata.sendtEtterFristen(Tokens.ROST);
        LocalDate frist = Testdata.idag().plusDays(10);
        sporr(soknad, frist);

        utsending.kjor(frist.minusDays(2).atStartOfDay(NORGE).plusHours(8).toInstant());
        assertEquals(0, antall("select count(*) from epost_utboks where entitet_id = ?::text and grunn = 'TILLEGGSOPPLYSNING_PAMINNELSE'", soknad));
        utsending.kjor(frist.minusDays(1).atStartOfDay(NORGE).plusHours(8).toInstant());
        utsending.kjor(frist.minusDays(1).atStartOfDay(NORGE).plusHours(9).toInstant());
        assertEquals(1, antall("select count(*) from epost_utboks where entitet_id = ?::text and grunn = 'TILLEGGSOPPLYSNING_PAMINNELSE'", soknad));

        // On the deadline itself it is not overdue; the day after it is flagged once, and stays waiting for the kommune.
        utsending.kjor(frist.atStartOfDay(NORGE).plusHours(8).toInstant());
        assertEquals(0, antall("select count(*) from hendelse where entitet_id = ?::text and handling = 'TILLEGGSOPPLYSNING_FORFALT'", soknad));
        utsending.kjor(frist.plusDays(1).atStartOfDay(NORGE).plusHours(8).toInstant());
        utsending.kjor(frist.plusDays(2).atStartOfDay(NORGE).plusHours(8).toInstant());
        assertEquals(1, antall("select count(*) from hendelse where entitet_id = ?::text and handling = 'TILLEGGSOPPLYSNING_FORFALT'", soknad));

        // Seen from a day after the deadline: overdue in the API, on the work list (counted) and on Mine søknader; a late
        // answer is taken and marked late.
        Testdata.klokkaTil(frist.plusDays(1).atStartOfDay(NORGE).plusHours(10).toInstant());
        String api = "/api/soknader/" + soknad + "/tilleggsopplysninger";
        given().auth().oauth2(Tokens.saksbehandler()).when().get(api).then().body("[0].status", equalTo("FORFALT"));
        long utlysning = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknad).then().extract().jsonPath()
                .getLong("utlysningId");
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/utlysninger/" + utlysning).then().statusCode(200)
                .body(containsString("1 venter på kommunen, 1 med fristen ute."))
                .body(containsString("Kommunen har ikke svart, fristen " + Tidsformat.norskDato(frist) + " er ute"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/mine-soknader").then().statusCode(200)
                .body(containsString("Spørsmål som venter på svar fra dere"))
                .body(containsString("fristen " + Tidsformat.norskDato(frist) + " er ute"));
        long id = given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get(api).then().extract().jsonPath().getLong("[0].id");
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).multiPart("svar", "Beklager sent svar.").when().post(api + "/" + id + "/svar")
                .then().statusCode(200).body("forSent", equalTo(true));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/utlysninger/" + utlysning).then()
                .body(not(containsString("venter på kommunen")));
    }

    @Test
    void sakssidenOgKommunensSiderUtenJavaScript() {
        long soknad = Testdata.sendtEtterFristen(Tokens.ROST);
        String sak = "/saksbehandling/soknader/" + soknad;
        String frist = Testdata.idag().plusDays(14).format(NORSK);
        given().auth().oauth2(Tokens.saksbehandler()).when().get(sak).then().statusCode(200)
                .body(containsString("Kommunen er ikke bedt om flere opplysninger."))
                .body(containsString("action=\"" + sak + "/tilleggsopplysninger\""));
        given().auth().oauth2(Tokens.godkjenner()).when().get(sak).then()
                .body(not(containsString("action=\"" + sak + "/tilleggsopplysninger\"")));

        Csrftoken.skjema(Tokens.saksbehandler()).formParam("sporsmal", "").formParam("svarfrist", "31.02.2026")
                .when().post(sak + "/tilleggsopplysninger").then().statusCode(400)
                .body(containsString("ds-error-summary")).body(containsString("id=\"svarfrist-feil\""));
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("sporsmal", "").formParam("svarfrist", frist)
                .when().post(sak + "/tilleggsopplysninger").then().statusCode(400).body(containsString("id=\"sporsmal-feil\""));
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("sporsmal", "Send turnusplanen for sommeren.").formParam("svarfrist", frist)
                .when().post(sak + "/tilleggsopplysninger").then().statusCode(303).header("Location", endsWith("?melding=sporsmal-sendt"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(sak + "?melding=sporsmal-sendt").then()
                .body(containsString("Spørsmålet er sendt til kommunen."))
                .body(containsString("Send turnusplanen for sommeren."))
                .body(containsString("Svarfrist " + Tidsformat.norskDato(Testdata.idag().plusDays(14))))
                .body(not(containsString("action=\"" + sak + "/tilleggsopplysninger\"")));

        // The kommune: first on Mine søknader, then the thread and the form on the application.
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/mine-soknader").then()
                .body(containsString("Spørsmål som venter på svar fra dere"))
                .body(containsString("href=\"/mine-soknader/" + soknad + "#tilleggsopplysninger\""));
        String side = given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/mine-soknader/" + soknad).then().statusCode(200)
                .body(containsString("Spørsmål fra Helsedirektoratet"))
                .body(containsString("av Helsedirektoratet"))
                .body(not(containsString(">saksbehandler<"))).extract().asString();
        String action = side.replaceAll("(?s).*action=\"([^\"]*/svar)\".*", "$1");
        String token = Tokens.soker(Tokens.ROST);
        given().auth().oauth2(token).redirects().follow(false).cookie(Csrf.COOKIE, Csrftoken.av(token)).multiPart(Csrf.FELT, Csrftoken.av(token))
                .multiPart("svar", "").when().post(action).then().statusCode(400)
                .body(containsString("ds-error-summary")).body(containsString("id=\"svar-feil\""));
        given().auth().oauth2(token).redirects().follow(false).cookie(Csrf.COOKIE, Csrftoken.av(token)).multiPart(Csrf.FELT, Csrftoken.av(token))
                .multiPart("svar", "Turnusplanen ligger ved.").multiPart("fil", "turnus.pdf", Pdfer.gyldig(), "application/pdf")
                .multiPart("fil", "", new byte[0], "application/octet-stream")
                .when().post(action).then().statusCode(303).header("Location", containsString("besvart=true"));
        given().auth().oauth2(token).when().get("/mine-soknader/" + soknad + "?besvart=true").then()
                .body(containsString("Svaret er sendt. Takk!")).body(containsString("turnus.pdf"))
                .body(not(containsString("enctype=\"multipart/form-data\"")));
        given().auth().oauth2(token).when().get("/mine-soknader").then()
                .body(not(containsString("href=\"/mine-soknader/" + soknad + "#tilleggsopplysninger\"")));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(sak).then()
                .body(containsString("Turnusplanen ligger ved.")).body(containsString("/tilleggsopplysninger/"))
                .body(containsString("turnus.pdf"));
        for (String sprak : List.of("nn", "en")) {
            given().auth().oauth2(token).cookie("sprak", sprak).when().get("/mine-soknader/" + soknad).then().statusCode(200)
                    .body(containsString(sprak.equals("nn") ? "Spørsmål frå Helsedirektoratet" : "Questions from the Norwegian Directorate"));
        }
    }

    private long antall(String sql, long soknad) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, soknad);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
