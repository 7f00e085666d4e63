package no.legevakttilskudd.habilitet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import no.legevakttilskudd.Csrftoken;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.Roller;

/**
 * Habilitet (forvaltningsloven § 6): a disqualified caseworker or approver cannot assess, propose, approve, return or
 * send in the case — refused by the service (403 inhabil), hidden from the approver's queue, and refused by the
 * database when a path skips the service; declarations and withdrawals are in the case's history.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class HabilitetTest {

    private static final String INHABIL = "urn:legevakttilskudd:problem:inhabil";
    private static final String SAKSBEHANDLER2 = Tokens.token("saksbehandler2", List.of(Roller.SAKSBEHANDLER), null);
    /** The case page's field names for the declaration and its withdrawal. */
    private static final String ERKLAERING = "inhabil-begrunnelse";
    private static final String TILBAKETREKKING = "trekk-begrunnelse";
    private static final String GODKJENNER2 = Tokens.token("godkjenner2", List.of(Roller.GODKJENNER), null);

    @Inject
    DataSource dataSource;

    @AfterEach
    void klokka() {
        Testdata.klokkaTilbake();
    }

    private static RequestSpecification json(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static long erklaer(String token, long soknad, String begrunnelse) {
        return json(token).body(Map.of("begrunnelse", begrunnelse)).when().post("/api/soknader/" + soknad + "/habilitet")
                .then().statusCode(201).body("gjelder", equalTo(true)).extract().jsonPath().getLong("id");
    }

    @Test
    void inhabilSaksbehandlerOgGodkjennerKanBareLeseSaken() {
        long soknad = Testdata.sendtEtterFristen(Tokens.ROST);
        String habilitet = "/api/soknader/" + soknad + "/habilitet";
        given().auth().oauth2(Tokens.saksbehandler()).when().get(habilitet).then().statusCode(200).body("$", empty());

        // Wrong roles and bad input first: nothing is stored.
        for (String token : List.of(Tokens.soker(Tokens.ROST), Tokens.evaluator(), Tokens.admin())) {
            json(token).body(Map.of("begrunnelse", "Tilknytning")).when().post(habilitet).then().statusCode(403);
        }
        json(Tokens.saksbehandler()).body(Map.of("begrunnelse", " ")).when().post(habilitet).then().statusCode(400)
                .contentType("application/problem+json").body("feil[0].felt", equalTo("begrunnelse"));
        json(Tokens.saksbehandler()).body(Map.of("begrunnelse", "x".repeat(2001))).when().post(habilitet).then().statusCode(400);
        given().auth().oauth2(Tokens.saksbehandler()).when().get(habilitet).then().body("$", empty());

        erklaer(Tokens.saksbehandler(), soknad, "Søsteren min er rådmann i kommunen.");
        json(Tokens.saksbehandler()).body(Map.of("begrunnelse", "Igjen")).when().post(habilitet).then().statusCode(409)
                .body("type", endsWith("allerede-inhabil"));

        // The disqualified caseworker can neither assess nor propose; nothing is stored.
        json(Tokens.saksbehandler()).body(Map.of("kvalitet", "GOD")).when().put("/api/soknader/" + soknad + "/vurdering")
                .then().statusCode(403).contentType("application/problem+json").body("type", equalTo(INHABIL));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknad + "/vurdering").then().statusCode(404);
        Map<String, Object> forslag = Map.of("utfall", "INNVILGET", "belop", 900_000, "begrunnelse", "Kvalifisert.");
        json(Tokens.saksbehandler()).body(forslag).when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(403)
                .body("type", equalTo(INHABIL));
        json(Tokens.saksbehandler()).when().post("/api/utlysninger/" + utlysningAv(soknad) + "/vedtak/fra-tildeling").then()
                .statusCode(200).body("findAll { it.soknadId == " + soknad + " }", empty());

        // Another caseworker proposes; the approver who declares disqualification no longer sees it in the queue.
        long vedtak = json(SAKSBEHANDLER2).body(forslag).when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.godkjenner()).when().get("/api/vedtak?status=FORESLATT&storrelse=200").then()
                .body("elementer.vedtak.id", hasItem((int) vedtak));
        erklaer(Tokens.godkjenner(), soknad, "Jeg har vært fastlege i kommunen de siste to årene.");
        given().auth().oauth2(Tokens.godkjenner()).when().get("/api/vedtak?status=FORESLATT&storrelse=200").then()
                .body("elementer.vedtak.id", not(hasItem((int) vedtak)));
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(403)
                .body("type", equalTo(INHABIL));
        json(Tokens.godkjenner()).body(Map.of("kommentar", "Nei")).when().post("/api/vedtak/" + vedtak + "/returner").then()
                .statusCode(403).body("type", equalTo(INHABIL));
        given().auth().oauth2(GODKJENNER2).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(200);

        // Sending: not by the disqualified caseworker.
        given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/vedtak/" + vedtak + "/send").then().statusCode(403)
                .body("type", equalTo(INHABIL));
        given().auth().oauth2(SAKSBEHANDLER2).when().post("/api/vedtak/" + vedtak + "/send").then().statusCode(200)
                .body("status", equalTo("SENDT"));

        // Both declarations are in the case's history for staff, never in the kommune's.
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknad + "/historikk").then()
                .body("findAll { it.handling == 'INHABIL_ERKLART' }.size()", equalTo(2))
                .body("find { it.handling == 'INHABIL_ERKLART' }.etterVerdi", containsString("Søsteren min er rådmann"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/soknader/" + soknad + "/historikk").then().statusCode(200)
                .body("handling", not(hasItem("INHABIL_ERKLART")));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get(habilitet).then().statusCode(403);
    }

    @Test
    void erklaeringenTrekkesTilbakeAvDenSomGaDenOgDaKanPersonenHandleIgjen() {
        long soknad = Testdata.sendtEtterFristen(Tokens.ROST);
        String habilitet = "/api/soknader/" + soknad + "/habilitet";
        long erklaring = erklaer(Tokens.saksbehandler(), soknad, "Tidligere ansatt i kommunen.");
        String trekk = habilitet + "/" + erklaring + "/tilbaketrekking";

        json(SAKSBEHANDLER2).body(Map.of("begrunnelse", "Ikke din")).when().post(trekk).then().statusCode(403);
        json(Tokens.saksbehandler()).body(Map.of()).when().post(trekk).then().statusCode(400).body("feil[0].felt", equalTo("begrunnelse"));
        json(Tokens.saksbehandler()).body(Map.of("begrunnelse", "Feil sak", "versjon", 7)).when().post(trekk).then().statusCode(409)
                .body("type", endsWith("endret-av-andre"));
        json(Tokens.saksbehandler()).body(Map.of("begrunnelse", "Feil sak; det var nabokommunen.")).when().post(trekk).then()
                .statusCode(200).body("gjelder", equalTo(false)).body("trukketBegrunnelse", equalTo("Feil sak; det var nabokommunen."));
        json(Tokens.saksbehandler()).body(Map.of("begrunnelse", "Igjen")).when().post(trekk).then().statusCode(409)
                .body("type", endsWith("allerede-trukket"));
        json(Tokens.saksbehandler()).body(Map.of("begrunnelse", "x")).when().post("/api/soknader/" + soknad + "/habilitet/999999/tilbaketrekking")
                .then().statusCode(404);

        json(Tokens.saksbehandler()).body(Map.of("kvalitet", "GOD")).when().put("/api/soknader/" + soknad + "/vurdering").then().statusCode(200);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknad + "/historikk").then()
                .body("handling", hasItem("INHABIL_TRUKKET"));
        // A new declaration after a withdrawal is allowed: only one in force at a time.
        erklaer(Tokens.saksbehandler(), soknad, "Likevel: søsteren min begynte i kommunen i går.");
        given().auth().oauth2(Tokens.admin()).when().get(habilitet).then().statusCode(200).body("size()", equalTo(2))
                .body("[0].gjelder", equalTo(true)).body("[1].gjelder", equalTo(false));
    }

    @Test
    void etForslagFraEnSomSidenErInhabilKanIkkeGodkjennesBareReturneres() {
        long soknad = Testdata.sendtEtterFristen(Tokens.ROST);
        long vedtak = json(Tokens.saksbehandler()).body(Map.of("utfall", "INNVILGET", "belop", 900_000, "begrunnelse", "Kvalifisert."))
                .when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
        erklaer(Tokens.saksbehandler(), soknad, "Oppdaget tilknytning etter forslaget.");
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(409)
                .body("type", endsWith("forslag-fra-inhabil"));
        json(Tokens.godkjenner()).body(Map.of("kommentar", "Ny saksbehandler må foreslå.")).when().post("/api/vedtak/" + vedtak + "/returner")
                .then().statusCode(200).body("status", equalTo("RETURNERT"));
    }

    @Test
    void databasenNekterEnVurderingFraEnInhabilOgsaUtenomTjenesten() throws SQLException {
        long soknad = Testdata.sendtEtterFristen(Tokens.ROST);
        erklaer(Tokens.saksbehandler(), soknad, "Nær venn av ordføreren.");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate("insert into vurdering (soknad_id, godkjent_budsjett, "
                    + "kvalitet, endret, endret_av, endret_av_sub, versjon) values (" + soknad + ", 1, 'GOD', now(), 'saksbehandler', "
                    + "'saksbehandler', 0)"));
            assertEquals("LV403", e.getSQLState());
            e = assertThrows(SQLException.class, () -> s.executeUpdate("insert into vedtak (soknad_id, utlysning_id, utfall, belop, "
                    + "begrunnelse, status, foreslatt, foreslatt_av, foreslatt_av_sub, versjon) select id, utlysning_id, 'AVSLATT', 0, 'x', "
                    + "'FORESLATT', now(), 'saksbehandler', 'saksbehandler', 0 from soknad where id = " + soknad));
            assertEquals("LV403", e.getSQLState());
            // Another person's row is let through: the rule is about the person on the row, not the case.
            assertEquals(1, s.executeUpdate("insert into vurdering (soknad_id, godkjent_budsjett, kvalitet, endret, endret_av, "
                    + "endret_av_sub, versjon) values (" + soknad + ", 1, 'GOD', now(), 'saksbehandler2', 'saksbehandler2', 0)"));
        }
    }

    @Test
    void sakssidenViserErklaeringenOgSkjulerSkjemaeneForDenInhabile() {
        long soknad = Testdata.sendtEtterFristen(Tokens.ROST);
        String sak = "/saksbehandling/soknader/" + soknad;
        given().auth().oauth2(Tokens.saksbehandler()).when().get(sak).then().statusCode(200)
                .body(containsString("Ingen har erklært seg inhabil i saken."))
                .body(containsString("action=\"" + sak + "/vurdering\""))
                .body(containsString("action=\"" + sak + "/habilitet\""));
        given().auth().oauth2(Tokens.evaluator()).when().get(sak).then().statusCode(403);

        // Without a reason: the error next to the field and in the summary, nothing stored.
        Csrftoken.skjema(Tokens.saksbehandler()).formParam(ERKLAERING, "").when().post(sak + "/habilitet").then()
                .statusCode(400).body(containsString("ds-error-summary"))
                .body(containsString("href=\"#inhabil-begrunnelse\""))
                .body(containsString("id=\"inhabil-begrunnelse-feil\""));
        Csrftoken.skjema(Tokens.saksbehandler()).formParam(ERKLAERING, "Søsteren min er rådmann.")
                .when().post(sak + "/habilitet").then().statusCode(303).header("Location", endsWith(sak + "?melding=inhabil-erklart"));
        String side = given().auth().oauth2(Tokens.saksbehandler()).when().get(sak + "?melding=inhabil-erklart").then().statusCode(200)
                .body(containsString("Du er registrert som inhabil i saken."))
                .body(containsString("Du har erklært deg inhabil i denne saken."))
                .body(containsString("Sara Saksbehandler erklærte seg inhabil"))
                .body(not(containsString("action=\"" + sak + "/vurdering\"")))
                .body(not(containsString("action=\"" + sak + "/vedtak\"")))
                .body(not(containsString("action=\"" + sak + "/habilitet\""))).extract().asString();
        // Posting the assessment anyway: a notice, not a stored row.
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("kvalitet", "GOD").when().post(sak + "/vurdering").then().statusCode(403)
                .body(containsString("inhabil"));
        given().auth().oauth2(SAKSBEHANDLER2).when().get(sak).then()
                .body(containsString("Sara Saksbehandler erklærte seg inhabil"))
                .body(containsString("action=\"" + sak + "/vurdering\""))
                .body(not(containsString("/tilbaketrekking\"")));

        String trekk = side.replaceAll("(?s).*action=\"([^\"]*/tilbaketrekking)\".*", "$1");
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("versjon", "0").when().post(trekk).then().statusCode(400)
                .body(containsString("href=\"#trekk-begrunnelse\""));
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("versjon", "0").formParam(TILBAKETREKKING, "Feil sak.")
                .when().post(trekk).then().statusCode(303).header("Location", endsWith("?melding=inhabil-trukket"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(sak).then()
                .body(containsString("1 erklæring trukket tilbake"))
                .body(containsString("action=\"" + sak + "/vurdering\""));
        for (String sprak : List.of("nn", "en")) {
            given().auth().oauth2(Tokens.saksbehandler()).cookie("sprak", sprak).when().get(sak).then().statusCode(200)
                    .body(containsString(sprak.equals("nn") ? "1 fråsegn trekt tilbake" : "1 declaration withdrawn"));
        }
    }

    private static long utlysningAv(long soknad) {
        return given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknad).then().extract().jsonPath()
                .getLong("utlysningId");
    }
}
