package no.legevakttilskudd.saksbehandling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.legevakttilskudd.Csrftoken;
import no.legevakttilskudd.Pdfer;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.Roller;

/** The case page's forms: assessment, proposal, approval with four eyes, sending — as a browser without JavaScript. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SakSideTest {

    @Test
    void vurderingForeslagGodkjenningOgSendingPaSaken() {
        long id = Testdata.sendtEtterFristen(Tokens.ROST);
        String sak = "/saksbehandling/soknader/" + id;
        given().auth().oauth2(Tokens.saksbehandler()).when().get(sak).then().statusCode(200)
                .body(containsString("Søknaden er ikke vurdert ennå."))
                .body(containsString("action=\"" + sak + "/vurdering\""))
                .body(containsString("Stryk «Reise og bolig» (150 000 kr)"));

        // Missing quality: the error comes back next to the field and in the summary.
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("strok", "strok-0-1").formParam("begrunnelse-0-1", "Bolig er utenfor formålet.")
                .when().post(sak + "/vurdering").then().statusCode(400)
                .body(containsString("ds-error-summary"))
                .body(containsString("Velg kvalitet"))
                .body(containsString("checked"));
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("kvalitet", "GOD").formParam("strok", "strok-0-1")
                .formParam("begrunnelse-0-1", "Bolig er utenfor formålet.").formParam("notat", "Ryddig søknad.")
                .when().post(sak + "/vurdering").then().statusCode(303).header("Location", endsWith(sak + "?melding=vurdering-lagret"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(sak + "?melding=vurdering-lagret").then().statusCode(200)
                .body(containsString("Vurderingen er lagret."))
                .body(containsString("Godkjent budsjett 750 000 kr av omsøkt 900 000 kr"))
                .body(containsString("name=\"versjon\" value=\"0\""));

        // Saving on a version someone else has replaced: a notice, nothing lost from what is stored.
        Csrftoken.skjema(Tokens.token("saksbehandler2", List.of(Roller.SAKSBEHANDLER), null)).formParam("kvalitet", "MIDDELS")
                .formParam("versjon", "0").when().post(sak + "/vurdering").then().statusCode(303);
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("kvalitet", "SVAK").formParam("versjon", "0")
                .when().post(sak + "/vurdering").then().statusCode(409)
                .body(containsString("Saken er endret av saksbehandler2"));

        // The proposal starts from the rules (saksbehandler2 struck nothing: all 900 000) and awaits another person.
        given().auth().oauth2(Tokens.saksbehandler()).when().get(sak).then()
                .body(containsString("name=\"belop\" value=\"900000\""));
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("utfall", "INNVILGET").formParam("belop", "900 000")
                .formParam("begrunnelse", "Kvalifisert: klasse 6, 460 innbyggere.")
                .when().post(sak + "/vedtak").then().statusCode(303).header("Location", endsWith("?melding=vedtak-foreslatt"));
        String begge = Tokens.token("saksbehandler", List.of(Roller.SAKSBEHANDLER, Roller.GODKJENNER), null);
        given().auth().oauth2(begge).when().get(sak).then()
                .body(containsString("Du foreslo dette vedtaket"))
                .body(not(containsString("/godkjenn\"")));
        String side = given().auth().oauth2(Tokens.godkjenner()).when().get(sak).then().statusCode(200)
                .body(containsString("Godkjenn vedtaket")).extract().asString();
        String godkjenn = side.replaceAll("(?s).*action=\"([^\"]*/godkjenn)\".*", "$1");
        Csrftoken.skjema(begge).when().post(godkjenn).then().statusCode(403).body(containsString("fire øyne"));
        Csrftoken.skjema(Tokens.godkjenner()).when().post(godkjenn).then().statusCode(303);
        String send = given().auth().oauth2(Tokens.saksbehandler()).when().get(sak).then()
                .body(containsString("Godkjent")).extract().asString().replaceAll("(?s).*action=\"([^\"]*/send)\".*", "$1");
        Csrftoken.skjema(Tokens.saksbehandler()).when().post(send).then().statusCode(303).header("Location", endsWith("?melding=vedtak-sendt"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(sak).then()
                .body(containsString("Sendt"))
                .body(not(containsString("action=\"" + sak + "/vurdering\"")))
                .body(not(containsString("Foreslå vedtaket")));

        // The kommune reads the decision and accepts the conditions with its account number.
        String mine = "/mine-soknader/" + id;
        String kommunesSide = given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get(mine).then().statusCode(200)
                .body(containsString("Vedtak: Innvilget, 900 000 kr"))
                .body(containsString("Kvalifisert: klasse 6, 460 innbyggere."))
                .extract().asString();
        String brev = kommunesSide.replaceAll("(?s).*href=\"([^\"]*/brev\\.pdf)\".*", "$1");
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get(brev).then().statusCode(200).contentType("application/pdf");
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get(brev).then().statusCode(404);
        String aksept = kommunesSide.replaceAll("(?s).*action=\"([^\"]*/aksept)\".*", "$1");
        Csrftoken.skjema(Tokens.soker(Tokens.ROST)).formParam("kontonummer", "1234 56 78904").when().post(aksept).then().statusCode(400)
                .body(containsString("Kontonummeret må ha 11 sifre med riktig kontrollsiffer"))
                .body(containsString("value=\"1234 56 78904\""));
        Csrftoken.skjema(Tokens.soker(Tokens.ROST)).cookie("sprak", "en").formParam("kontonummer", "1234 56 78904").when().post(aksept)
                .then().statusCode(400);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling").then().statusCode(200)
                .body(containsString("href=\"/saksbehandling/soknader/" + id + "\""));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/paminnelser/mangler-aksept").then().statusCode(200)
                .body("soknadId", org.hamcrest.Matchers.hasItem((int) id));
        Csrftoken.skjema(Tokens.soker(Tokens.ROST)).formParam("kontonummer", "1234 56 78903").when().post(aksept)
                .then().statusCode(303).header("Location", endsWith(mine + "?akseptert=true"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/paminnelser/mangler-aksept").then().statusCode(200)
                .body("soknadId", not(org.hamcrest.Matchers.hasItem((int) id)));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get(mine + "?akseptert=true").then()
                .body(containsString("Vilkårene er akseptert. Takk!"))
                .body(containsString("utbetales til konto 1234.56.78903"))
                .body(not(containsString("/aksept\"")));
        Csrftoken.skjema(Tokens.soker(Tokens.VAROY)).formParam("kontonummer", "1234 56 78903").when().post(aksept).then().statusCode(404);

        // Staff see the acceptance and record a payment; a bad date or too much is refused beside the field.
        String saken = given().auth().oauth2(Tokens.saksbehandler()).when().get(sak).then().statusCode(200)
                .body(containsString("konto 12345678903"))
                .body(containsString("Utbetalt 0 kr av 900 000 kr")).extract().asString();
        String utbetal = saken.replaceAll("(?s).*action=\"([^\"]*/utbetaling)\".*", "$1");
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("belop", "500 000").formParam("dato", "03/15/2026").when().post(utbetal)
                .then().statusCode(400).body(containsString("DD.MM.ÅÅÅÅ"));
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("belop", "950 000").formParam("dato", "2026-01-15").when().post(utbetal)
                .then().statusCode(400).body(containsString("kan ikke bli mer enn tilskuddet"));
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("belop", "500 000").formParam("dato", "2026-01-15").when().post(utbetal)
                .then().statusCode(303).header("Location", endsWith("?melding=utbetaling-registrert"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(sak + "?melding=utbetaling-registrert").then()
                .body(containsString("Utbetalingen er registrert."))
                .body(containsString("Utbetalt 500 000 kr av 900 000 kr"));

        // The kommune reports per measure; staff approve; the unused amount is to be repaid.
        String rapportSkjema = given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get(mine).then().statusCode(200)
                .body(containsString("Rapport om bruken av tilskuddet"))
                .body(containsString("name=\"tiltak[1].brukt\"")).extract().asString()
                .replaceAll("(?s).*action=\"([^\"]*/rapport)\".*", "$1");
        Csrftoken.skjema(Tokens.soker(Tokens.ROST)).formParam("tiltak[0].gjort", "Vikar hele året").formParam("tiltak[0].brukt", "mye")
                .formParam("tiltak[1].gjort", "").formParam("tiltak[1].brukt", "50 000")
                .when().post(rapportSkjema).then().statusCode(400)
                .body(containsString("href=\"#tiltak[0].brukt\""))
                .body(containsString("href=\"#tiltak[1].gjort\""));
        Csrftoken.skjema(Tokens.soker(Tokens.ROST)).formParam("tiltak[0].gjort", "Vikar hele året").formParam("tiltak[0].brukt", "700 000")
                .formParam("tiltak[1].gjort", "Defibrillator").formParam("tiltak[1].brukt", "50 000")
                .when().post(rapportSkjema).then().statusCode(303).header("Location", endsWith(mine + "?rapportert=true"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get(mine + "?rapportert=true").then()
                .body(containsString("Rapporten er sendt. Takk!"))
                .body(containsString("ubrukt 150 000 kr (skal betales tilbake)"));
        String rapportBehandling = given().auth().oauth2(Tokens.saksbehandler()).when().get(sak).then()
                .body(containsString("Brukt 750 000 kr; ubrukt 150 000 kr skal betales tilbake.")).extract().asString()
                .replaceAll("(?s).*action=\"([^\"]*/rapport)\".*", "$1");
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("handling", "mer").when().post(rapportBehandling).then().statusCode(400)
                .body(containsString("Skriv hva kommunen må utdype."));
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("handling", "godkjenn").when().post(rapportBehandling).then().statusCode(303)
                .header("Location", endsWith("?melding=rapport-godkjent"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get(mine).then().body(containsString("Rapporten er godkjent."));
    }

    @Test
    void vedtakForAlleFraTildelingssiden() {
        long utlysning = Testdata.opprettUtlysning(Testdata.utlysning(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(9)));
        long rost = Testdata.utkast(Tokens.ROST, utlysning, Testdata.fullstendigSoknad(Tokens.ROST));
        long varoy = Testdata.utkast(Tokens.VAROY, utlysning, Testdata.fullstendigSoknad(Tokens.VAROY));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().post("/api/soknader/" + rost + "/send").then().statusCode(200);
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().post("/api/soknader/" + varoy + "/send").then().statusCode(200);
        Testdata.forbiFristen(utlysning);
        String side = "/saksbehandling/utlysninger/" + utlysning + "/tildeling";
        given().auth().oauth2(Tokens.saksbehandler()).when().get(side).then().statusCode(200)
                .body(containsString("action=\"/saksbehandling/utlysninger/" + utlysning + "/vedtak\""));
        given().auth().oauth2(Tokens.godkjenner()).when().get(side).then().statusCode(200)
                .body(not(containsString("action=\"/saksbehandling/utlysninger/" + utlysning + "/vedtak\"")));
        Csrftoken.skjema(Tokens.saksbehandler()).when().post("/saksbehandling/utlysninger/" + utlysning + "/vedtak")
                .then().statusCode(303).header("Location", endsWith(side + "?foreslatt=2"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(side + "?foreslatt=2").then().body(containsString("2 vedtak er foreslått."));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + rost + "/vedtak").then()
                .body("[0].status", org.hamcrest.Matchers.equalTo("FORESLATT")).body("[0].belop", org.hamcrest.Matchers.equalTo(900_000));
        Csrftoken.skjema(Tokens.saksbehandler()).when().post("/saksbehandling/utlysninger/" + utlysning + "/vedtak")
                .then().statusCode(303).header("Location", endsWith("?foreslatt=0"));
        Csrftoken.skjema(Tokens.godkjenner()).when().post("/saksbehandling/utlysninger/" + utlysning + "/vedtak").then().statusCode(403);
    }

    @Test
    void feilRolleOgUgyldigForslag() {
        long id = Testdata.sendtEtterFristen(Tokens.ROST);
        String sak = "/saksbehandling/soknader/" + id;
        Csrftoken.skjema(Tokens.godkjenner()).formParam("kvalitet", "GOD").when().post(sak + "/vurdering").then().statusCode(403);
        Csrftoken.skjema(Tokens.evaluator()).formParam("utfall", "AVSLATT").when().post(sak + "/vedtak").then().statusCode(403);
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("utfall", "INNVILGET").formParam("belop", "mye").formParam("begrunnelse", "")
                .when().post(sak + "/vedtak").then().statusCode(400)
                .body(containsString("href=\"#belop\""));
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("utfall", "INNVILGET").formParam("belop", "2 000 000").formParam("begrunnelse", "x")
                .when().post(sak + "/vedtak").then().statusCode(400)
                .body(containsString("over taket"));
        Csrftoken.skjema(Tokens.godkjenner()).when().post(sak + "/vedtak/999999/godkjenn").then().statusCode(404);
    }

    @Test
    void saksbehandlerenApnerKommunensVedleggFraSaken() {
        long utlysning = Testdata.opprettUtlysning(Testdata.utlysning(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(9)));
        long id = Testdata.utkast(Tokens.ROST, utlysning, Testdata.fullstendigSoknad(Tokens.ROST));
        byte[] pdf = Pdfer.gyldig();
        long vedlegg = given().auth().oauth2(Tokens.soker(Tokens.ROST)).multiPart("fil", "Vaktplan vinter.pdf", pdf, "application/pdf")
                .when().post("/api/soknader/" + id + "/vedlegg").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().post("/api/soknader/" + id + "/send").then().statusCode(200);
        String sak = "/saksbehandling/soknader/" + id;
        String lenke = sak + "/vedlegg/" + vedlegg;

        given().auth().oauth2(Tokens.saksbehandler()).when().get(sak).then().statusCode(200)
                .body(containsString("href=\"" + lenke + "\">Vaktplan vinter.pdf</a>"))
                .body(containsString("PDF, 1 kB, lastet opp"));
        for (String token : List.of(Tokens.saksbehandler(), Tokens.godkjenner())) {
            byte[] lastetNed = given().auth().oauth2(token).when().get(lenke).then().statusCode(200)
                    .contentType("application/pdf")
                    .header("Content-Disposition", containsString("filename*=UTF-8''Vaktplan%20vinter.pdf"))
                    .extract().asByteArray();
            org.junit.jupiter.api.Assertions.assertArrayEquals(pdf, lastetNed);
        }
        // The kommune has its own path; the staff's is closed to it, and another application's attachment is not found.
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get(lenke).then().statusCode(403);
        given().auth().oauth2(Tokens.evaluator()).when().get(lenke).then().statusCode(403);
        long annen = Testdata.sendtSoknad(Tokens.VAROY, utlysning);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/soknader/" + annen + "/vedlegg/" + vedlegg)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/soknader/" + annen).then()
                .body(containsString("Kommunen har ikke lagt ved noe."));
    }
}
