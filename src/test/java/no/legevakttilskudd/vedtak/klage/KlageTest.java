package no.legevakttilskudd.vedtak.klage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDateTime;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Csrftoken;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.vedtak.grunnlag.Testgrunnlag;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.web.Csrf;

/** Appeals: within the deadline, late ones flagged, one open at a time, outcome recorded by staff. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class KlageTest {

    @Inject
    DataSource dataSource;

    /** A sent refusal, sent {@code dagerSiden} days ago, inserted directly: sent decisions cannot be back-dated otherwise. */
    private long sendtAvslag(String kommune, boolean klageadgang, int dagerSiden) throws Exception {
        Map<String, Object> u = Testdata.utlysning(LocalDateTime.now().minusDays(40), LocalDateTime.now().plusDays(5));
        u.put("klageadgang", klageadgang);
        if (!klageadgang) {
            u.remove("klageTekst");
        }
        long utlysning = Testdata.opprettUtlysning(u);
        long soknad = Testdata.sendtSoknad(kommune, utlysning);
        try (var tilkobling = dataSource.getConnection(); var setning = tilkobling.prepareStatement(
                "insert into vedtak (soknad_id, utlysning_id, utfall, belop, begrunnelse, status, foreslatt, foreslatt_av, behandlet,"
                        + " behandlet_av, sendt, versjon, grunnlag) values (?, ?, 'AVSLATT', 0, 'Ikke kvalifisert.', 'SENDT', now() - make_interval(days => ?),"
                        + " 'saksbehandler', now() - make_interval(days => ?), 'godkjenner', now() - make_interval(days => ?), 0, ?::jsonb)"
                        + " returning id")) {
            setning.setLong(1, soknad);
            setning.setLong(2, utlysning);
            setning.setInt(3, dagerSiden);
            setning.setInt(4, dagerSiden);
            setning.setInt(5, dagerSiden);
            setning.setString(6, Testgrunnlag.json(kommune));
            try (var rs = setning.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void klageInnenFristenOgBehandling() throws Exception {
        long vedtak = sendtAvslag(Tokens.ROST, true, 3);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(Map.of("tekst", " "))
                .when().post("/api/vedtak/" + vedtak + "/klager").then().statusCode(400).body("feil[0].felt", equalTo("tekst"));
        long klage = given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON)
                .body(Map.of("tekst", "Registeret har feil folketall for Røst."))
                .when().post("/api/vedtak/" + vedtak + "/klager").then().statusCode(201)
                .body("forSen", equalTo(false)).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(Map.of("tekst", "En til."))
                .when().post("/api/vedtak/" + vedtak + "/klager").then().statusCode(409);
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).contentType(ContentType.JSON).body(Map.of("tekst", "x"))
                .when().post("/api/vedtak/" + vedtak + "/klager").then().statusCode(404);
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get("/api/vedtak/" + vedtak + "/klager").then().statusCode(404);

        // Not upheld needs the forwarding date; then it is closed, and a new appeal may follow.
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(Map.of("utfall", "IKKE_MEDHOLD"))
                .when().post("/api/vedtak/" + vedtak + "/klager/" + klage + "/behandling").then().statusCode(400)
                .body("feil[0].felt", equalTo("oversendt"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(Map.of("utfall", "MEDHOLD"))
                .when().post("/api/vedtak/" + vedtak + "/klager/" + klage + "/behandling").then().statusCode(403);
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", "IKKE_MEDHOLD", "oversendt", java.time.LocalDate.now().toString(), "notat", "Sendt departementet."))
                .when().post("/api/vedtak/" + vedtak + "/klager/" + klage + "/behandling").then().statusCode(200)
                .body("utfall", equalTo("IKKE_MEDHOLD")).body("behandletAv", equalTo("saksbehandler"));
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(Map.of("utfall", "MEDHOLD"))
                .when().post("/api/vedtak/" + vedtak + "/klager/" + klage + "/behandling").then().statusCode(409);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/vedtak/" + vedtak + "/klager")
                .then().statusCode(200).body("[0].utfall", equalTo("IKKE_MEDHOLD"));
    }

    @Test
    void klagePaSidene() throws Exception {
        long vedtak = sendtAvslag(Tokens.SALTDAL, true, 30);
        long soknad;
        try (var tilkobling = dataSource.getConnection(); var setning = tilkobling.createStatement();
                var rs = setning.executeQuery("select soknad_id from vedtak where id = " + vedtak)) {
            rs.next();
            soknad = rs.getLong(1);
        }
        var kommune = given().auth().oauth2(Tokens.soker(Tokens.SALTDAL)).redirects().follow(false).cookie(Csrf.COOKIE, Csrftoken.av(Tokens.soker(Tokens.SALTDAL)))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", Csrftoken.av(Tokens.soker(Tokens.SALTDAL)));
        given().auth().oauth2(Tokens.soker(Tokens.SALTDAL)).when().get("/mine-soknader/" + soknad).then().statusCode(200)
                .body(containsString("Klagefristen, tre uker fra den dagen vedtaksbrevet kom fram til kommunen (forvaltningsloven § 29), gikk ut"))
                .body(containsString("action=\"/mine-soknader/" + soknad + "/vedtak/" + vedtak + "/klage\""));
        kommune.formParam("tekst", "").when().post("/mine-soknader/" + soknad + "/vedtak/" + vedtak + "/klage").then().statusCode(400)
                .body(containsString("Skriv hva kommunen klager på"));
        given().auth().oauth2(Tokens.soker(Tokens.SALTDAL)).redirects().follow(false).cookie(Csrf.COOKIE, Csrftoken.av(Tokens.soker(Tokens.SALTDAL)))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", Csrftoken.av(Tokens.soker(Tokens.SALTDAL)))
                .formParam("tekst", "Saltdal har tung vakt.").when().post("/mine-soknader/" + soknad + "/vedtak/" + vedtak + "/klage")
                .then().statusCode(303);
        given().auth().oauth2(Tokens.soker(Tokens.SALTDAL)).when().get("/mine-soknader/" + soknad + "?klaget=true").then()
                .body(containsString("Klagen er sendt."))
                .body(containsString("Den kom etter fristen."))
                .body(containsString("Klagen er under behandling."));
        String sak = "/saksbehandling/soknader/" + soknad;
        String side = given().auth().oauth2(Tokens.saksbehandler()).when().get(sak).then().statusCode(200)
                .body(containsString("Etter fristen")).body(containsString("Saltdal har tung vakt.")).extract().asString();
        String behandling = side.replaceAll("(?s).*action=\"([^\"]*/behandling)\".*", "$1");
        var stab = given().auth().oauth2(Tokens.saksbehandler()).redirects().follow(false).cookie(Csrf.COOKIE, Csrftoken.av(Tokens.saksbehandler()))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", Csrftoken.av(Tokens.saksbehandler()));
        stab.formParam("utfall", "IKKE_MEDHOLD").when().post(behandling).then().statusCode(400)
                .body(containsString("Oppgi datoen klagen ble sendt videre"));
        given().auth().oauth2(Tokens.saksbehandler()).redirects().follow(false).cookie(Csrf.COOKIE, Csrftoken.av(Tokens.saksbehandler()))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", Csrftoken.av(Tokens.saksbehandler()))
                .formParam("utfall", "IKKE_MEDHOLD").formParam("oversendt", java.time.LocalDate.now().toString())
                .when().post(behandling).then().statusCode(303);
        given().auth().oauth2(Tokens.soker(Tokens.SALTDAL)).when().get("/mine-soknader/" + soknad).then()
                .body(containsString("Kommunen fikk ikke medhold."));
    }

    @Test
    void forSenKlageMerkesOgUtenKlageadgangAvvises() throws Exception {
        long sent = sendtAvslag(Tokens.VAROY, true, 30);
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).contentType(ContentType.JSON).body(Map.of("tekst", "Vi så brevet for sent."))
                .when().post("/api/vedtak/" + sent + "/klager").then().statusCode(201).body("forSen", equalTo(true));
        long utenAdgang = sendtAvslag(Tokens.SALTDAL, false, 1);
        given().auth().oauth2(Tokens.soker(Tokens.SALTDAL)).contentType(ContentType.JSON).body(Map.of("tekst", "x"))
                .when().post("/api/vedtak/" + utenAdgang + "/klager").then().statusCode(409)
                .body("detail", containsString("ikke klageadgang"));
    }
}
