package no.legevakttilskudd.vedtak.tilbakebetaling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
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

/**
 * Repayment on the pages, without JavaScript: the caseworker claims from the case (errors at the fields), the kommune
 * reads the claim and its letter on its application page, the caseworker records a payment, and a claim past due is
 * on the staff's front page; nb, nn and en.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class TilbakebetalingSiderTest {

    private static final DateTimeFormatter SKJEMADATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @AfterEach
    void klokka() {
        Testdata.klokkaTilbake();
    }

    @Test
    void saksbehandlerKreverPaSakenOgKommunenSerKravetOgBrevet() {
        Saksgang.Runde runde = Saksgang.avgjort(Tokens.SALTDAL);
        Saksgang.aksepter(Tokens.SALTDAL, runde.vedtak());
        String sak = "/saksbehandling/soknader/" + runde.soknad();
        String krav = sak + "/vedtak/" + runde.vedtak() + "/tilbakebetalingskrav";
        // Nothing paid: nothing to claim, so no form.
        given().auth().oauth2(Tokens.saksbehandler()).when().get(sak).then().statusCode(200).body(not(containsString("action=\"" + krav + "\"")));
        Saksgang.utbetal(runde.vedtak(), 900_000);
        given().auth().oauth2(Tokens.saksbehandler()).when().get(sak).then().statusCode(200)
                .body(containsString("action=\"" + krav + "\"")).body(containsString("Utbetalt og ikke krevd tilbake: 900 000 kr."));

        // Misuse without reasons and with a date that does not exist: errors at the fields, the form open, nothing stored.
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("krav-grunn", "MISBRUK").formParam("krav-belop", "100 000")
                .formParam("krav-forfall", "31.02.2027").formParam("krav-begrunnelse", "").when().post(krav).then().statusCode(400)
                .body(containsString("id=\"krav-forfall-feil\""));
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("krav-grunn", "MISBRUK").formParam("krav-belop", "100 000")
                .formParam("krav-forfall", Testdata.idag().plusDays(30).format(SKJEMADATO)).formParam("krav-begrunnelse", "").when()
                .post(krav).then().statusCode(400).body(containsString("id=\"krav-begrunnelse-feil\""))
                .body(containsString("<details class=\"ds-details nytt-krav\" open>"));
        Csrftoken.skjema(Tokens.soker(Tokens.SALTDAL)).formParam("krav-grunn", "MISBRUK").when().post(krav).then().statusCode(403);
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("krav-grunn", "MISBRUK").formParam("krav-belop", "100 000")
                .formParam("krav-forfall", Testdata.idag().plusDays(30).format(SKJEMADATO))
                .formParam("krav-begrunnelse", "Midlene gikk til en båt.").redirects().follow(false).when().post(krav).then()
                .statusCode(303).header("Location", containsString("melding=tilbakebetaling-krevd"));

        // The kommune: the claim with its status and the letter, in three languages; another kommune sees nothing.
        String mine = "/mine-soknader/" + runde.soknad();
        given().auth().oauth2(Tokens.soker(Tokens.SALTDAL)).when().get(mine).then().statusCode(200)
                .body(containsString("Krav om tilbakebetaling")).body(containsString("Brukt utenfor formålet"))
                .body(containsString("Ikke forfalt")).body(containsString("Betalt 0 kr, gjenstår 100 000 kr."));
        given().auth().oauth2(Tokens.soker(Tokens.SALTDAL)).cookie("sprak", "nn").when().get(mine).then().statusCode(200)
                .body(containsString("Brukt utanfor føremålet"));
        given().auth().oauth2(Tokens.soker(Tokens.SALTDAL)).cookie("sprak", "en").when().get(mine).then().statusCode(200)
                .body(containsString("Repayment claims"));
        long kravId = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + runde.vedtak() + "/tilbakebetalingskrav")
                .then().extract().jsonPath().getLong("[0].id");
        String brev = mine + "/vedtak/" + runde.vedtak() + "/tilbakebetalingskrav/" + kravId + "/brev";
        given().auth().oauth2(Tokens.soker(Tokens.SALTDAL)).when().get(brev).then().statusCode(200)
                .body(containsString("Vedtak: krav om tilbakebetaling av tilskudd")).body(containsString("Midlene gikk til en båt."))
                .body(containsString("Kommunen kan klage på kravet"));
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get(brev).then().statusCode(404);

        // A payment in, from the case; then past due, the claim is on the front page.
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("innbetaling-belop", "mye").formParam("innbetaling-dato", "").when()
                .post(krav + "/" + kravId + "/innbetaling").then().statusCode(400).body(containsString("id=\"innbetaling-belop-feil\""));
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("innbetaling-belop", "40 000")
                .formParam("innbetaling-dato", Testdata.idag().format(SKJEMADATO)).redirects().follow(false).when()
                .post(krav + "/" + kravId + "/innbetaling").then().statusCode(303).header("Location", containsString("tilbakebetaling-innbetalt"));
        Testdata.klokkaTil(Testdata.naa().plus(Duration.ofDays(31)));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling").then().statusCode(200)
                .body(containsString("Forfalte krav om tilbakebetaling")).body(containsString("href=\"" + sak + "#krav-" + kravId + "\""))
                .body(containsString("60 000 kr"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(sak).then().statusCode(200).body(containsString("Forfalt"))
                .body(containsString("Innbetalt 40 000 kr"));
    }
}
