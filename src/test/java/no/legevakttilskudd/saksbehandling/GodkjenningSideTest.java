package no.legevakttilskudd.saksbehandling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Csrftoken;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.Roller;

/**
 * The approver's queue, the letter as a page, and what waits on staff after sending (payments, reports), as a browser
 * without JavaScript sees them, with the API behind the same lists.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class GodkjenningSideTest {

    private static final String BEGGE = Tokens.token("saksbehandler", List.of(Roller.SAKSBEHANDLER, Roller.GODKJENNER), null);

    private static long utlysning(long ramme) {
        Map<String, Object> u = Testdata.utlysning(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(9));
        u.put("ramme", ramme);
        u.put("tittel", "Godkjenningskø " + System.nanoTime());
        return Testdata.opprettUtlysning(u);
    }

    private static long foresla(long soknad, long belop, String begrunnelse) {
        return given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", "INNVILGET", "belop", belop, "begrunnelse", begrunnelse))
                .when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** 26 proposals are two pages; the links keep the chosen call, and the last page leads back. */
    @Test
    void koenBlasISideForSideOgBeholderUtlysningen() {
        long utlysning = utlysning(100_000_000);
        List<String> kommuner = given().auth().oauth2(Tokens.admin()).queryParam("storrelse", Godkjenningsside.PER_SIDE + 1)
                .when().get("/api/kommuner").then().statusCode(200).extract().jsonPath().getList("elementer.kommunenummer", String.class);
        List<Long> soknader = kommuner.stream().map(kommune -> Testdata.sendtSoknad(kommune, utlysning)).toList();
        Testdata.forbiFristen(utlysning);
        for (long soknad : soknader) {
            foresla(soknad, 100_000, "Kvalifisert.");
        }
        String ko = "/saksbehandling/vedtak?utlysning=" + utlysning;
        given().auth().oauth2(Tokens.godkjenner()).when().get(ko).then().statusCode(200)
                .body(containsString("Side 1 av 2"))
                .body(containsString("href=\"/saksbehandling/vedtak?side=2&amp;utlysning=" + utlysning + "\">Neste side"))
                .body(not(containsString("Forrige side")));
        given().auth().oauth2(Tokens.godkjenner()).when().get(ko + "&side=2").then().statusCode(200)
                .body(containsString("Side 2 av 2"))
                .body(containsString("href=\"/saksbehandling/vedtak?side=1&amp;utlysning=" + utlysning + "\">Forrige side"))
                .body(not(containsString("Neste side")));
    }

    @Test
    void godkjennerensKoMedFireOyneReturOgSending() {
        long utlysning = utlysning(1_000_000);
        long rost = Testdata.sendtSoknad(Tokens.ROST, utlysning);
        long varoy = Testdata.sendtSoknad(Tokens.VAROY, utlysning);
        Testdata.forbiFristen(utlysning);
        long vedtakRost = foresla(rost, 900_000, "Kvalifisert: klasse 6. <script>alert(1)</script>");
        long vedtakVaroy = foresla(varoy, 900_000, "Kvalifisert: klasse 6, 683 innbyggere.");
        String ko = "/saksbehandling/vedtak?utlysning=" + utlysning;

        // The approver sees both, oldest first, with buttons; the text a caseworker wrote is escaped.
        String side = given().auth().oauth2(Tokens.godkjenner()).when().get(ko).then().statusCode(200)
                .body(containsString("2 vedtak venter på godkjenning."))
                .body(containsString("Godkjent og sendt i «"))
                .body(containsString("0 kr av rammen på 1 000 000 kr; 1 000 000 kr igjen."))
                .body(containsString("Røst (1856), LV-"))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert(1)")))
                .body(containsString("action=\"/saksbehandling/vedtak/" + vedtakRost + "/godkjenn\""))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(side.indexOf("Røst (1856)") < side.indexOf("Værøy (1857)"), "eldste forslag først");

        // The proposer with both roles sees the own proposal, but no buttons, and the server refuses it anyway.
        given().auth().oauth2(BEGGE).when().get(ko).then().statusCode(200)
                .body(containsString("Du foreslo dette vedtaket"))
                .body(not(containsString("/vedtak/" + vedtakRost + "/godkjenn\"")));
        Csrftoken.skjema(BEGGE).formParam("utlysning", utlysning).when().post("/saksbehandling/vedtak/" + vedtakRost + "/godkjenn")
                .then().statusCode(403).body(containsString("fire øyne"));
        Csrftoken.skjema(Tokens.saksbehandler()).when().post("/saksbehandling/vedtak/" + vedtakRost + "/godkjenn").then().statusCode(403);

        // Returning needs a comment: the error stands next to that decision's field and in the summary.
        Csrftoken.skjema(Tokens.godkjenner()).formParam("utlysning", utlysning).formParam("kommentar", " ")
                .when().post("/saksbehandling/vedtak/" + vedtakVaroy + "/returner").then().statusCode(400)
                .body(containsString("ds-error-summary"))
                .body(containsString("href=\"#kommentar-" + vedtakVaroy + "\""))
                .body(containsString("id=\"kommentar-" + vedtakVaroy + "-feil\""))
                .body(containsString("Skriv hvorfor vedtaket sendes tilbake."));
        Csrftoken.skjema(Tokens.godkjenner()).formParam("utlysning", utlysning).formParam("kommentar", "Sjekk folketallet.")
                .when().post("/saksbehandling/vedtak/" + vedtakVaroy + "/returner").then().statusCode(303)
                .header("Location", endsWith("/saksbehandling/vedtak?melding=vedtak-returnert&utlysning=" + utlysning));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + vedtakVaroy).then()
                .body("status", equalTo("RETURNERT")).body("returkommentar", equalTo("Sjekk folketallet."));

        // Approval from the queue; then it waits to be sent, and the frame line counts it.
        Csrftoken.skjema(Tokens.godkjenner()).formParam("utlysning", utlysning).when().post("/saksbehandling/vedtak/" + vedtakRost + "/godkjenn")
                .then().statusCode(303).header("Location", endsWith("melding=vedtak-godkjent&utlysning=" + utlysning));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(ko + "&melding=vedtak-godkjent").then().statusCode(200)
                .body(containsString("Vedtaket er godkjent."))
                .body(containsString("Ingen vedtak venter på godkjenning."))
                .body(containsString("900 000 kr av rammen på 1 000 000 kr; 100 000 kr igjen."))
                .body(containsString("action=\"/saksbehandling/vedtak/" + vedtakRost + "/send\""));

        // A new proposal for Værøy does not fit in what is left: the approver is told, and nothing changes.
        long nyttVaroy = foresla(varoy, 900_000, "Kvalifisert etter ny sjekk.");
        Csrftoken.skjema(Tokens.godkjenner()).formParam("utlysning", utlysning).when().post("/saksbehandling/vedtak/" + nyttVaroy + "/godkjenn")
                .then().statusCode(409).body(containsString("får ikke plass i rammen"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + nyttVaroy).then().body("status", equalTo("FORESLATT"));

        // The API holds the same queue.
        given().auth().oauth2(Tokens.godkjenner()).queryParam("utlysning", utlysning).when().get("/api/vedtak")
                .then().statusCode(200).body("totalt", equalTo(1)).body("elementer[0].vedtak.id", equalTo((int) nyttVaroy))
                .body("elementer[0].kommunenavn", equalTo("Værøy"));
        given().auth().oauth2(Tokens.godkjenner()).queryParam("status", "GODKJENT").queryParam("utlysning", utlysning).when().get("/api/vedtak")
                .then().statusCode(200).body("elementer.vedtak.id", hasItem((int) vedtakRost));
        given().auth().oauth2(Tokens.godkjenner()).queryParam("status", "TULL").when().get("/api/vedtak")
                .then().statusCode(400).contentType("application/problem+json").body("feil[0].felt", equalTo("status"));
        given().auth().oauth2(Tokens.godkjenner()).queryParam("storrelse", 0).when().get("/api/vedtak").then().statusCode(400);
        given().auth().oauth2(Tokens.godkjenner()).queryParam("side", 999_999_999).queryParam("storrelse", 500).when().get("/api/vedtak")
                .then().statusCode(200).body("elementer.size()", equalTo(0));

        // Sending from the queue, then it is gone from it.
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("utlysning", utlysning).when().post("/saksbehandling/vedtak/" + vedtakRost + "/send")
                .then().statusCode(303).header("Location", endsWith("melding=vedtak-sendt&utlysning=" + utlysning));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(ko).then()
                .body(containsString("Ingen godkjente vedtak venter på å bli sendt."));

        // Nobody outside staff sees the queue; a form post without the CSRF key is refused.
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/saksbehandling/vedtak").then().statusCode(403);
        given().auth().oauth2(Tokens.evaluator()).when().get("/api/vedtak").then().statusCode(403);
        given().auth().oauth2(Tokens.godkjenner()).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("kommentar", "x").when().post("/saksbehandling/vedtak/" + nyttVaroy + "/returner").then().statusCode(403);
    }

    @Test
    void brevetSomSideOgOppfolgingAvUtbetalingOgRapport() {
        long utlysning = utlysning(50_000_000);
        long soknad = Testdata.sendtSoknad(Tokens.ROST, utlysning);
        Testdata.forbiFristen(utlysning);
        long vedtak = foresla(soknad, 900_000, "Kvalifisert: klasse 6, 460 innbyggere.");
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(200);

        // Before it is sent there is no letter, for anybody.
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/soknader/" + soknad + "/vedtak/" + vedtak + "/brev")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/vedtak/" + vedtak + "/send").then().statusCode(200);

        // The letter as a page, for staff and for the kommune, with the PDF beside it; never for another kommune.
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/soknader/" + soknad + "/vedtak/" + vedtak + "/brev")
                .then().statusCode(200)
                .body(containsString("<article class=\"vedtaksbrev\" lang=\"nb\">"))
                .body(containsString("Vedtak: søknaden er innvilget"))
                .body(containsString("Røst kommune får 900 000 kr i tilskudd"))
                .body(containsString("href=\"/saksbehandling/soknader/" + soknad + "/vedtak/" + vedtak + "/brev.pdf\""))
                .body(not(containsString("<style>")));
        String mine = "/mine-soknader/" + soknad;
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get(mine).then()
                .body(containsString("href=\"" + mine + "/vedtak/" + vedtak + "/brev\""));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).cookie("sprak", "nn").when().get(mine + "/vedtak/" + vedtak + "/brev").then()
                .statusCode(200)
                .body(containsString("Røst kommune får 900 000 kr i tilskudd"))
                .body(containsString("Tilbake til søknaden"))
                .body(containsString("Brevet er på bokmål."));
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get(mine + "/vedtak/" + vedtak + "/brev").then().statusCode(404);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/saksbehandling/soknader/" + soknad + "/vedtak/" + vedtak + "/brev")
                .then().statusCode(403);

        // Accepted: ready for payment until it is paid in full.
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(Map.of("kontonummer", "1234.56.78903"))
                .when().post("/api/vedtak/" + vedtak + "/aksept").then().statusCode(200);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/oppfolging/til-utbetaling").then().statusCode(200)
                .body("find { it.vedtakId == " + vedtak + " }.utbetalt", equalTo(0));
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(Map.of("belop", 400_000, "dato", "2026-01-05"))
                .when().post("/api/vedtak/" + vedtak + "/utbetalinger").then().statusCode(201);
        String forside = given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling").then().statusCode(200)
                .body(containsString("Klar til utbetaling")).extract().asString();
        String rad = forside.replaceAll("(?s).*(<tr><td><a class=\"ds-link\" href=\"/saksbehandling/soknader/" + soknad + "\">.*?</tr>).*", "$1");
        org.junit.jupiter.api.Assertions.assertTrue(rad.contains("500 000 kr"), "gjenstår 500 000 kr: " + rad);
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(Map.of("belop", 500_000, "dato", "2026-01-06"))
                .when().post("/api/vedtak/" + vedtak + "/utbetalinger").then().statusCode(201);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/oppfolging/til-utbetaling").then().statusCode(200)
                .body("vedtakId", not(hasItem((int) vedtak)));

        // A sent report waits for a caseworker until it is approved.
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON)
                .body(Map.of("tiltak", List.of(Map.of("gjort", "Vikarlege i tre måneder.", "brukt", 800_000),
                        Map.of("gjort", "Defibrillator kjøpt.", "brukt", 50_000))))
                .when().put("/api/vedtak/" + vedtak + "/rapport").then().statusCode(200);
        given().auth().oauth2(Tokens.godkjenner()).when().get("/api/oppfolging/rapporter").then().statusCode(200)
                .body("find { it.vedtakId == " + vedtak + " }.ubrukt", equalTo(50_000));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling").then()
                .body(containsString("Rapporter til behandling"))
                .body(containsString("50 000 kr"));
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(Map.of("godkjent", true))
                .when().post("/api/vedtak/" + vedtak + "/rapport/behandling").then().statusCode(200);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/oppfolging/rapporter").then()
                .body("vedtakId", not(hasItem((int) vedtak)));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/oppfolging/rapporter").then().statusCode(403);

        // The case history holds every step of the decision beside the application's own, in time order.
        String historikk = given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/soknader/" + soknad).then()
                .statusCode(200).extract().asString().replaceAll("(?s).*id=\"historikk\"", "");
        int forrige = -1;
        // In words, not codes: the actions are the log's codes told as people say them.
        for (String steg : List.of("<td>Sendt</td>", "Vedtak " + vedtak + ": Vedtak foreslått", "Vedtak " + vedtak + ": Vedtak godkjent",
                "Vedtak " + vedtak + ": Sendt", "Vedtak " + vedtak + ": Tilskuddet akseptert", "Vedtak " + vedtak + ": Utbetalt")) {
            int her = historikk.indexOf(steg);
            org.junit.jupiter.api.Assertions.assertTrue(her > forrige, steg + " mangler eller står i feil rekkefølge i historikken");
            forrige = her;
        }
        org.junit.jupiter.api.Assertions.assertFalse(historikk.matches("(?s).*>[A-Z]+_[A-Z_]+<.*"), historikk);
    }
}
