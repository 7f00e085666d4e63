package no.legevakttilskudd.oppbevaring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import no.legevakttilskudd.Csrftoken;
import no.legevakttilskudd.Saksgang;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/**
 * Retention: drafts go after the call's months, the contact person of a closed case is erased after its years (not of an
 * open one), the preview says what the next run will take and when, every run is logged; the settings are refused
 * outside the lawful range, and only the administrator sees any of it.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OppbevaringTest {

    @Inject
    DataSource dataSource;

    @AfterEach
    void klokka() {
        Testdata.klokkaTilbake();
    }

    private static JsonPath forhandsvisning() {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/oppbevaring").then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> rad(JsonPath visning, long utlysning) {
        return visning.getMap("utlysninger.find { it.utlysningId == " + utlysning + " }");
    }

    @Test
    void utkastSlettesEtterFristenOgKjoringenLogges() {
        Saksgang.Sendt runde = Saksgang.sendt(Tokens.VAROY);
        long utkast = Testdata.utkast(Tokens.ROST, runde.utlysning(), Testdata.fullstendigSoknad(Tokens.ROST));
        Instant frist = OffsetDateTime.parse(given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/" + runde.utlysning())
                .then().extract().jsonPath().getString("soknadsfrist")).toInstant();
        Map<String, Object> rad = rad(forhandsvisning(), runde.utlysning());
        assertEquals(6, rad.get("utkastManeder"));
        assertEquals(10, rad.get("personopplysningerAar"));
        assertEquals(0, rad.get("utkastVedNeste"));

        // Six months and a week after the deadline the draft is due; the sent application is not a draft and stays.
        Testdata.klokkaTil(frist.plus(Duration.ofDays(190)));
        assertEquals(1, rad(forhandsvisning(), runde.utlysning()).get("utkastVedNeste"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/oppbevaring").then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).when().post("/api/oppbevaring/kjoringer").then().statusCode(201)
                .body("utkastSlettet", greaterThanOrEqualTo(1)).body("kjortAv", equalTo("admin"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/soknader/" + utkast).then().statusCode(404);
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + runde.soknad()).then().statusCode(200);
        assertEquals(0, rad(forhandsvisning(), runde.utlysning()).get("utkastVedNeste"));
        given().auth().oauth2(Tokens.admin()).queryParam("entitet", "SOKNAD").queryParam("entitetId", utkast).when().get("/api/hendelser")
                .then().statusCode(200).body(containsString("UTKAST_SLETTET"));
        given().auth().oauth2(Tokens.admin()).when().get("/api/oppbevaring/kjoringer").then().statusCode(200)
                .body("kjortAv", hasItem("admin"));
    }

    @Test
    void kontaktpersonenViskesUtIEnAvsluttetSakMenIkkeIEnApen() throws SQLException {
        Saksgang.Sendt runde = Saksgang.sendt(Tokens.SALTDAL);
        long apen = Testdata.sendtSoknad(Tokens.ROST, runde.utlysning());
        runde.lukk();
        long avslag = given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", "AVSLATT", "belop", 0, "begrunnelse", "Ikke kvalifisert."))
                .when().post("/api/soknader/" + runde.soknad() + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + avslag + "/godkjenn").then().statusCode(200);
        given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/vedtak/" + avslag + "/send").then().statusCode(200);
        Saksgang.sendtVedtak(apen);

        // The periods: refused outside the range, by field; only the administrator sets them.
        String frister = "/api/oppbevaring/utlysninger/" + runde.utlysning();
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("utkastManeder", 0, "personopplysningerAar", 31))
                .when().put(frister).then().statusCode(400).body("feil.felt", hasItems("utkastManeder", "personopplysningerAar"));
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(Map.of("utkastManeder", 6, "personopplysningerAar", 1))
                .when().put(frister).then().statusCode(403);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("utkastManeder", 6, "personopplysningerAar", 1))
                .when().put(frister).then().statusCode(200).body("personopplysningerAar", equalTo(1));
        Map<String, Object> rad = rad(forhandsvisning(), runde.utlysning());
        assertEquals(0, rad.get("sakerVedNeste"));
        assertEquals(Testdata.idag().plusYears(1).toString(), rad.get("nesteSak"), "the refusal closed the case today");

        Testdata.klokkaTil(Testdata.naa().plus(Duration.ofDays(370)));
        assertEquals(1, rad(forhandsvisning(), runde.utlysning()).get("sakerVedNeste"));
        given().auth().oauth2(Tokens.admin()).when().post("/api/oppbevaring/kjoringer").then().statusCode(201)
                .body("personopplysningerSlettet", greaterThanOrEqualTo(1)).body("epostSlettet", greaterThanOrEqualTo(1));

        // The refused case keeps its decision and history, with the person replaced by the role; the open one is untouched.
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + runde.soknad()).then().statusCode(200)
                .body("kontaktperson.navn", equalTo("Kontaktperson")).body("kontaktperson.epost", nullValue())
                .body("kontaktperson.telefon", nullValue());
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + avslag).then().statusCode(200)
                .body("utfall", equalTo("AVSLATT"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + apen).then().statusCode(200)
                .body("kontaktperson.navn", equalTo("Kari Nordmann"));
        assertEquals(0, antall("select count(*) from epost_utboks where (entitet = 'SOKNAD' and entitet_id = ?::text) "
                + "or (entitet = 'VEDTAK' and entitet_id in (select cast(id as varchar) from vedtak where soknad_id = ?))", runde.soknad()));
        given().auth().oauth2(Tokens.soker(Tokens.SALTDAL)).when().get("/api/soknader/" + runde.soknad() + "/historikk").then()
                .statusCode(200).body("handling", hasItem("PERSONOPPLYSNINGER_SLETTET"));
        // Erased once: the next run leaves it.
        assertEquals(0, rad(forhandsvisning(), runde.utlysning()).get("sakerVedNeste"));
    }

    @Test
    void administratorensSideViserNesteKjoringOgLagrerFristene() {
        Saksgang.Sendt runde = Saksgang.sendt(Tokens.VAROY);
        String side = "/admin/oppbevaring";
        given().auth().oauth2(Tokens.admin()).when().get(side).then().statusCode(200).body(containsString("Neste kjøring er"))
                .body(containsString("id=\"utkast-" + runde.utlysning() + "\"")).body(containsString("value=\"10\""));
        given().auth().oauth2(Tokens.admin()).cookie("sprak", "en").when().get(side).then().statusCode(200)
                .body(containsString("Retention and erasure"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(side).then().statusCode(403);
        String lagre = side + "/utlysninger/" + runde.utlysning();
        Csrftoken.skjema(Tokens.admin()).formParam("utkast-" + runde.utlysning(), "0").formParam("aar-" + runde.utlysning(), "x")
                .when().post(lagre).then().statusCode(400).body(containsString("id=\"utkast-" + runde.utlysning() + "-feil\""))
                .body(containsString("id=\"aar-" + runde.utlysning() + "-feil\"")).body(containsString("ds-error-summary"));
        Csrftoken.skjema(Tokens.admin()).formParam("utkast-" + runde.utlysning(), "12").formParam("aar-" + runde.utlysning(), "5")
                .redirects().follow(false).when().post(lagre).then().statusCode(303).header("Location", containsString("melding=lagret"));
        assertEquals(12, rad(forhandsvisning(), runde.utlysning()).get("utkastManeder"));
        Csrftoken.skjema(Tokens.admin()).redirects().follow(false).when().post(side + "/kjoring").then().statusCode(303)
                .header("Location", containsString("melding=kjort"));
        given().auth().oauth2(Tokens.admin()).queryParam("melding", "kjort").when().get(side).then().statusCode(200)
                .body(containsString("Kjøringen er ferdig og logget.")).body(containsString("<td>admin</td>"));
    }

    private long antall(String sql, long soknad) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, soknad);
            s.setLong(2, soknad);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
