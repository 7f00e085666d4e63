package no.legevakttilskudd.vedtak;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Csrftoken;
import no.legevakttilskudd.felles.web.Csrf;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/**
 * Decisions wait for the deadline, because the order of the round depends on every application: no proposal (one or
 * all), approval or sending while the call is open, unless an admin has set the call to decide as applications come.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class VedtakEtterFristenTest {

    /** 12 May at 12:00, Norwegian time, two years from now: well ahead whatever day the test runs. */
    private static final LocalDateTime FRIST = LocalDateTime.of(LocalDate.now().getYear() + 2, 5, 12, 12, 0);
    private static final int AAR = FRIST.getYear();

    @Inject
    DataSource dataSource;

    /** A call open from yesterday to {@link #FRIST}, so "before the deadline" holds whatever day the test runs. */
    private static Map<String, Object> apenTilFristen() {
        Map<String, Object> utlysning = Testdata.utlysning(LocalDateTime.now().minusDays(1), FRIST);
        utlysning.put("rapportfrist", AAR + "-12-31");
        return utlysning;
    }

    private static io.restassured.response.Response foresla(long soknad) {
        return given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", "INNVILGET", "belop", 900_000, "begrunnelse", "Kvalifisert."))
                .when().post("/api/soknader/" + soknad + "/vedtak");
    }

    @Test
    void forFristenNektesForslagEnOgEnOgForHeleUtlysningen() {
        long utlysning = Testdata.opprettUtlysning(apenTilFristen());
        long soknad = Testdata.sendtSoknad(Tokens.ROST, utlysning);

        foresla(soknad).then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith(":fristen-er-ikke-ute"))
                .body("detail", allOf(containsString("12. mai " + AAR + " kl. 12:00"), containsString("først etter fristen")));
        given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/utlysninger/" + utlysning + "/vedtak/fra-tildeling")
                .then().statusCode(409).body("type", endsWith(":fristen-er-ikke-ute"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknad + "/vedtak")
                .then().statusCode(200).body("size()", equalTo(0));

        // The caseworker's pages do not offer what the service would refuse, and say when decisions come.
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/soknader/" + soknad)
                .then().statusCode(200).body(not(containsString("action=\"/saksbehandling/soknader/" + soknad + "/vedtak\"")))
                .body(containsString("Vedtak fattes etter søknadsfristen (12. mai " + AAR + " kl. 12.00)."));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/utlysninger/" + utlysning + "/tildeling")
                .then().statusCode(200).body(not(containsString("action=\"/saksbehandling/utlysninger/" + utlysning + "/vedtak\"")));

        Testdata.forbiFristen(utlysning);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/soknader/" + soknad)
                .then().statusCode(200).body(containsString("action=\"/saksbehandling/soknader/" + soknad + "/vedtak\""));
        given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/utlysninger/" + utlysning + "/vedtak/fra-tildeling")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].status", equalTo("FORESLATT"));
    }

    /**
     * A call switched from "as they come" back to "after the deadline" while decisions are under way: what was proposed
     * is neither approved nor sent before the deadline.
     */
    @Test
    void forFristenNektesGodkjenningOgSending() throws SQLException {
        Map<String, Object> kall = apenTilFristen();
        kall.put("fortlopendeVedtak", true);
        long utlysning = Testdata.opprettUtlysning(kall);
        long forste = foresla(Testdata.sendtSoknad(Tokens.ROST, utlysning)).then().statusCode(201).extract().jsonPath().getLong("id");
        long andre = foresla(Testdata.sendtSoknad(Tokens.VAROY, utlysning)).then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + andre + "/godkjenn").then().statusCode(200);

        kall.put("fortlopendeVedtak", false);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(kall).when().put("/api/utlysninger/" + utlysning)
                .then().statusCode(200).body("fortlopendeVedtak", equalTo(false));
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + forste + "/godkjenn")
                .then().statusCode(409).body("type", endsWith(":fristen-er-ikke-ute"));
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + andre + "/send")
                .then().statusCode(409).body("type", endsWith(":fristen-er-ikke-ute"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + andre).then().body("status", equalTo("GODKJENT"));
        // The queue offers what the service would accept: neither approval nor sending before the deadline.
        String ko = given().auth().oauth2(Tokens.godkjenner()).queryParam("utlysning", utlysning).when().get("/saksbehandling/vedtak")
                .then().statusCode(200).extract().asString();
        assertFalse(ko.contains("/saksbehandling/vedtak/" + forste + "/godkjenn"), "godkjenning tilbys før fristen");
        assertFalse(ko.contains("/saksbehandling/vedtak/" + andre + "/send"), "sending tilbys før fristen");

        Testdata.forbiFristen(utlysning);
        String etter = given().auth().oauth2(Tokens.godkjenner()).queryParam("utlysning", utlysning).when().get("/saksbehandling/vedtak")
                .then().statusCode(200).extract().asString();
        assertTrue(etter.contains("/saksbehandling/vedtak/" + forste + "/godkjenn"), "godkjenning tilbys etter fristen");
        assertTrue(etter.contains("/saksbehandling/vedtak/" + andre + "/send"), "sending tilbys etter fristen");
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + forste + "/godkjenn").then().statusCode(200);
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + andre + "/send").then().statusCode(200);
        assertEquals(List.of("vedtak fortløpende -> vedtak etter søknadsfristen"), endringerAvVedtaksform(utlysning));
    }

    @Test
    void fortlopendeVedtakGirHeleRundenForFristenOgEndringenLogges() throws SQLException {
        long utlysning = Testdata.opprettUtlysning(apenTilFristen());
        long soknad = Testdata.sendtSoknad(Tokens.ROST, utlysning);
        foresla(soknad).then().statusCode(409);

        Map<String, Object> kall = apenTilFristen();
        kall.put("fortlopendeVedtak", true);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(kall).when().put("/api/utlysninger/" + utlysning)
                .then().statusCode(200).body("fortlopendeVedtak", equalTo(true));
        // Saving again without a change is no new entry.
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(kall).when().put("/api/utlysninger/" + utlysning)
                .then().statusCode(200);
        assertEquals(List.of("vedtak etter søknadsfristen -> vedtak fortløpende"), endringerAvVedtaksform(utlysning));

        long vedtak = foresla(soknad).then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(200);
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + vedtak + "/send").then().statusCode(200)
                .body("status", equalTo("SENDT"));

        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/utlysninger/" + utlysning)
                .then().statusCode(200).body(containsString("Vedtak fattes fortløpende, også før søknadsfristen."));
        given().auth().oauth2(Tokens.admin()).when().get("/admin/utlysninger/" + utlysning)
                .then().statusCode(200).body(containsString("aria-describedby=\"fortlopendeVedtak-hjelp\" checked>"));
    }

    @Test
    void adminSkjemaetSetterValgetMedHjelpetekst() throws SQLException {
        long utlysning = Testdata.opprettUtlysning(apenTilFristen());
        given().auth().oauth2(Tokens.admin()).when().get("/admin/utlysninger/" + utlysning).then().statusCode(200)
                .body(containsString("Vedtak fattes etter søknadsfristen (12. mai " + AAR + " kl. 12.00)."))
                .body(containsString("aria-describedby=\"fortlopendeVedtak-hjelp\">"))
                .body(containsString("rekkefølgen i runden avhenger av alle søknadene"));
        given().auth().oauth2(Tokens.admin()).cookie("sprak", "en").when().get("/admin/utlysninger/" + utlysning).then().statusCode(200)
                .body(containsString("Decisions are made after the application deadline"))
                .body(containsString("the order of the round depends on every application"));
        given().auth().oauth2(Tokens.admin()).redirects().follow(false).cookie(Csrf.COOKIE, Csrftoken.av(Tokens.admin()))
                .formParam("csrf-token", Csrftoken.av(Tokens.admin())).formParam("aar", String.valueOf(AAR)).formParam("tittel", "Testutlysning")
                .formParam("apner", LocalDateTime.now().minusDays(1).withSecond(0).withNano(0).toString())
                .formParam("soknadsfrist", FRIST.toString()).formParam("rapportfrist", AAR + "-12-31").formParam("parametre.sentralitetsklasser", "6")
                .formParam("parametre.marginal", "PARTIAL").formParam("publisert", "true").formParam("fortlopendeVedtak", "true")
                .when().post("/admin/utlysninger/" + utlysning)
                .then().statusCode(303);
        given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/" + utlysning).then().body("fortlopendeVedtak", equalTo(true));
        given().auth().oauth2(Tokens.admin()).when().get("/admin/utlysninger/" + utlysning).then().statusCode(200)
                .body(containsString("Vedtak fattes fortløpende, også før søknadsfristen."));
        assertEquals(List.of("vedtak etter søknadsfristen -> vedtak fortløpende"), endringerAvVedtaksform(utlysning));
    }

    private List<String> endringerAvVedtaksform(long utlysning) throws SQLException {
        List<String> endringer = new ArrayList<>();
        try (var tilkobling = dataSource.getConnection(); var setning = tilkobling.createStatement();
                var rs = setning.executeQuery("select for_verdi, etter_verdi from hendelse where entitet = 'UTLYSNING' and entitet_id = '"
                        + utlysning + "' and handling = 'FORTLOPENDE_VEDTAK_ENDRET' order by id")) {
            while (rs.next()) {
                endringer.add(rs.getString(1) + " -> " + rs.getString(2));
            }
        }
        return endringer;
    }
}
