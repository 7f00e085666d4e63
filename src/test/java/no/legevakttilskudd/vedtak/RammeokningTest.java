package no.legevakttilskudd.vedtak;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The December 2022 story in small (SPEC §1, §4.6): a round is decided and sent within its frame; the frame is raised
 * with a reason; only the next in line get the added money; nothing sent changes; the new awards go through the same
 * four eyes. Eight applications of 900 000 kr, frame 5 000 000 kr raised to 6 500 000 kr.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RammeokningTest {

    /** Class 6, under 5 000 inhabitants, each its own legevakt; in this order by sentralitetsindeks and then folketall. */
    private static final List<String> KOMMUNER = List.of("1151", "1835", "1836", "4636", "5614", "5616", "1834", "1856");

    @Inject
    DataSource dataSource;

    @Test
    void okningAvRammenGirBareDeNesteIKoenOgEndrerIngentingSomErSendt() throws Exception {
        LocalDateTime naa = LocalDateTime.now(java.time.ZoneId.of("Europe/Oslo"));
        Map<String, Object> u = Testdata.utlysning(naa.minusDays(1), naa.plusDays(30));
        u.put("ramme", 5_000_000);
        u.put("parametre", Map.of("sentralitetsklasser", List.of(6), "tak", 1_500_000, "marginal", "PARTIAL"));
        long utlysning = Testdata.opprettUtlysning(u);
        Map<String, Long> soknader = new LinkedHashMap<>();
        for (String kommune : KOMMUNER) {
            long id = Testdata.sendtSoknad(kommune, utlysning);
            soknader.put(kommune, id);
        }
        Testdata.forbiFristen(utlysning);

        // The first round: five in full, Hasvik gets the rest of the frame, Lurøy and Røst wait.
        JsonPath forst = tildeling(utlysning);
        assertEquals(List.of("INNVILGET", "INNVILGET", "INNVILGET", "INNVILGET", "INNVILGET", "DELVIS_INNVILGET", "VENTELISTE", "VENTELISTE"),
                forst.getList("tildelinger.status"));
        assertEquals(KOMMUNER, forst.getList("tildelinger.kommunenummer"));
        List<Long> runde1 = foreslaGodkjennOgSend(utlysning, 6);
        Map<Long, Map<String, Object>> sendte = new LinkedHashMap<>();
        for (long id : runde1) {
            sendte.put(id, given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + id).then().statusCode(200)
                    .extract().jsonPath().getMap(""));
        }
        JsonPath etterRunde1 = tildeling(utlysning);
        assertEquals(5_000_000, etterRunde1.getLong("bundet"));
        assertEquals(0, etterRunde1.getLong("rammeIgjen"));
        assertEquals(List.of(true, true, true, true, true, true, false, false), etterRunde1.getList("tildelinger.vedtakFast"));

        // December: the frame is raised with a reason; the history keeps who, when and why.
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("ramme", 6_500_000))
                .when().post("/api/utlysninger/" + utlysning + "/ramme").then().statusCode(400);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("ramme", 6_500_000, "begrunnelse", "Økt bevilgning i revidert budsjett, desember."))
                .when().post("/api/utlysninger/" + utlysning + "/ramme").then().statusCode(200);

        // Only the next in line get the added 1 500 000 kr: Lurøy in full, Røst the rest. Hasvik's partial award stands.
        JsonPath etterOkning = tildeling(utlysning);
        assertEquals(List.of("INNVILGET", "INNVILGET", "INNVILGET", "INNVILGET", "INNVILGET", "DELVIS_INNVILGET", "INNVILGET",
                "DELVIS_INNVILGET"), etterOkning.getList("tildelinger.status"));
        assertEquals(List.of(900_000, 900_000, 900_000, 900_000, 900_000, 500_000, 900_000, 600_000),
                etterOkning.getList("tildelinger.tildelt"));
        assertEquals(5_000_000, etterOkning.getLong("bundet"));
        assertEquals(6_500_000, etterOkning.getLong("sumTildelt"));
        assertEquals("VEDTAK_SENDT", etterOkning.getString("tildelinger[5].arsaker[-1].kode"));

        // The allocation page names the next in line for the added money, and only them.
        String side = given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/utlysninger/" + utlysning + "/tildeling")
                .then().statusCode(200).body(containsString("Bundet i godkjente og sendte vedtak: 5 000 000 kr. Ledig for nye "
                        + "tildelinger: 1 500 000 kr.")).extract().asString();
        Matcher neste = Pattern.compile("<ol class=\"ds-list\" aria-labelledby=\"neste\">(.*?)</ol>", Pattern.DOTALL).matcher(side);
        assertTrue(neste.find(), "listen over de neste i køen mangler");
        assertTrue(neste.group(1).contains("Lurøy (1834)") && neste.group(1).contains("Røst (1856)"), neste.group(1));
        assertFalse(neste.group(1).contains("Hasvik"), neste.group(1));

        // The bulk proposal now reaches exactly those two; they go through the same four eyes.
        List<Long> runde2 = foreslaGodkjennOgSend(utlysning, 2);
        List<Long> belop = new ArrayList<>();
        for (long id : runde2) {
            belop.add(given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + id).then().extract().jsonPath().getLong("belop"));
        }
        assertEquals(List.of(900_000L, 600_000L), belop);

        // Nothing sent in the first round has changed, to the second.
        for (Map.Entry<Long, Map<String, Object>> e : sendte.entrySet()) {
            assertEquals(e.getValue(), given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + e.getKey()).then()
                    .extract().jsonPath().getMap(""));
        }

        // The frame is full again: a correction raising Hasvik to its full 900 000 kr does not fit and is refused.
        long hasvik = runde1.get(5);
        long rettelse = given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", "INNVILGET", "belop", 900_000, "begrunnelse", "Hele det omsøkte beløpet."))
                .queryParam("erstatter", hasvik).when().post("/api/soknader/" + soknader.get("5616") + "/vedtak")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + rettelse + "/godkjenn")
                .then().statusCode(409).body("detail", containsString("får ikke plass i rammen"));
        assertEquals(6_500_000L, Rammesum.godkjentOgSendt(dataSource, utlysning));
        given().auth().oauth2(Tokens.soker("5616")).when().get("/api/soknader/" + soknader.get("5616"))
                .then().body("status", equalTo("DELVIS_INNVILGET"));
    }

    private static JsonPath tildeling(long utlysning) {
        return given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/utlysninger/" + utlysning + "/tildeling")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The caseworker proposes from the allocation, the approver approves each, the caseworker sends; returns the ids. */
    private static List<Long> foreslaGodkjennOgSend(long utlysning, int forventet) {
        List<Long> ider = given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/utlysninger/" + utlysning + "/vedtak/fra-tildeling")
                .then().statusCode(200).extract().jsonPath().getList("id", Long.class);
        assertEquals(forventet, ider.size());
        for (long id : ider) {
            given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + id + "/godkjenn").then().statusCode(200);
            given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/vedtak/" + id + "/send").then().statusCode(200)
                    .body("status", equalTo("SENDT"));
        }
        return ider;
    }
}
