package no.legevakttilskudd.tildeling;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/**
 * The call's allocation is kept between views and computed again only when what it rests on changes: every kind of
 * change must move the call's revision and show in the next view, and a draft's saves must not.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class TildelingsrevisjonTest {

    @Inject
    TildelingService tildeling;

    @Inject
    DataSource dataSource;

    @Test
    void hverEndringAvGrunnlagetVisesINesteVisningOgUtkastEndrerIngenting() throws SQLException {
        LocalDateTime naa = LocalDateTime.now(ZoneId.of("Europe/Oslo"));
        Map<String, Object> kall = Testdata.utlysning(naa.minusDays(1), naa.plusDays(30));
        kall.put("fortlopendeVedtak", true);
        long utlysning = Testdata.opprettUtlysning(kall);
        long start = revisjon(utlysning);
        assertTrue(forslag(utlysning).getList("tildelinger").isEmpty());

        // A draft and its saves are not part of the allocation.
        long rost = Testdata.utkast(Tokens.ROST, utlysning, Testdata.fullstendigSoknad(Tokens.ROST));
        lagre(Tokens.ROST, rost, Testdata.fullstendigSoknad(Tokens.ROST));
        assertEquals(start, revisjon(utlysning), "et utkast endrer ikke tildelingen");
        assertSame(tildeling.forslag(utlysning, null), tildeling.forslag(utlysning, null), "uten endringer gjenbrukes resultatet");

        // Sending puts the application in.
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().post("/api/soknader/" + rost + "/send").then().statusCode(200);
        assertTrue(revisjon(utlysning) > start);
        Map<String, Object> sendt = rad(utlysning, rost);
        assertEquals(900_000, tall(sendt, "omsokt"));
        assertEquals(900_000, tall(sendt, "tildelt"));

        // A correction before the deadline: another amount and three kommuner in the legevakt.
        Map<String, Object> rettet = Testdata.fullstendigSoknad(Tokens.ROST);
        rettet.put("legevaktKommuner", List.of(Tokens.ROST, Tokens.VAROY, Tokens.SALTDAL));
        rettet.put("tiltak", List.of(Testdata.tiltak("REKRUTTERING", "Vikarlege", List.of(Testdata.linje("Lønn", 600_000),
                Testdata.linje("Reise og bolig", 100_000)))));
        lagre(Tokens.ROST, rost, rettet);
        Map<String, Object> etterRetting = rad(utlysning, rost);
        assertEquals(700_000, tall(etterRetting, "omsokt"));
        assertNotEquals(sendt.get("prioritetsgruppe"), etterRetting.get("prioritetsgruppe"), "tre kommuner i legevakten er en annen gruppe");

        // The caseworker strikes a line: the rules award from the approved budget.
        long versjon = given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("kvalitet", "GOD", "strok", List.of(Map.of("tiltak", 0, "linje", 1, "begrunnelse", "Bolig er utenfor formålet."))))
                .when().put("/api/soknader/" + rost + "/vurdering").then().statusCode(200).extract().jsonPath().getLong("versjon");
        assertEquals(600_000, tall(rad(utlysning, rost), "tildelt"));
        // Changed again, once the application is already under assessment: only the assessment changes.
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("kvalitet", "GOD", "strok", List.of(Map.of("tiltak", 0, "linje", 0, "begrunnelse", "Lønn dekkes av kommunen.")),
                        "versjon", versjon))
                .when().put("/api/soknader/" + rost + "/vurdering").then().statusCode(200);
        assertEquals(100_000, tall(rad(utlysning, rost), "tildelt"));

        // A new frame.
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("ramme", 60_000, "begrunnelse", "Prøver en mindre ramme."))
                .when().post("/api/utlysninger/" + utlysning + "/ramme").then().statusCode(200);
        assertEquals(60_000, forslag(utlysning).getLong("ramme"));
        assertEquals(60_000, tall(rad(utlysning, rost), "tildelt"));

        // An approved decision is a fixed input.
        long vedtak = given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", "DELVIS_INNVILGET", "belop", 60_000, "begrunnelse", "Rammen rekker til 60 000 kr."))
                .when().post("/api/soknader/" + rost + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(false, rad(utlysning, rost).get("vedtakFast"));
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(200);
        assertEquals(true, rad(utlysning, rost).get("vedtakFast"));

        // A sent application withdrawn leaves the allocation.
        long varoy = Testdata.sendtSoknad(Tokens.VAROY, utlysning);
        assertEquals(2, forslag(utlysning).getList("tildelinger").size());
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().post("/api/soknader/" + varoy + "/trekk").then().statusCode(200);
        assertEquals(List.of(rost), forslag(utlysning).getList("tildelinger.soknadId", Long.class));

        // The work list's rows rest on the same revision: statuses and amounts as they are now.
        String liste = given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/utlysninger/" + utlysning)
                .then().statusCode(200).extract().asString();
        String varoyRad = liste.replaceAll("(?s).*(<tr>\\s*<td class=\"referanse-celle\"><a class=\"ds-link\" href=\"/saksbehandling/soknader/"
                + varoy + "\">.*?</tr>).*", "$1");
        assertTrue(varoyRad.contains("<td>Trukket</td>"), varoyRad);
        String rostRad = liste.replaceAll("(?s).*(<tr>\\s*<td class=\"referanse-celle\"><a class=\"ds-link\" href=\"/saksbehandling/soknader/"
                + rost + "\">.*?</tr>).*", "$1");
        assertTrue(rostRad.contains("700 000 kr") && !rostRad.contains("<td>Sendt</td>"), rostRad);
    }

    /** The proposal as the pages and the API get it, each view a request of its own. */
    private static JsonPath forslag(long utlysning) {
        return given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/utlysninger/" + utlysning + "/tildeling")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> rad(long utlysning, long soknad) {
        return forslag(utlysning).getMap("tildelinger.find { it.soknadId == " + soknad + " }");
    }

    private static long tall(Map<String, Object> rad, String felt) {
        return ((Number) rad.get(felt)).longValue();
    }

    private static void lagre(String kommune, long soknad, Map<String, Object> innhold) {
        given().auth().oauth2(Tokens.soker(kommune)).contentType(ContentType.JSON).body(innhold).when().put("/api/soknader/" + soknad)
                .then().statusCode(200);
    }

    private long revisjon(long utlysning) throws SQLException {
        try (Connection db = dataSource.getConnection();
                PreparedStatement sql = db.prepareStatement("select coalesce((select revisjon from tildelingsrevisjon where utlysning_id = ?), 0)")) {
            sql.setLong(1, utlysning);
            try (ResultSet rs = sql.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
