package no.legevakttilskudd.felles.drift;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/** What an operator relies on: health with the database, a request id on every answer, and the business figures. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class DriftTest {

    @Inject
    Forretningsmetrikker metrikker;

    @Test
    void helseMedDatabasenOgForesporselsidPaHvertSvar() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .header(Foresporselsid.HEADER, matchesPattern("[0-9a-f-]{36}"));
        // A load balancer's id is kept; one that is not a plain short id is replaced, since it ends up in the logs.
        given().header(Foresporselsid.HEADER, "lb-4f2a9c1e").when().get("/api/utlysninger").then().statusCode(401)
                .header(Foresporselsid.HEADER, equalTo("lb-4f2a9c1e"));
        given().header(Foresporselsid.HEADER, "<script>alert(1)</script>").when().get("/").then().statusCode(200)
                .header(Foresporselsid.HEADER, matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void forretningstalleneFraDatabasenIPrometheus() {
        Map<String, Object> u = Testdata.utlysning(java.time.LocalDateTime.now().minusDays(1), java.time.LocalDateTime.now().plusDays(9));
        u.put("ramme", 3_000_000);
        long utlysning = Testdata.opprettUtlysning(u);
        long soknad = Testdata.sendtSoknad(Tokens.ROST, utlysning);
        Testdata.forbiFristen(utlysning);
        long vedtak = given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", "INNVILGET", "belop", 900_000, "begrunnelse", "Kvalifisert."))
                .when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(200);

        metrikker.oppdater();
        String metrikk = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertEquals(3_000_000, verdi(metrikk, "legevakttilskudd_ramme_kroner", "utlysning=\"" + utlysning + "\""));
        assertEquals(900_000, verdi(metrikk, "legevakttilskudd_ramme_brukt_kroner", "utlysning=\"" + utlysning + "\""));
        assertEquals(1, verdi(metrikk, "legevakttilskudd_soknader_sendt", "utlysning=\"" + utlysning + "\""));
        verdi(metrikk, "legevakttilskudd_soknader", "status=\"UNDER_BEHANDLING\"");
        verdi(metrikk, "legevakttilskudd_vedtak", "status=\"GODKJENT\"");
    }

    /** The value of the series {@code navn} whose labels contain {@code etikett}; fails when there is none. */
    private static double verdi(String metrikker, String navn, String etikett) {
        Matcher m = Pattern.compile("(?m)^" + navn + "\\{([^}]*)\\} (\\S+)$").matcher(metrikker);
        while (m.find()) {
            if (m.group(1).contains(etikett)) {
                return Double.parseDouble(m.group(2));
            }
        }
        throw new AssertionError("fant ikke " + navn + " med " + etikett);
    }
}
