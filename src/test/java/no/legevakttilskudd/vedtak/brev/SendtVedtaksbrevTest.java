package no.legevakttilskudd.vedtak.brev;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/**
 * The letter of a decision taken the whole way through the API, as the kommune downloads it: proposed from the rules
 * after an assessment that struck two budget lines, approved by another person, sent. Its PDF names the agency and
 * both signatories (names and titles from their tokens, never user names), gives each struck line's reason, states the
 * appeal deadline once, and keeps the frame's internal figures out.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SendtVedtaksbrevTest {

    private static final String SAKSBEHANDLER = Tokens.ansatt("sub-sb-4711", "sb4711", "saksbehandler", "Siri Saksbehandler", "seniorrådgiver");
    private static final String GODKJENNER = Tokens.ansatt("sub-gk-4712", "gk4712", "godkjenner", "Geir Godkjenner", "avdelingsdirektør");

    @Inject
    DataSource dataSource;

    @Test
    void brevetMedStrokneLinjerNavngirAvsenderOgUnderskrivereOgHolderInterneTallUte() throws IOException {
        long utlysning = Testdata.apenUtlysning();
        long soknad = Testdata.sendtSoknad(Tokens.ROST, utlysning);
        // fullstendigSoknad: «Vikarlege i rotasjon» with Lønn 700 000 and «Reise og bolig» 150 000, «Akuttutstyr» with 50 000.
        given().auth().oauth2(SAKSBEHANDLER).contentType(ContentType.JSON)
                .body(Map.of("kvalitet", "GOD", "strok", List.of(
                        Map.of("tiltak", 0, "linje", 1, "begrunnelse", "Bolig for vikaren dekkes av kommunens egen avtale."),
                        Map.of("tiltak", 1, "linje", 0, "begrunnelse", "Utstyr er ikke med i denne utlysningen."))))
                .when().put("/api/soknader/" + soknad + "/vurdering").then().statusCode(200);
        Testdata.forbiFristen(utlysning);
        long vedtak = given().auth().oauth2(SAKSBEHANDLER).when().post("/api/utlysninger/" + utlysning + "/vedtak/fra-tildeling")
                .then().statusCode(200).extract().jsonPath().getLong("[0].id");
        given().auth().oauth2(GODKJENNER).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(200);
        given().auth().oauth2(SAKSBEHANDLER).when().post("/api/vedtak/" + vedtak + "/send").then().statusCode(200);

        String tekst = VedtaksbrevTest.tekst(pdf(Tokens.ROST, vedtak));
        assertTrue(tekst.contains("Helsedirektoratet"), tekst);
        assertTrue(tekst.contains("Postadresse: Postboks 220 Skøyen, 0213 Oslo"), tekst);
        assertTrue(tekst.contains("Telefon: 810 20 050") && tekst.contains("E-post: postmottak@helsedir.no"), tekst);
        assertTrue(tekst.contains("Siri Saksbehandler") && tekst.contains("seniorrådgiver, saksbehandler"), tekst);
        assertTrue(tekst.contains("Geir Godkjenner") && tekst.contains("avdelingsdirektør, godkjenner"), tekst);
        assertTrue(tekst.contains("Begrunnelse: Bolig for vikaren dekkes av kommunens egen avtale."), tekst);
        assertTrue(tekst.contains("Begrunnelse: Utstyr er ikke med i denne utlysningen."), tekst);
        assertTrue(tekst.contains("Vedtak: søknaden er delvis innvilget"), "700 000 av 900 000 kr: " + tekst);
        assertTrue(tekst.contains("Søkt om 900 000 kr") && tekst.contains("Innvilget 700 000 kr"), tekst);
        assertEquals(1, VedtaksbrevTest.antall(tekst, "tre uker"), "klagefristen sies én gang: " + tekst);
        assertFalse(tekst.contains("fra vedtaket ble sendt") || tekst.contains("fra det er mottatt"), tekst);
        // 50 000 000 kr in the frame, 700 000 kr to this application: what was left after it is the directorate's figure.
        assertFalse(tekst.contains("49 300 000"), "rammen som er igjen, står i brevet: " + tekst);
        assertFalse(tekst.contains("igjen etter denne"), tekst);
        assertFalse(tekst.contains("sb4711") || tekst.contains("gk4712"), "brukernavn i brevet: " + tekst);
    }

    /** A caseworker whose token has no name: the letter says the role, not the user name, and the approver by name. */
    @Test
    void utenNavnIToketetUnderskriverRollen() throws IOException, SQLException {
        String utenNavn = Tokens.token("sub-uten-navn-4713", "sb-uten-navn", List.of("saksbehandler"), null);
        long soknad = Testdata.sendtSoknad(Tokens.VAROY, Testdata.apenUtlysning());
        Testdata.forbiFristenForSoknaden(soknad);
        long vedtak = given().auth().oauth2(utenNavn).contentType(ContentType.JSON)
                .body(Map.of("utfall", "INNVILGET", "belop", 900_000, "begrunnelse", "Kommunen oppfyller kravene."))
                .when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(GODKJENNER).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(200);
        given().auth().oauth2(GODKJENNER).when().post("/api/vedtak/" + vedtak + "/send").then().statusCode(200);

        String tekst = VedtaksbrevTest.tekst(pdf(Tokens.VAROY, vedtak));
        assertTrue(tekst.contains("Saksbehandler i Helsedirektoratet"), tekst);
        assertTrue(tekst.contains("Geir Godkjenner"), tekst);
        assertFalse(tekst.contains("sb-uten-navn"), "brukernavnet står i brevet: " + tekst);
        try (var c = dataSource.getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("select foreslatt_av_navn, behandlet_av_navn, behandlet_av_tittel from vedtak where id = " + vedtak)) {
            rs.next();
            assertNull(rs.getString(1));
            assertEquals("Geir Godkjenner", rs.getString(2));
            assertEquals("avdelingsdirektør", rs.getString(3));
        }
    }

    /** The letter as the kommune downloads it. */
    private static byte[] pdf(String kommunenummer, long vedtak) {
        return given().auth().oauth2(Tokens.soker(kommunenummer)).accept("application/pdf").when().get("/api/vedtak/" + vedtak + "/brev")
                .then().statusCode(200).extract().asByteArray();
    }
}
