package no.legevakttilskudd.vedtak.kommuneside;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import no.legevakttilskudd.Saksgang;
import no.legevakttilskudd.Pdfer;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/**
 * Every kommune action checks the token's kommune, whatever other roles the user holds: a Røst user who is also a
 * caseworker gets, on Varøy's case, exactly the 404 any other kommune gets. Reading as staff stays as it is.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class KommunensHandlingerTest {

    /** soker for Røst and saksbehandler in one token. */
    private static final String ROST_OG_SAKSBEHANDLER = Tokens.token("rost-og-saksbehandler", List.of("soker", "saksbehandler"), Tokens.ROST);
    private static final byte[] PDF = Pdfer.gyldig();

    /** The answer the combined user gets must be the answer a plain soker of another kommune gets. */
    private static void somAnnenKommune(String hva, Function<RequestSpecification, Response> kall) {
        Response annen = kall.apply(given().auth().oauth2(Tokens.soker(Tokens.ROST)));
        Response kombinert = kall.apply(given().auth().oauth2(ROST_OG_SAKSBEHANDLER));
        assertEquals(404, annen.statusCode(), hva + " som annen kommune: " + annen.asString());
        assertEquals(404, kombinert.statusCode(), hva + " som soker+saksbehandler: " + kombinert.asString());
        assertEquals(annen.jsonPath().getString("detail"), kombinert.jsonPath().getString("detail"), hva);
    }

    @Test
    void aksepRapportOgKlageGjelderBareTokenetsKommune() {
        Saksgang.Runde varoy = Saksgang.avgjort(Tokens.VAROY);
        long vedtak = varoy.vedtak();
        somAnnenKommune("aksept", r -> r.contentType(ContentType.JSON).body(Map.of("kontonummer", "12345678903"))
                .post("/api/vedtak/" + vedtak + "/aksept"));
        Saksgang.aksepter(Tokens.VAROY, vedtak);
        somAnnenKommune("aksept etter kommunens egen", r -> r.contentType(ContentType.JSON).body(Map.of("kontonummer", "12345678903"))
                .post("/api/vedtak/" + vedtak + "/aksept"));
        somAnnenKommune("rapport", r -> r.contentType(ContentType.JSON)
                .body(Map.of("tiltak", List.of(Map.of("gjort", "x", "brukt", 1), Map.of("gjort", "y", "brukt", 1))))
                .put("/api/vedtak/" + vedtak + "/rapport"));
        somAnnenKommune("klage", r -> r.contentType(ContentType.JSON).body(Map.of("tekst", "Vi klager for Varøy."))
                .post("/api/vedtak/" + vedtak + "/klager"));

        // Nothing was stored for Varøy by anyone but Varøy.
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + vedtak + "/klager").then().statusCode(200)
                .body("size()", equalTo(0));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + vedtak + "/rapport").then().statusCode(404);

        // Reading as staff is unchanged.
        given().auth().oauth2(ROST_OG_SAKSBEHANDLER).when().get("/api/soknader/" + varoy.soknad()).then().statusCode(200);
        given().auth().oauth2(ROST_OG_SAKSBEHANDLER).when().get("/api/vedtak/" + vedtak + "/brev").then().statusCode(200);
        given().auth().oauth2(ROST_OG_SAKSBEHANDLER).when().get("/api/soknader/" + varoy.soknad() + "/historikk").then().statusCode(200)
                .body("handling", hasItem("FORESLATT"));
    }

    @Test
    void soknadensHandlingerGjelderBareTokenetsKommune() {
        long utkast = Testdata.utkast(Tokens.VAROY, Testdata.apenUtlysning(), Testdata.fullstendigSoknad(Tokens.VAROY));
        long vedlegg = given().auth().oauth2(Tokens.soker(Tokens.VAROY)).multiPart("fil", "plan.pdf", PDF, "application/pdf")
                .when().post("/api/soknader/" + utkast + "/vedlegg").then().statusCode(201).extract().jsonPath().getLong("id");
        somAnnenKommune("lagre", r -> r.contentType(ContentType.JSON).body(Testdata.fullstendigSoknad(Tokens.VAROY))
                .put("/api/soknader/" + utkast));
        somAnnenKommune("vedlegg", r -> r.multiPart("fil", "plan.pdf", PDF, "application/pdf").post("/api/soknader/" + utkast + "/vedlegg"));
        somAnnenKommune("slett vedlegg", r -> r.delete("/api/soknader/" + utkast + "/vedlegg/" + vedlegg));
        somAnnenKommune("send", r -> r.post("/api/soknader/" + utkast + "/send"));
        somAnnenKommune("trekk", r -> r.post("/api/soknader/" + utkast + "/trekk"));
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get("/api/soknader/" + utkast).then().statusCode(200)
                .body("status", equalTo("UTKAST")).body("vedlegg.size()", equalTo(1));
    }
}
