package no.legevakttilskudd.vedtak.endring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.legevakttilskudd.Csrftoken;
import no.legevakttilskudd.Saksgang;
import no.legevakttilskudd.Tokens;

/**
 * The change pages without JavaScript: the kommune asks from its application page (errors at the fields and in the
 * summary, nothing stored), the caseworker and approver act on the case page, both read the letter; nb, nn and en.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class EndringSiderTest {

    private static final DateTimeFormatter SKJEMADATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Test
    void kommunenBerOmOmdisponeringOgSaksbehandlerOgGodkjennerAvgjorPaSaken() {
        Saksgang.Runde runde = Saksgang.avgjort(Tokens.ROST);
        long soknad = runde.soknad();
        long vedtak = runde.vedtak();
        String mine = "/mine-soknader/" + soknad;
        // Before acceptance the part is not there: the decision's own part asks for the acceptance first.
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get(mine).then().statusCode(200)
                .body(not(containsString("/endringer/omdisponering")));
        Saksgang.aksepter(Tokens.ROST, vedtak);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get(mine).then().statusCode(200)
                .body(containsString("Endringer i tilskuddet")).body(containsString("Budsjettet som gjelder"))
                .body(containsString("action=\"" + mine + "/vedtak/" + vedtak + "/endringer/frist\""))
                .body(containsString("id=\"tiltak[1].belop\"")).body(containsString("value=\"50000\""));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).cookie("sprak", "nn").when().get(mine).then().statusCode(200)
                .body(containsString("Endringar i tilskotet"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).cookie("sprak", "en").when().get(mine).then().statusCode(200)
                .body(containsString("Ask to move money between the measures"));

        // Above the award and without a reason: both errors, next to the fields and in the summary; nothing stored.
        String omdisponering = mine + "/vedtak/" + vedtak + "/endringer/omdisponering";
        Csrftoken.skjema(Tokens.soker(Tokens.ROST)).formParam("tiltak[0].belop", "900 000").formParam("tiltak[1].belop", "50 000")
                .formParam("omdisponering-begrunnelse", "").when().post(omdisponering).then().statusCode(400)
                .body(containsString("ds-error-summary")).body(containsString("href=\"#tiltak[0].belop\""))
                .body(containsString("mer enn tilskuddet på 900 000 kr")).body(containsString("id=\"omdisponering-begrunnelse-feil\""))
                .body(containsString("<details class=\"ds-details endring-omdisponering\" open>"));
        Csrftoken.skjema(Tokens.soker(Tokens.ROST)).formParam("tiltak[0].belop", "mange").formParam("tiltak[1].belop", "50 000")
                .formParam("omdisponering-begrunnelse", "Dyrere utstyr.").when().post(omdisponering).then().statusCode(400)
                .body(containsString("id=\"tiltak[0].belop-feil\""));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + vedtak + "/endringer").then().statusCode(200)
                .body(containsString("[]"));
        // Another kommune cannot post to it.
        Csrftoken.skjema(Tokens.soker(Tokens.VAROY)).formParam("tiltak[0].belop", "800 000").formParam("tiltak[1].belop", "100 000")
                .formParam("omdisponering-begrunnelse", "x").when().post(omdisponering).then().statusCode(404);

        Csrftoken.skjema(Tokens.soker(Tokens.ROST)).formParam("tiltak[0].belop", "800 000").formParam("tiltak[1].belop", "100 000")
                .formParam("omdisponering-begrunnelse", "Defibrillatoren ble dyrere.").redirects().follow(false).when()
                .post(omdisponering).then().statusCode(303)
                .header("Location", containsString(mine + "?endring-sendt=true#endringer-" + vedtak));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).queryParam("endring-sendt", "true").when().get(mine).then().statusCode(200)
                .body(containsString("Søknaden om endring er sendt")).body(containsString("Venter på saksbehandler"))
                .body(containsString("Søknaden om endring venter på behandling"))
                .body(not(containsString("/endringer/omdisponering\"")));

        // The staff's start page lists it among what waits on them, with a link to it on the case.
        String sak = "/saksbehandling/soknader/" + soknad;
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling").then().statusCode(200)
                .body(containsString("Endringssøknader til behandling")).body(containsString("href=\"" + sak + "#endring-"));
        // The caseworker sees the request and grants it; it moves money to equipment, so it waits on a second person.
        given().auth().oauth2(Tokens.saksbehandler()).when().get(sak).then().statusCode(200)
                .body(containsString("Omdisponering mellom tiltak")).body(containsString("850 000 kr → 800 000 kr"))
                .body(containsString("en annen må godkjenne innvilgelsen"));
        long endring = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + vedtak + "/endringer").then()
                .extract().jsonPath().getLong("[0].id");
        String her = sak + "/vedtak/" + vedtak + "/endringer/" + endring;
        // Refused without reasons: the error at the field, the request still open.
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("utfall", "avsla").formParam("endring-svar", "").when()
                .post(her + "/avgjorelse").then().statusCode(400).body(containsString("id=\"endring-svar-feil\""));
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("utfall", "innvilg").formParam("endring-svar", "Utstyret trengs.")
                .redirects().follow(false).when().post(her + "/avgjorelse").then().statusCode(303)
                .header("Location", containsString("melding=endring-til-godkjenning"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(sak).then().statusCode(200)
                .body(not(containsString("action=\"" + her + "/avgjorelse\"")));
        // The approver approves; the kommune reads the letter as a page and as PDF.
        Csrftoken.skjema(Tokens.godkjenner()).formParam("handling", "godkjenn").redirects().follow(false).when()
                .post(her + "/godkjenning").then().statusCode(303).header("Location", containsString("melding=endring-godkjent"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(her + "/brev").then().statusCode(200)
                .body(containsString("Endringsbrev")).body(containsString("Budsjett nå")).body(containsString("100 000 kr"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get(mine + "/vedtak/" + vedtak + "/endringer/" + endring + "/brev")
                .then().statusCode(200).body(containsString("Vedtak: tilskuddet kan brukes etter det nye budsjettet"))
                .body(containsString("Sara Saksbehandler")).body(containsString("Gunnar Godkjenner"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get(mine + "/vedtak/" + vedtak + "/endringer/" + endring + "/brev.pdf")
                .then().statusCode(200).contentType("application/pdf");
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get(mine + "/vedtak/" + vedtak + "/endringer/" + endring + "/brev")
                .then().statusCode(404);
        // The budget in force on the kommune's page is the new one.
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get(mine).then().statusCode(200)
                .body(containsString("Innvilget")).body(containsString("value=\"100000\""));
    }

    @Test
    void fristskjemaetTarNorskDatoOgViserFeilVedFeltet() {
        Saksgang.Runde runde = Saksgang.avgjort(Tokens.SALTDAL);
        Saksgang.aksepter(Tokens.SALTDAL, runde.vedtak());
        String mine = "/mine-soknader/" + runde.soknad();
        String frist = mine + "/vedtak/" + runde.vedtak() + "/endringer/frist";
        Csrftoken.skjema(Tokens.soker(Tokens.SALTDAL)).formParam("rapportfrist", "31/02").formParam("frist-begrunnelse", "")
                .when().post(frist).then().statusCode(400).body(containsString("id=\"rapportfrist-feil\""))
                .body(containsString("id=\"frist-begrunnelse-feil\""))
                .body(containsString("<details class=\"ds-details endring-frist\" open>"));
        LocalDate gjeldende = LocalDate.parse(given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/" + runde.utlysning())
                .then().statusCode(200).extract().path("rapportfrist").toString());
        Csrftoken.skjema(Tokens.soker(Tokens.SALTDAL)).formParam("rapportfrist", gjeldende.plusMonths(2).format(SKJEMADATO))
                .formParam("frist-begrunnelse", "Legen begynner i august.").redirects().follow(false).when().post(frist).then()
                .statusCode(303);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/soknader/" + runde.soknad()).then().statusCode(200)
                .body(containsString("Lengre rapportfrist"))
                .body(containsString("action=\"/saksbehandling/soknader/" + runde.soknad() + "/vedtak/" + runde.vedtak() + "/endringer/"));
        // The approver role alone does not decide; the evaluator does not see the case at all.
        given().auth().oauth2(Tokens.evaluator()).when().get("/saksbehandling/soknader/" + runde.soknad()).then().statusCode(403);
    }
}
