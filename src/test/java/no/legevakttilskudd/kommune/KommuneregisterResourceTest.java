package no.legevakttilskudd.kommune;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;


import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.legevakttilskudd.Medfolgenderegister;
import no.legevakttilskudd.Tokens;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class KommuneregisterResourceTest {

    @Test
    void enUgyldigRadLarRegisteretVaereSomDetVar() {
        long aktivFor = aktivVersjon();
        String csv = Medfolgenderegister.tekst().replace("1840,Saltdal,18,Nordland,5,603,4880,2024", "1840,Saltdal,18,Nordland,7,603,4880,2024")
                .replace("1856,Røst,18,Nordland,6,366,460,2024", "1856,Røst,18,Nordland,6,366,-1,2024");
        given().auth().oauth2(Tokens.admin()).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/admin/kommuneregister")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("feil.felt", hasItem(containsString(", sentralitetsklasse")))
                .body("feil.melding", hasItem("sentralitetsklasse må være mellom 1 og 6, men er 7."))
                .body("feil.melding", hasItem("folketall må være mellom 0 og 10000000, men er -1."));
        assertEquals(aktivFor, aktivVersjon(), "den aktive registerversjonen skal være uendret");
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/kommuner/1840").then().body("sentralitetsklasse", equalTo(5));
    }

    @Test
    void dupliserteOgUgyldigeNumreAvvises() {
        String csv = "kommunenummer;kommunenavn;fylkesnummer;fylkesnavn;sentralitetsklasse;sentralitetsindeks;folketall;folketall_aar\n"
                + "1856;Røst;18;Nordland;6;366;460;2024\n"
                + "1856;Røst;18;Nordland;6;366;460;2024\n"
                + "185;Kort;18;Nordland;6;366;460;2024\n";
        given().auth().oauth2(Tokens.admin()).contentType("text/csv").body(csv)
                .when().post("/api/admin/kommuneregister")
                .then().statusCode(400)
                .body("feil.melding", hasItem("Kommunenummer 1856 står mer enn én gang i filen."))
                .body("feil.melding", hasItem("kommunenummer må være fire sifre, men er «185»."));
    }

    @Test
    void manglendeKolonnerAvvises() {
        given().auth().oauth2(Tokens.admin()).contentType("text/csv").body("kommunenummer,navn\n1856,Røst\n")
                .when().post("/api/admin/kommuneregister")
                .then().statusCode(400).body("feil[0].felt", equalTo("linje 1"))
                .body("feil[0].melding", containsString("mangler kolonnene kommunenavn"));
    }

    @Test
    void gyldigOpplastingGirNyVersjonOgBeholderDenGamle() {
        long forrige = aktivVersjon();
        String csv = Medfolgenderegister.tekst().replace("1856,Røst,18,Nordland,6,366,460,2024", "1856,Røst,18,Nordland,6,366,455,2025");
        long ny = given().auth().oauth2(Tokens.admin()).contentType("text/csv; charset=UTF-8").body(csv)
                .queryParam("kilde", "SSB 07459, 1.1.2025 (test)")
                .when().post("/api/admin/kommuneregister")
                .then().statusCode(201)
                .body("aktiv", equalTo(true)).body("antallKommuner", equalTo(357)).body("lastetInnAv", equalTo("admin"))
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/kommuner/1856")
                .then().body("folketall", equalTo(455)).body("folketallAar", equalTo(2025)).body("registerversjon", equalTo((int) ny));
        given().auth().oauth2(Tokens.saksbehandler()).queryParam("versjon", forrige).queryParam("fylke", "18")
                .when().get("/api/kommuner")
                .then().body("elementer.find { it.kommunenummer == '1856' }.folketall", equalTo(460));
        given().auth().oauth2(Tokens.admin()).when().get("/api/admin/kommuneregister/versjoner")
                .then().statusCode(200).body("[0].id", equalTo((int) ny)).body("find { it.id == " + forrige + " }.aktiv", equalTo(false));
        // Counts for other years carry over to the new version: a simulation for 2026 still works, with 2026's figure.
        given().auth().oauth2(Tokens.evaluator()).contentType("application/json")
                .body("{\"parametre\": {\"folketallAar\": 2026}, \"soknader\": [{\"referanse\": \"R\", \"kommunenummer\": \"1856\", \"omsokt\": 1}]}")
                .when().post("/api/simulering")
                .then().statusCode(200).body("tildelinger[0].arsaker[0].tekst", containsString("1. januar 2026"));
        // Put the shipped data back in force, so other tests see the numbers they expect.
        given().auth().oauth2(Tokens.admin()).contentType("text/csv; charset=UTF-8").body(Medfolgenderegister.tekst())
                .when().post("/api/admin/kommuneregister").then().statusCode(201);
    }

    /** A name over two lines in one spreadsheet cell, with a comma in it, in a file with BOM and commas as Excel saves it. */
    @Test
    void navnMedLinjeskiftOgKommaIAnforselstegnLastesOpp() {
        String rost = "1856,Røst,18,Nordland,6,366,460,2024";
        String csv = "\uFEFF" + Medfolgenderegister.tekst().replace(rost, "1856,\"Røst\nRøst kommune, Lofoten\",18,Nordland,6,366,460,2024");
        try {
            given().auth().oauth2(Tokens.admin()).contentType("text/csv; charset=UTF-8").body(csv)
                    .when().post("/api/admin/kommuneregister")
                    .then().statusCode(201).body("antallKommuner", equalTo(357));
            // The rows after the two-line record are read as before: the next kommune keeps its own name and numbers.
            given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/kommuner/1856")
                    .then().body("navn", equalTo("Røst\nRøst kommune, Lofoten")).body("folketall", equalTo(460))
                    .body("folketallAar", equalTo(2024));
            given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/kommuner/1857")
                    .then().body("navn", equalTo("Værøy")).body("fylkesnummer", equalTo("18"));
        } finally {
            // Put the shipped data back in force, so other tests see the names they expect.
            given().auth().oauth2(Tokens.admin()).contentType("text/csv; charset=UTF-8").body(Medfolgenderegister.tekst())
                    .when().post("/api/admin/kommuneregister").then().statusCode(201);
        }
    }

    @Test
    void anforselstegnSomIkkeLukkesEr400OgRegisteretErUendret() {
        long aktivFor = aktivVersjon();
        String csv = Medfolgenderegister.tekst().replace("1856,Røst,18", "1856,\"Røst,18");
        int linje = (int) Medfolgenderegister.tekst().substring(0, Medfolgenderegister.tekst().indexOf("1856,Røst")).chars().filter(c -> c == '\n').count() + 1;
        given().auth().oauth2(Tokens.admin()).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/admin/kommuneregister")
                .then().statusCode(400).contentType("application/problem+json")
                .body("feil[0].felt", equalTo("linje " + linje))
                .body("feil[0].melding", startsWith("Anførselstegnene går ikke opp"));
        assertEquals(aktivFor, aktivVersjon(), "den aktive registerversjonen skal være uendret");
    }

    @Test
    void bareAdminKanLasteOpp() {
        for (String token : new String[] {Tokens.saksbehandler(), Tokens.soker(Tokens.ROST), Tokens.evaluator()}) {
            given().auth().oauth2(token).contentType("text/csv").body("x").when().post("/api/admin/kommuneregister").then().statusCode(403);
        }
    }

    private static long aktivVersjon() {
        return given().auth().oauth2(Tokens.admin()).when().get("/api/admin/kommuneregister/versjoner")
                .then().statusCode(200).extract().jsonPath().getLong("find { it.aktiv }.id");
    }

}
