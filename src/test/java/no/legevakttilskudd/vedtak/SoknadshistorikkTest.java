package no.legevakttilskudd.vedtak;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import no.legevakttilskudd.Saksgang;
import no.legevakttilskudd.Tokens;

/**
 * SPEC §2: the kommune sees its own applications, the questions asked of it and its decisions, never the caseworker's
 * internal assessment or staff user names. A case taken through every step by named staff, then read by both.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SoknadshistorikkTest {

    private static final ZoneId NORGE = ZoneId.of("Europe/Oslo");
    private static final String KARI = Tokens.token("kari.saksbehandler", List.of("saksbehandler"), null);
    private static final String OLA = Tokens.token("ola.godkjenner", List.of("godkjenner"), null);
    private static final String ROST = Tokens.soker(Tokens.ROST);
    /** What only the directorate may read: the assessment, the return and the names. */
    private static final List<String> INTERNT = List.of("kari.", "ola.", "SVAK", "Intern merknad", "Utenfor formålet", "godkjent budsjett",
            "strøket", "Returnert fordi", "FORESLATT", "RETURNERT", "VURDERT");

    @Test
    void kommunenSerBareSineHendelserUtenNavnOgVurderinger() {
        Saksgang.Sendt sendt = Saksgang.sendt(Tokens.ROST);
        long soknad = sendt.soknad();
        sendt.lukk();

        given().auth().oauth2(KARI).contentType(ContentType.JSON)
                .body(Map.of("kvalitet", "SVAK", "notat", "Intern merknad om kommunen.",
                        "strok", List.of(Map.of("tiltak", 1, "linje", 0, "begrunnelse", "Utenfor formålet."))))
                .when().put("/api/soknader/" + soknad + "/vurdering").then().statusCode(200);
        long forste = foresla(soknad);
        given().auth().oauth2(OLA).contentType(ContentType.JSON).body(Map.of("kommentar", "Returnert fordi begrunnelsen er tynn."))
                .when().post("/api/vedtak/" + forste + "/returner").then().statusCode(200);
        long vedtak = foresla(soknad);
        given().auth().oauth2(OLA).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(200);
        given().auth().oauth2(KARI).when().post("/api/vedtak/" + vedtak + "/send").then().statusCode(200);
        Saksgang.aksepter(Tokens.ROST, vedtak);
        given().auth().oauth2(KARI).contentType(ContentType.JSON).body(Map.of("belop", 100_000, "dato", LocalDate.now(NORGE).toString()))
                .when().post("/api/vedtak/" + vedtak + "/utbetalinger").then().statusCode(201);
        given().auth().oauth2(ROST).contentType(ContentType.JSON)
                .body(Map.of("tiltak", List.of(Map.of("gjort", "Vikarlege.", "brukt", 700_000), Map.of("gjort", "Defibrillator.", "brukt", 50_000))))
                .when().put("/api/vedtak/" + vedtak + "/rapport").then().statusCode(200);
        given().auth().oauth2(KARI).contentType(ContentType.JSON).body(Map.of("godkjent", false, "kommentar", "Hva kostet vikaren per uke?"))
                .when().post("/api/vedtak/" + vedtak + "/rapport/behandling").then().statusCode(200);
        long klage = given().auth().oauth2(ROST).contentType(ContentType.JSON).body(Map.of("tekst", "Vi ba om mer."))
                .when().post("/api/vedtak/" + vedtak + "/klager").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(KARI).contentType(ContentType.JSON).body(Map.of("utfall", "MEDHOLD"))
                .when().post("/api/vedtak/" + vedtak + "/klager/" + klage + "/behandling").then().statusCode(200);

        // The kommune: its own steps by its own user, the directorate's as the directorate, nothing internal.
        String kommunen = given().auth().oauth2(ROST).when().get("/api/soknader/" + soknad + "/historikk").then().statusCode(200)
                .extract().asString();
        JsonPath k = JsonPath.from(kommunen);
        assertEquals(List.of("OPPRETTET", "SENDT", "UNDER_BEHANDLING", "SENDT", "AVGJORT", "AKSEPTERT", "UTBETALT", "RAPPORT_SENDT",
                "RAPPORT_MER_INFO", "KLAGE_MOTTATT", "KLAGE_BEHANDLET"), k.getList("handling"));
        assertEquals(List.of("soker-1856", "soker-1856", "Helsedirektoratet", "Helsedirektoratet", "Helsedirektoratet", "soker-1856",
                "Helsedirektoratet", "soker-1856", "Helsedirektoratet", "soker-1856", "Helsedirektoratet"), k.getList("aktor"));
        assertEquals(List.of("soker", "soker", "saksbehandler", "saksbehandler", "saksbehandler", "soker", "saksbehandler", "soker",
                "saksbehandler", "soker", "saksbehandler"), k.getList("rolle"));
        for (String internt : INTERNT) {
            assertFalse(kommunen.contains(internt), "kommunen ser «" + internt + "»: " + kommunen);
        }
        // Only the decision it was sent: not the one returned before it.
        assertEquals(List.of(String.valueOf(vedtak)), k.getList("findAll { it.entitet == 'VEDTAK' }.entitetId").stream().distinct().toList());

        // The same kommune's decisions and appeals carry no staff names either.
        given().auth().oauth2(ROST).when().get("/api/soknader/" + soknad + "/vedtak").then().statusCode(200)
                .body("foreslattAv", everyItem(equalTo("Helsedirektoratet"))).body("behandletAv", everyItem(equalTo("Helsedirektoratet")))
                .body("returkommentar", everyItem(nullValue())).body(not(containsString("kari.")));
        given().auth().oauth2(ROST).when().get("/api/vedtak/" + vedtak + "/klager").then().statusCode(200)
                .body("behandletAv", everyItem(equalTo("Helsedirektoratet")));

        // Staff keep all of it, with the names.
        given().auth().oauth2(Tokens.admin()).when().get("/api/soknader/" + soknad + "/historikk").then().statusCode(200)
                .body("handling", hasItems("VURDERT", "FORESLATT", "RETURNERT", "GODKJENT", "SENDT", "UTBETALT"))
                .body("aktor", hasItems("kari.saksbehandler", "ola.godkjenner", "soker-1856"));
        given().auth().oauth2(Tokens.godkjenner()).when().get("/api/soknader/" + soknad + "/vedtak").then().statusCode(200)
                .body("foreslattAv", everyItem(equalTo("kari.saksbehandler")))
                .body("returkommentar", hasItems("Returnert fordi begrunnelsen er tynn."));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + vedtak + "/klager").then().statusCode(200)
                .body("behandletAv", everyItem(equalTo("kari.saksbehandler")));

        // Another kommune: as if the case did not exist.
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get("/api/soknader/" + soknad + "/historikk").then().statusCode(404);
        given().auth().oauth2(Tokens.evaluator()).when().get("/api/soknader/" + soknad + "/historikk").then().statusCode(403);
    }

    private static long foresla(long soknad) {
        return given().auth().oauth2(KARI).contentType(ContentType.JSON)
                .body(Map.of("utfall", "INNVILGET", "belop", 850_000, "begrunnelse", "Kvalifisert: klasse 6."))
                .when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
