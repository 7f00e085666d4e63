package no.legevakttilskudd.saksbehandling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import no.legevakttilskudd.Csrftoken;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.web.Csrf;

/**
 * The simulation page. The seeded call: frame 1 000 000, cap 1 500 000, classes 5 and 6, PARTIAL; Røst (index 366),
 * Værøy (370) and Saltdal (603, class 5, 4 880 inhabitants) each apply for 900 000 in a legevakt of their own, so the
 * order is Røst, Værøy, Saltdal. Now: Røst 900 000, Værøy the rest 100 000 (partial), Saltdal waits.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SimuleringSideTest {

    private static final String SIDE = "/saksbehandling/simulering";
    private static final String MINUS = "\u2212";

    static long utlysningMedTreSoknader() {
        LocalDateTime naa = LocalDateTime.now(ZoneId.of("Europe/Oslo"));
        Map<String, Object> utlysning = Testdata.utlysning(naa.minusDays(1), naa.plusDays(30));
        utlysning.put("ramme", 1_000_000);
        long id = Testdata.opprettUtlysning(utlysning);
        for (String kommune : new String[] {Tokens.ROST, Tokens.VAROY, Tokens.SALTDAL}) {
            send(kommune, Testdata.utkast(kommune, id, Testdata.fullstendigSoknad(kommune)));
        }
        return id;
    }

    private static int aar(long utlysning) {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/" + utlysning).then().statusCode(200)
                .extract().jsonPath().getInt("aar");
    }

    static void send(String kommune, long soknadId) {
        given().auth().oauth2(Tokens.soker(kommune)).when().post("/api/soknader/" + soknadId + "/send").then().statusCode(200);
    }

    private static RequestSpecification skjema(String token, long utlysning) {
        return skjema(token, utlysning, "PARTIAL");
    }

    private static RequestSpecification skjema(String token, long utlysning, String marginal) {
        return given().auth().oauth2(token).cookie(Csrf.COOKIE, Csrftoken.av(token))
                .multiPart("csrf-token", Csrftoken.av(token))
                .multiPart("utlysning", String.valueOf(utlysning))
                .multiPart("parametre.sentralitetsklasser", "5")
                .multiPart("parametre.sentralitetsklasser", "6")
                .multiPart("parametre.folketallsgrense", "5000")
                .multiPart("parametre.minstebelop", "0")
                .multiPart("parametre.marginal", marginal);
    }

    /** The row of one kommune, whitespace squeezed, so one assertion can read it as a sentence. */
    private static String rad(String side, String referanseDel) {
        int start = side.indexOf("<tr id=\"rad-" + referanseDel);
        assertTrue(start >= 0, "fant ikke raden " + referanseDel);
        return side.substring(start, side.indexOf("</tr>", start)).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    private static String rad(String side, String kommunenavn, boolean medKommune) {
        int navn = side.indexOf(kommunenavn + " (");
        int start = side.lastIndexOf("<tr", navn);
        return side.substring(start, side.indexOf("</tr>", start)).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    @Test
    void hoyereRammeOgLavereTakViserEndringeneMotNaa() {
        long utlysning = utlysningMedTreSoknader();
        given().auth().oauth2(Tokens.saksbehandler()).queryParam("utlysning", utlysning).when().get(SIDE)
                .then().statusCode(200)
                .body(containsString("name=\"csrf-token\""))
                .body(containsString("value=\"1000000\""))
                .body(containsString("Brukt 1 000 000 kr av rammen på 1 000 000 kr; 0 kr igjen."));

        // Cap 600 000, frame 2 000 000: each gets 600 000, 1 800 000 in all.
        String side = skjema(Tokens.saksbehandler(), utlysning)
                .multiPart("parametre.tak", "600 000")
                .multiPart("parametre.ramme", "2000000")
                .when().post(SIDE)
                .then().statusCode(200)
                .body(containsString("3 søknader får endret resultat."))
                .extract().asString();
        assertEquals("Røst (1856) 1 1 1 Innvilget Innvilget 900 000 kr 600 000 kr Endret " + MINUS + "300 000 kr", rad(side, "Røst", true));
        assertEquals("Værøy (1857) 1 2 2 Delvis innvilget Innvilget 100 000 kr 600 000 kr Endret +500 000 kr", rad(side, "Værøy", true));
        assertEquals("Saltdal (1840) 1 3 3 Venteliste Innvilget 0 kr 600 000 kr Ny tildeling +600 000 kr", rad(side, "Saltdal", true));
        assertEquals("Brukt av rammen 1 000 000 kr 1 800 000 kr +800 000 kr", sum(side, "brukt"));
        assertEquals("Ramme 1 000 000 kr 2 000 000 kr +1 000 000 kr", sum(side, "ramme"));
        assertEquals("Antall som får tilskudd 2 3 +1", sum(side, "tildelt"));
        assertEquals("På ventelisten 1 0 " + MINUS + "1", sum(side, "venteliste"));
    }

    @Test
    void mindreRammeFarDenDelvisTildelteTilAFalleUt() {
        long utlysning = utlysningMedTreSoknader();
        String side = skjema(Tokens.godkjenner(), utlysning)
                .multiPart("parametre.tak", "1500000")
                .multiPart("parametre.ramme", "900000")
                .multiPart("bareEndringer", "ja")
                .when().post(SIDE)
                .then().statusCode(200)
                .body(containsString("1 søknad får endret resultat."))
                .body(not(containsString("Røst (1856)</a></th>")))
                .extract().asString();
        assertEquals("Værøy (1857) 1 2 2 Delvis innvilget Venteliste 100 000 kr 0 kr Faller ut " + MINUS + "100 000 kr", rad(side, "Værøy", true));
        assertEquals("På ventelisten 1 2 +1", sum(side, "venteliste"));
    }

    @Test
    void ugyldigeParametreGir400MedFeilVedFeltetOgOppsummering() {
        long utlysning = utlysningMedTreSoknader();
        skjema(Tokens.saksbehandler(), utlysning, "KANSKJE")
                .multiPart("parametre.tak", "1,5 mill")
                .multiPart("parametre.ramme", "2000000")
                .when().post(SIDE)
                .then().statusCode(400)
                .body(containsString("class=\"ds-error-summary\""))
                .body(containsString("<a class=\"ds-link\" href=\"#parametre.tak\">Skriv et helt tall, for eksempel 1500000.</a>"))
                .body(containsString("id=\"parametre.tak-feil\">Skriv et helt tall, for eksempel 1500000.</p>"))
                .body(containsString("value=\"1,5 mill\""))
                .body(containsString("aria-invalid=\"true\""))
                .body(containsString("href=\"#parametre.marginal\""))
                .body(not(containsString("får endret resultat")));
        // No classes, and a minimum above the cap: the service's limits, next to the same fields.
        given().auth().oauth2(Tokens.admin()).cookie(Csrf.COOKIE, Csrftoken.av(Tokens.admin()))
                .multiPart("csrf-token", Csrftoken.av(Tokens.admin()))
                .multiPart("utlysning", String.valueOf(utlysning))
                .multiPart("parametre.folketallsgrense", "5000")
                .multiPart("parametre.tak", "100000")
                .multiPart("parametre.minstebelop", "200000")
                .multiPart("parametre.ramme", "1000000")
                .multiPart("parametre.marginal", "SKIP")
                .when().post(SIDE)
                .then().statusCode(400)
                .body(containsString("href=\"#parametre.sentralitetsklasser\">Velg én eller flere sentralitetsklasser fra 1 til 6.</a>"))
                .body(containsString("href=\"#parametre.minstebelop\">Minstebeløpet må være mellom 0 og taket.</a>"))
                .body(containsString("<option value=\"SKIP\" selected>"))
                .body(containsString("Brukt 1 000 000 kr av rammen på 1 000 000 kr; 0 kr igjen."));
    }

    @Test
    void csvFilSimuleresMedUtlysningensParametreSomUtgangspunkt() {
        long utlysning = utlysningMedTreSoknader();
        // Now (cap 1 500 000, frame 1 000 000): Røst asks 2 000 000, capped, gets the whole frame as a partial award;
        // Flakstad (group 2) waits; Vestvågøy is not eligible. Cap 1 000 000, frame 1 200 000: Røst gets 1 000 000
        // in full, Flakstad the remaining 200 000.
        String csv = "referanse;kommunenummer;legevakt_kommuner;omsokt;godkjent_budsjett;sendt\n"
                + "C1;1856;1856;2000000;;\n"
                + "C2;1859;1859,1860,1856;500000;;2025-01-10T10:00:00\n"
                + "C3;1860;;300000;;\n";
        String side = skjema(Tokens.saksbehandler(), utlysning)
                .multiPart("parametre.tak", "1000000")
                .multiPart("parametre.ramme", "1200000")
                .multiPart("fil", "soknader.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post(SIDE)
                .then().statusCode(200)
                .body(containsString("Søknadene er fra filen «soknader.csv»."))
                .body(containsString("2 søknader får endret resultat."))
                .extract().asString();
        assertEquals("Røst (1856) 1 1 1 Delvis innvilget Innvilget 1 000 000 kr 1 000 000 kr Endret 0 kr", rad(side, "Røst", true));
        assertEquals("Flakstad (1859) 2 2 2 Venteliste Delvis innvilget 0 kr 200 000 kr Ny tildeling +200 000 kr", rad(side, "Flakstad", true));
        assertEquals("Vestvågøy (1860) 1 – – Avslag Avslag 0 kr 0 kr Uendret", rad(side, "Vestvågøy", true));
        assertEquals("Brukt av rammen 1 000 000 kr 1 200 000 kr +200 000 kr", sum(side, "brukt"));
        // The stored applications are untouched: the call's own result is as before.
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/utlysninger/" + utlysning + "/tildeling")
                .then().statusCode(200).body("sumTildelt", org.hamcrest.Matchers.equalTo(1_000_000));
    }

    @Test
    void feilICsvFilenVisesMedLinjeOgKolonne() {
        long utlysning = utlysningMedTreSoknader();
        String feil = "referanse;kommunenummer;omsokt;sendt\nA;1856;abc;\nB;1857;100;i morgen\n";
        skjema(Tokens.saksbehandler(), utlysning)
                .multiPart("parametre.tak", "1500000")
                .multiPart("parametre.ramme", "1000000")
                .multiPart("fil", "feil.csv", feil.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post(SIDE)
                .then().statusCode(400)
                .body(containsString("href=\"#fil\">Linje 2, kolonne omsokt: «abc» er ikke et beløp i hele kroner.</a>"))
                .body(containsString("<li>Linje 3, kolonne sendt: «i morgen» er ikke et tidspunkt"))
                .body(containsString("id=\"fil-feil\""))
                .body(not(containsString("får endret resultat")));
        String ukjent = "referanse;kommunenummer;omsokt\nA;1856;100\nB;9999;100\n";
        skjema(Tokens.saksbehandler(), utlysning)
                .multiPart("parametre.tak", "1500000")
                .multiPart("parametre.ramme", "1000000")
                .multiPart("fil", "ukjent.csv", ukjent.getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post(SIDE)
                .then().statusCode(400)
                .body(containsString("Linje 3, kolonne kommunenummer: Kommunenummer 9999 finnes ikke i kommuneregisteret."));
        skjema(Tokens.saksbehandler(), utlysning)
                .multiPart("parametre.tak", "1500000")
                .multiPart("parametre.ramme", "1000000")
                .multiPart("fil", "overskrift.csv", "navn;belop\nA;1\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .when().post(SIDE)
                .then().statusCode(400)
                .body(containsString("Linje 1: Overskriften mangler referanse, kommunenummer, omsokt."));
        skjema(Tokens.saksbehandler(), utlysning)
                .multiPart("parametre.tak", "1500000")
                .multiPart("parametre.ramme", "1000000")
                .multiPart("fil", "latin1.csv", "referanse;kommunenummer;omsokt\nØ;1856;1\n".getBytes(StandardCharsets.ISO_8859_1), "text/csv")
                .when().post(SIDE)
                .then().statusCode(400)
                .body(containsString("Filen må være lagret som UTF-8."));
        skjema(Tokens.saksbehandler(), utlysning)
                .multiPart("parametre.tak", "1500000")
                .multiPart("parametre.ramme", "1000000")
                .multiPart("fil", "anforsel.csv", "referanse;kommunenummer;omsokt\nA;1856;1\n\"B;1857;1\n".getBytes(StandardCharsets.UTF_8),
                        "text/csv")
                .when().post(SIDE)
                .then().statusCode(400)
                .body(containsString("Linje 3: Anførselstegnene går ikke opp fra denne linjen"));
    }

    @Test
    void bareStabenSlippInnOgSkjemaetKreverCsrfNokkel() {
        long utlysning = utlysningMedTreSoknader();
        for (String token : new String[] {Tokens.soker(Tokens.ROST), Tokens.evaluator()}) {
            given().auth().oauth2(token).queryParam("utlysning", utlysning).when().get(SIDE).then().statusCode(403);
            skjema(token, utlysning).multiPart("parametre.tak", "1").multiPart("parametre.ramme", "1").when().post(SIDE)
                    .then().statusCode(403);
        }
        given().auth().oauth2(Tokens.admin()).when().get(SIDE)
                .then().statusCode(200)
                .body(containsString("<option value=\"" + utlysning + "\">Testutlysning (" + aar(utlysning) + ")</option>"))
                .body(not(containsString("name=\"csrf-token\"")));
        // Without the form's token, with a token that does not match the cookie, and without the cookie.
        given().auth().oauth2(Tokens.saksbehandler())
                .multiPart("utlysning", String.valueOf(utlysning)).multiPart("parametre.tak", "1").when().post(SIDE)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.saksbehandler()).cookie(Csrf.COOKIE, Csrftoken.av(Tokens.saksbehandler()))
                .multiPart("csrf-token", Csrftoken.av(Tokens.saksbehandler()).replace('a', 'b'))
                .multiPart("utlysning", String.valueOf(utlysning)).multiPart("parametre.tak", "1").when().post(SIDE)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.saksbehandler()).header("Accept", "text/html")
                .multiPart("csrf-token", Csrftoken.av(Tokens.saksbehandler()))
                .multiPart("utlysning", String.valueOf(utlysning)).multiPart("parametre.tak", "1").when().post(SIDE)
                .then().statusCode(403).body(containsString("sikkerhetsnøkkelen"));
        given().auth().oauth2(Tokens.saksbehandler()).queryParam("utlysning", 987654).when().get(SIDE).then().statusCode(404);
    }

    @Test
    void sidenFinnesFraMenyenOgTildelingssidenOgPaNynorsk() {
        long utlysning = utlysningMedTreSoknader();
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/utlysninger/" + utlysning + "/tildeling")
                .then().statusCode(200)
                .body(containsString("href=\"/saksbehandling/simulering?utlysning=" + utlysning + "\""))
                .body(containsString("<a class=\"ds-link\" href=\"/saksbehandling/simulering\">Simulering</a>"));
        given().auth().oauth2(Tokens.godkjenner()).cookie("sprak", "nn").queryParam("utlysning", utlysning).when().get(SIDE)
                .then().statusCode(200)
                .body(containsString("Simulering av tildelinga"))
                .body(containsString("Den neste får resten av ramma (delvis tildeling)"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/mine-soknader")
                .then().statusCode(200).body(not(containsString("/saksbehandling/simulering")));
    }

    private static String sum(String side, String navn) {
        int start = side.indexOf("<tr id=\"sum-" + navn + "\"");
        return side.substring(start, side.indexOf("</tr>", start)).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    private static void assertEquals(String forventet, String faktisk) {
        org.junit.jupiter.api.Assertions.assertEquals(forventet, faktisk);
    }
}
