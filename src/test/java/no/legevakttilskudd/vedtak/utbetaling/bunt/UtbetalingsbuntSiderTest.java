package no.legevakttilskudd.vedtak.utbetaling.bunt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.legevakttilskudd.Csrftoken;
import no.legevakttilskudd.Saksgang;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/** The payment pages, without JavaScript: a caseworker makes a batch, an approver approves it, the file and «sent». */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class UtbetalingsbuntSiderTest {

    private static final String SIDE = "/saksbehandling/utbetalinger";
    private static final DateTimeFormatter SKJEMADATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @AfterEach
    void klokkaTilbake() {
        Testdata.klokkaTilbake();
    }

    @Test
    void enBuntLagesGodkjennesLastesNedOgMerkesSendtFraSidene() {
        Saksgang.Runde rost = Saksgang.avgjort(Tokens.ROST);
        Saksgang.aksepter(Tokens.ROST, rost.vedtak());
        Testdata.klokkaTilbake();
        String vedtak = String.valueOf(rost.vedtak());

        given().auth().oauth2(Tokens.saksbehandler()).when().get(SIDE).then().statusCode(200)
                .body(containsString("Utbetalinger til banken")).body(containsString("id=\"vedtak-" + vedtak + "\""))
                .body(containsString("name=\"betalingsdato\""));
        // The approver sees what is ready, but makes no batch.
        given().auth().oauth2(Tokens.godkjenner()).when().get(SIDE).then().statusCode(200)
                .body(not(containsString("id=\"vedtak-" + vedtak + "\""))).body(not(containsString("name=\"betalingsdato\"")));
        given().auth().oauth2(Tokens.evaluator()).when().get(SIDE).then().statusCode(403);

        // Bad input comes back on the form, with the fields named.
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("betalingsdato", "31.02.2026").formParam("vedtak", vedtak).when().post(SIDE)
                .then().statusCode(400).body(containsString("feiloppsummering")).body(containsString("href=\"#betalingsdato\""));
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("betalingsdato", Testdata.idag().minusDays(1).format(SKJEMADATO))
                .formParam("vedtak", vedtak).when().post(SIDE).then().statusCode(400).body(containsString("Velg en betalingsdato fra i dag"));
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("betalingsdato", Testdata.idag().format(SKJEMADATO)).when().post(SIDE)
                .then().statusCode(400).body(containsString("href=\"#vedtak\""));

        String til = Csrftoken.skjema(Tokens.saksbehandler()).formParam("betalingsdato", Testdata.idag().plusDays(1).format(SKJEMADATO))
                .formParam("vedtak", vedtak).redirects().follow(false).when().post(SIDE).then().statusCode(303)
                .header("Location", containsString("?melding=laget")).extract().header("Location");
        String bunt = til.substring(til.indexOf(SIDE), til.indexOf('?'));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(bunt).then().statusCode(200)
                .body(containsString("Venter på godkjenning")).body(containsString("900 000 kr")).body(containsString("945037687"))
                .body(not(containsString(bunt + "/godkjenn")));
        given().auth().oauth2(Tokens.godkjenner()).cookie("sprak", "en").when().get(bunt).then().statusCode(200)
                .body(containsString("Waiting for approval")).body(containsString(bunt + "/godkjenn"));

        // The approver approves; the file is there, the same as the API gives, and the batch is marked sent.
        Csrftoken.skjema(Tokens.godkjenner()).redirects().follow(false).when().post(bunt + "/godkjenn").then().statusCode(303);
        given().auth().oauth2(Tokens.godkjenner()).when().get(bunt + "?melding=godkjent").then().statusCode(200)
                .body(containsString("Bunten er godkjent")).body(containsString(bunt + "/pain001.xml"))
                .body(containsString(bunt + "/sendt"));
        // Not before the file is downloaded: a notice on the page.
        Csrftoken.skjema(Tokens.godkjenner()).when().post(bunt + "/sendt").then().statusCode(409)
                .body(containsString("Last ned betalingsfilen før"));
        byte[] fil = given().auth().oauth2(Tokens.saksbehandler()).when().get(bunt + "/pain001.xml").then().statusCode(200)
                .extract().asByteArray();
        assertTrue(new String(fil, StandardCharsets.UTF_8).contains("<MsgId>LVT-BUNT-"));
        Csrftoken.skjema(Tokens.saksbehandler()).redirects().follow(false).when().post(bunt + "/sendt").then().statusCode(303);
        given().auth().oauth2(Tokens.saksbehandler()).when().get(bunt).then().statusCode(200).body(containsString("Sendt til banken"));
        // Again: a notice on the page, not an error page.
        Csrftoken.skjema(Tokens.saksbehandler()).when().post(bunt + "/sendt").then().statusCode(409)
                .body(containsString("allerede merket sendt"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(SIDE).then().statusCode(200).body(containsString("Sendt til banken"));
    }
}
