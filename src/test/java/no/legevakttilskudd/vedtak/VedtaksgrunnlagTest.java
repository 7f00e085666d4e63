package no.legevakttilskudd.vedtak;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDateTime;
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
import io.restassured.path.json.JsonPath;
import no.legevakttilskudd.Medfolgenderegister;
import no.legevakttilskudd.Skjemaeier;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.regler.Tildelingsregler;

/**
 * A decision carries its basis (SPEC §3) and can be re-checked years later: proposed, approved and sent, then the
 * registry and the call's parameters change; the re-check names the differences while the sent decision, its basis and
 * its letter stay exactly as they were.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class VedtaksgrunnlagTest {

    @Inject
    DataSource dataSource;

    private boolean registeretErEndret;

    @AfterEach
    void registeretTilbake() {
        if (registeretErEndret) {
            // The shipped registry back in force, so other tests see the numbers they expect.
            given().auth().oauth2(Tokens.admin()).contentType("text/csv; charset=UTF-8").body(Medfolgenderegister.tekst())
                    .when().post("/api/admin/kommuneregister").then().statusCode(201);
        }
    }

    @Test
    void etSendtVedtakKontrolleresMotDagensDataUtenAEndresSelv() throws SQLException {
        Map<String, Object> data = Testdata.utlysning(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(30));
        data.put("ramme", 5_000_000);
        long utlysning = Testdata.opprettUtlysning(data);
        long rost = Testdata.sendtSoknad(Tokens.ROST, utlysning);
        Testdata.sendtSoknad(Tokens.VAROY, utlysning);
        long vedtak = foreslaEtterFristen(rost);

        // The basis is stored at the proposal and shown with the decision to the approver.
        given().auth().oauth2(Tokens.godkjenner()).when().get("/api/vedtak/" + vedtak).then().statusCode(200)
                .body("grunnlag.format", equalTo(1))
                .body("grunnlag.regelversjon", equalTo(Tildelingsregler.VERSJON))
                .body("grunnlag.registerversjonId", notNullValue())
                .body("grunnlag.grunnlag.parametre.tak", equalTo(1_500_000))
                .body("grunnlag.grunnlag.kommune.kommunenummer", equalTo(Tokens.ROST))
                .body("grunnlag.grunnlag.kommune.sentralitetsklasse", equalTo(6))
                .body("grunnlag.grunnlag.kommune.folketall", equalTo(460))
                .body("grunnlag.resultat.prioritetsgruppe", equalTo(1))
                .body("grunnlag.resultat.beregnet", equalTo(900_000))
                .body("grunnlag.resultat.arsaker.kode", hasItem("KVALIFISERT"))
                .body("grunnlag.antallIRekkefolgen", equalTo(2));
        given().auth().oauth2(Tokens.godkjenner()).queryParam("utlysning", utlysning).when().get("/saksbehandling/vedtak").then().statusCode(200)
                .body(containsString("Grunnlaget for vedtaket")).body(containsString("/saksbehandling/vedtak/" + vedtak + "/kontroll"));
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(200);
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + vedtak + "/send").then().statusCode(200);

        // Nothing has changed yet: today's rules on today's data give what the decision was based on.
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + vedtak + "/kontroll").then().statusCode(200)
                .body("uendret", equalTo(true)).body("paLagretGrunnlag.tildelt", equalTo(900_000));

        String vedtakFor = vedtakSomJson(vedtak);
        String grunnlagFor = lagretGrunnlag(vedtak);
        byte[] pdfFor = brev(vedtak, "application/pdf");
        byte[] htmlFor = brev(vedtak, "text/html");
        assertTrue(new String(htmlFor, StandardCharsets.UTF_8).contains("Fakta og regler vedtaket bygger på"), "brevet har grunnlaget");
        assertTrue(new String(htmlFor, StandardCharsets.UTF_8).contains("460 innbyggere 1. januar"), "brevet har folketallet");

        // The registry gets a new version where Røst has grown past the limit, and the cap is lowered.
        registeretErEndret = true;
        given().auth().oauth2(Tokens.admin()).contentType("text/csv; charset=UTF-8")
                .body(Medfolgenderegister.tekst().replace("1856,Røst,18,Nordland,6,366,460,2024", "1856,Røst,18,Nordland,6,366,5200,2024"))
                .queryParam("kilde", "SSB, rettet folketall (test)")
                .when().post("/api/admin/kommuneregister").then().statusCode(201);
        data.put("parametre", Map.of("sentralitetsklasser", List.of(5, 6), "tak", 500_000));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(data).when().put("/api/utlysninger/" + utlysning)
                .then().statusCode(200);

        JsonPath kontroll = given().auth().oauth2(Tokens.godkjenner()).when().get("/api/vedtak/" + vedtak + "/kontroll")
                .then().statusCode(200).body("uendret", equalTo(false)).extract().jsonPath();
        assertEquals(List.of(), kontroll.getList("regelendringer"), "reglene selv er de samme");
        List<String> data_ = kontroll.getList("dataendringer.felt");
        assertTrue(data_.containsAll(List.of("registerversjon", "kommune.folketall", "parametre.tak")), data_.toString());
        assertEquals("460", kontroll.getString("dataendringer.find { it.felt == 'kommune.folketall' }.lagret"));
        assertEquals("5 200", kontroll.getString("dataendringer.find { it.felt == 'kommune.folketall' }.naa"));
        assertEquals("REGISTER", kontroll.getString("dataendringer.find { it.felt == 'kommune.folketall' }.kilde"));
        assertEquals("PARAMETRE", kontroll.getString("dataendringer.find { it.felt == 'parametre.tak' }.kilde"));
        List<String> utfall = kontroll.getList("utfallIdag.felt");
        assertTrue(utfall.containsAll(List.of("resultat.kvalifisert", "resultat.tildelt")), utfall.toString());
        assertEquals(0, kontroll.getInt("paDagensData.tildelt"));

        // The page says the same, next to the stored basis.
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/vedtak/" + vedtak + "/kontroll").then().statusCode(200)
                .body(containsString("Kommunens folketall er endret fra 460 til 5 200."))
                .body(containsString("Taket er endret fra 1 500 000 kr til 500 000 kr."))
                .body(containsString("Kontrollen endrer ikke vedtaket"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/soknader/" + rost).then().statusCode(200)
                .body(containsString("Grunnlaget for vedtak " + vedtak)).body(containsString("/saksbehandling/vedtak/" + vedtak + "/kontroll"));

        // The decision, its basis and its letter are byte for byte what they were.
        assertEquals(vedtakFor, vedtakSomJson(vedtak));
        assertEquals(grunnlagFor, lagretGrunnlag(vedtak));
        assertArrayEquals(pdfFor, brev(vedtak, "application/pdf"));
        assertArrayEquals(htmlFor, brev(vedtak, "text/html"));
    }

    @Test
    void grunnlagetKanIkkeEndresIDatabasen() throws SQLException {
        long vedtak = foreslaEtterFristen(Testdata.sendtSoknad(Tokens.ROST, Testdata.apenUtlysning()));
        String for_ = lagretGrunnlag(vedtak);
        try (var tilkobling = dataSource.getConnection(); var setning = tilkobling.createStatement()) {
            SQLException endre = assertThrows(SQLException.class,
                    () -> setning.executeUpdate("update vedtak set grunnlag = '{}'::jsonb where id = " + vedtak));
            assertTrue(endre.getMessage().contains("Grunnlaget for vedtak " + vedtak), endre.getMessage());
            SQLException uten = assertThrows(SQLException.class, () -> setning.executeUpdate("insert into vedtak (soknad_id, utlysning_id, "
                    + "utfall, belop, begrunnelse, status, foreslatt, foreslatt_av, foreslatt_av_sub, versjon) select soknad_id, "
                    + "utlysning_id, utfall, belop, begrunnelse, 'FORESLATT', foreslatt, foreslatt_av, foreslatt_av_sub, 0 from vedtak "
                    + "where id = " + vedtak));
            assertTrue(uten.getMessage().contains("må ha grunnlaget"), uten.getMessage());
        }
        assertEquals(for_, lagretGrunnlag(vedtak));
    }

    @Test
    void kontrollenKreverEnAnsattRolleOgEtGrunnlag() {
        for (String token : new String[] {Tokens.soker(Tokens.ROST), Tokens.evaluator()}) {
            given().auth().oauth2(token).when().get("/api/vedtak/1/kontroll").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/999999999/kontroll").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void etVedtakUtenLagretGrunnlagGir409() throws SQLException {
        long soknad = Testdata.sendtSoknad(Tokens.VAROY, Testdata.apenUtlysning());
        long vedtak = foreslaEtterFristen(soknad);
        // As a decision proposed before bases were stored (the migration left those without one): only the schema's
        // owner can lift the guard for that, and puts it back.
        try (var eier = Skjemaeier.tilkobling(); var setning = eier.createStatement()) {
            setning.execute("alter table vedtak disable trigger trg_vedtaksgrunnlag_uendret");
            setning.executeUpdate("update vedtak set grunnlag = null where id = " + vedtak);
            setning.execute("alter table vedtak enable trigger trg_vedtaksgrunnlag_uendret");
        }
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + vedtak + "/kontroll").then().statusCode(409)
                .body("type", endsWith(":vedtak-uten-grunnlag"));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/soknader/" + soknad).then().statusCode(200)
                .body(containsString("Vedtaket ble foreslått før grunnlaget ble lagret"));
    }

    /** Past the call's deadline, a proposal of 900 000 kr for the application; the decision's id. */
    private static long foreslaEtterFristen(long soknad) {
        Testdata.forbiFristenForSoknaden(soknad);
        return given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", "INNVILGET", "belop", 900_000, "begrunnelse", "Kvalifisert."))
                .when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String vedtakSomJson(long vedtak) {
        return given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + vedtak).then().statusCode(200).extract().asString();
    }

    private static byte[] brev(long vedtak, String type) {
        return given().auth().oauth2(Tokens.saksbehandler()).accept(type).when().get("/api/vedtak/" + vedtak + "/brev")
                .then().statusCode(200).extract().asByteArray();
    }

    private String lagretGrunnlag(long vedtak) throws SQLException {
        try (var tilkobling = dataSource.getConnection(); var setning = tilkobling.createStatement();
                var rad = setning.executeQuery("select grunnlag::text from vedtak where id = " + vedtak)) {
            rad.next();
            return rad.getString(1);
        }
    }

}
