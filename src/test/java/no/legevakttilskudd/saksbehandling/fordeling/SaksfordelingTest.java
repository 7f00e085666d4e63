package no.legevakttilskudd.saksbehandling.fordeling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
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
 * Case assignment: a caseworker takes an unassigned case, an approver assigns many at once to a caseworker who is not
 * disqualified, two who assign the same case at once get 409 (nothing of the second stored); the work list filters mine,
 * unassigned, waiting and overdue; a user saves filters under a name that only they see.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SaksfordelingTest {

    private static final String SAKSBEHANDLER2 = Tokens.token("saksbehandler2", List.of(Roller.SAKSBEHANDLER), null);

    @AfterEach
    void klokka() {
        Testdata.klokkaTilbake();
    }

    private static long utlysningAv(long soknad) {
        return given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknad).then().extract().jsonPath()
                .getLong("utlysningId");
    }

    /** The caseworkers open the system once, as they would: then they can be assigned cases. */
    private static void innom(long utlysning) {
        for (String token : List.of(Tokens.saksbehandler(), SAKSBEHANDLER2, Tokens.godkjenner())) {
            given().auth().oauth2(token).when().get("/saksbehandling/utlysninger/" + utlysning).then().statusCode(200);
        }
    }

    private static Map<String, Object> valg(long soknad, Long versjon) {
        Map<String, Object> valg = new HashMap<>();
        valg.put("soknadId", soknad);
        valg.put("versjon", versjon);
        return valg;
    }

    @Test
    void taFordelOgKonfliktGjennomApiet() {
        List<Long> saker = Testdata.sendteEtterFristen(Tokens.ROST, Tokens.VAROY);
        long rost = saker.get(0);
        long varoy = saker.get(1);
        innom(utlysningAv(rost));

        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + rost + "/saksansvar").then().statusCode(200)
                .body("fordelt", equalTo(false));
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/soknader/" + rost + "/saksansvar").then().statusCode(403);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/soknader/" + rost + "/saksansvar").then().statusCode(403);
        given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/soknader/" + rost + "/saksansvar").then().statusCode(200)
                .body("fordelt", equalTo(true)).body("ansvarlig", equalTo("saksbehandler")).body("versjon", equalTo(0));
        // Taken by someone else: the other caseworker cannot take it too.
        given().auth().oauth2(SAKSBEHANDLER2).when().post("/api/soknader/" + rost + "/saksansvar").then().statusCode(409)
                .body("detail", containsString("saksbehandler"));

        // Bulk: refused as a whole when one version is stale; nothing stored.
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("til", "saksbehandler2", "saker", List.of(valg(varoy, null)))).when().post("/api/saksfordeling").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.godkjenner()).contentType(ContentType.JSON)
                .body(Map.of("til", "saksbehandler2", "saker", List.of(valg(varoy, null), valg(rost, null)))).when().post("/api/saksfordeling")
                .then().statusCode(409).body("type", endsWith("endret-av-andre"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + varoy + "/saksansvar").then().body("fordelt", equalTo(false));
        given().auth().oauth2(Tokens.godkjenner()).contentType(ContentType.JSON)
                .body(Map.of("til", "ukjent", "saker", List.of(valg(varoy, null)))).when().post("/api/saksfordeling").then()
                .statusCode(400).body("feil[0].felt", equalTo("til"));
        given().auth().oauth2(Tokens.godkjenner()).contentType(ContentType.JSON)
                .body(Map.of("til", "saksbehandler2", "saker", List.of())).when().post("/api/saksfordeling").then().statusCode(400);

        given().auth().oauth2(Tokens.godkjenner()).contentType(ContentType.JSON)
                .body(Map.of("til", "saksbehandler2", "saker", List.of(valg(varoy, null), valg(rost, 0L)))).when().post("/api/saksfordeling")
                .then().statusCode(200).body("ansvarlig", equalTo(List.of("saksbehandler2", "saksbehandler2")));
        // The same assignment again, from the version read before: the second one loses.
        given().auth().oauth2(Tokens.godkjenner()).contentType(ContentType.JSON)
                .body(Map.of("til", "saksbehandler", "saker", List.of(valg(rost, 0L)))).when().post("/api/saksfordeling").then()
                .statusCode(409).body("detail", containsString("saksbehandler2"));

        // A caseworker who is disqualified in a case is never given it; the history has every step.
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(Map.of("begrunnelse", "Nær familie i Værøy."))
                .when().post("/api/soknader/" + varoy + "/habilitet").then().statusCode(201);
        given().auth().oauth2(Tokens.godkjenner()).contentType(ContentType.JSON)
                .body(Map.of("til", "saksbehandler", "saker", List.of(valg(varoy, 1L)))).when().post("/api/saksfordeling").then()
                .statusCode(409).body("type", endsWith("inhabil-mottaker"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + rost + "/historikk").then()
                .body("handling", hasItem("SAK_TATT")).body("handling", hasItem("SAK_FORDELT"))
                .body("find { it.handling == 'SAK_FORDELT' }.forVerdi", equalTo("saksbehandler"));
        given().auth().oauth2(Tokens.godkjenner()).when().get("/api/saksfordeling/saksbehandlere").then().statusCode(200)
                .body("brukernavn", hasItem("saksbehandler2")).body("brukernavn", not(hasItem("godkjenner")));
    }

    @Test
    void arbeidslistenFiltrererOgGodkjennerenFordelerFraSiden() {
        List<Long> saker = Testdata.sendteEtterFristen(Tokens.ROST, Tokens.VAROY, "1804");
        long rost = saker.get(0);
        long varoy = saker.get(1);
        long bodo = saker.get(2);
        long utlysning = utlysningAv(rost);
        innom(utlysning);
        String liste = "/saksbehandling/utlysninger/" + utlysning;

        String side = given().auth().oauth2(Tokens.godkjenner()).when().get(liste).then().statusCode(200)
                .body(containsString("action=\"" + liste + "/fordeling\"")).body(containsString("Ufordelt")).extract().asString();
        given().auth().oauth2(Tokens.saksbehandler()).when().get(liste).then()
                .body(not(containsString("action=\"" + liste + "/fordeling\"")));
        String verdi = side.replaceAll("(?s).*name=\"sak\" id=\"sak-" + rost + "\" value=\"([^\"]*)\".*", "$1");
        Csrftoken.skjema(Tokens.godkjenner()).formParam("til", "").formParam("sak", verdi).when().post(liste + "/fordeling").then()
                .statusCode(400).body(containsString("id=\"til-feil\""));
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("til", "saksbehandler2").formParam("sak", verdi).when().post(liste + "/fordeling")
                .then().statusCode(403);
        Csrftoken.skjema(Tokens.godkjenner()).formParam("til", "saksbehandler2").formParam("sak", verdi).formParam("sak", varoy + ":")
                .formParam("tilbake", "?side=1&status=SENDT").when().post(liste + "/fordeling").then().statusCode(303)
                .header("Location", endsWith(liste + "?status=SENDT&melding=fordelt"));
        // The same form again: the versions are old now, a notice and nothing changed.
        Csrftoken.skjema(Tokens.godkjenner()).formParam("til", "saksbehandler").formParam("sak", verdi).when().post(liste + "/fordeling")
                .then().statusCode(409).body(containsString("siden du lastet siden"));

        given().auth().oauth2(SAKSBEHANDLER2).when().get(liste + "?saker=mine").then()
                .body(containsString(">" + referanse(rost) + "<")).body(containsString(">" + referanse(varoy) + "<"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(liste + "?saker=mine").then()
                .body(not(containsString(">" + referanse(rost) + "<")));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(liste + "?saker=ufordelt").then()
                .body(not(containsString(">" + referanse(rost) + "<")));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(liste + "?saker=alle").then().statusCode(400);

        // Waiting for the kommune and overdue.
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("sporsmal", "Vaktplan?", "svarfrist", Testdata.idag().plusDays(2).toString()))
                .when().post("/api/soknader/" + rost + "/tilleggsopplysninger").then().statusCode(201);
        given().auth().oauth2(Tokens.saksbehandler()).when().get(liste + "?saker=venter").then()
                .body(containsString(">" + referanse(rost) + "<")).body(not(containsString(">" + referanse(varoy) + "<")));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(liste + "?saker=forfalt").then()
                .body(not(containsString(">" + referanse(rost) + "<")));
        Testdata.klokkaTil(Testdata.idag().plusDays(4).atStartOfDay(ZoneId.of("Europe/Oslo")).toInstant());
        given().auth().oauth2(Tokens.saksbehandler()).when().get(liste + "?saker=forfalt").then()
                .body(containsString(">" + referanse(rost) + "<"));

        // The case page: who has it, and «take» only for an unassigned case.
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/soknader/" + rost).then()
                .body(containsString("Saksansvarlig: saksbehandler2")).body(not(containsString("/saksansvar\"")));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/soknader/" + bodo).then()
                .body(containsString("Saken er ikke fordelt.")).body(containsString("action=\"/saksbehandling/soknader/" + bodo + "/saksansvar\""));
        Csrftoken.skjema(Tokens.saksbehandler()).when().post("/saksbehandling/soknader/" + bodo + "/saksansvar").then().statusCode(303)
                .header("Location", endsWith("?melding=sak-tatt"));
        Csrftoken.skjema(SAKSBEHANDLER2).when().post("/saksbehandling/soknader/" + bodo + "/saksansvar").then().statusCode(409);
    }

    @Test
    void lagredeFiltreErPerBruker() {
        long rost = Testdata.sendtEtterFristen(Tokens.ROST);
        long utlysning = utlysningAv(rost);
        String liste = "/saksbehandling/utlysninger/" + utlysning;
        String navn = "Mine i Nordland " + System.nanoTime();

        Csrftoken.skjema(Tokens.saksbehandler()).formParam("navn", "").formParam("sporring", "?saker=mine&fylke=18").when()
                .post(liste + "/filtre").then().statusCode(400).body(containsString("id=\"navn-feil\""));
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("navn", navn).formParam("sporring", "https://example.com/").when()
                .post(liste + "/filtre").then().statusCode(400);
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("navn", navn).formParam("sporring", "?side=3&saker=mine&fylke=18").when()
                .post(liste + "/filtre").then().statusCode(303).header("Location", endsWith(liste + "?saker=mine&fylke=18&melding=filter-lagret"));
        Csrftoken.skjema(Tokens.saksbehandler()).formParam("navn", navn).formParam("sporring", "?saker=ufordelt").when()
                .post(liste + "/filtre").then().statusCode(400).body(containsString("allerede et filter"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get(liste).then()
                .body(containsString("href=\"" + liste + "?saker=mine&amp;fylke=18\">" + navn + "</a>"));
        given().auth().oauth2(SAKSBEHANDLER2).when().get(liste).then().body(not(containsString(navn)));

        long id = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/lagrede-filtre").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.navn == '" + navn + "' }.id");
        given().auth().oauth2(SAKSBEHANDLER2).when().delete("/api/lagrede-filtre/" + id).then().statusCode(404);
        Csrftoken.skjema(Tokens.saksbehandler()).when().post(liste + "/filtre/" + id + "/slett").then().statusCode(303)
                .header("Location", endsWith("?melding=filter-slettet"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/lagrede-filtre").then().body("navn", not(hasItem(navn)));
        given().auth().oauth2(Tokens.evaluator()).when().get("/api/lagrede-filtre").then().statusCode(403);
    }

    private static String referanse(long soknad) {
        return given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknad).then().extract().jsonPath()
                .getString("referanse");
    }
}
