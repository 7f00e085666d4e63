package no.legevakttilskudd.saksbehandling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/**
 * The work list's filters from the rules, counts, sorting and paging. The seeded call (classes 5 and 6, under 5 000),
 * sent in this order: Røst (group 1, eligible, place 1), Værøy (group 1, eligible, place 2), Vestvågøy (class 5 but
 * 11 619 inhabitants: not eligible), Flakstad (legevakt of three: group 2, place 3), Saltdal (sent, then withdrawn).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ArbeidslisteTest {

    private static final String FLAKSTAD = "1859";
    private static final String VESTVAGOY = "1860";
    private static final Pattern KOMMUNE_I_RAD = Pattern.compile("<td>[^<]+ \\((\\d{4})\\)</td>");

    private static long utlysning() {
        long utlysning = Testdata.apenUtlysning();
        for (String kommune : List.of(Tokens.ROST, Tokens.VAROY, VESTVAGOY)) {
            SimuleringSideTest.send(kommune, Testdata.utkast(kommune, utlysning, Testdata.fullstendigSoknad(kommune)));
        }
        Map<String, Object> flakstad = Testdata.fullstendigSoknad(FLAKSTAD);
        flakstad.put("legevaktKommuner", List.of(FLAKSTAD, VESTVAGOY, Tokens.ROST));
        SimuleringSideTest.send(FLAKSTAD, Testdata.utkast(FLAKSTAD, utlysning, flakstad));
        long saltdal = Testdata.utkast(Tokens.SALTDAL, utlysning, Testdata.fullstendigSoknad(Tokens.SALTDAL));
        SimuleringSideTest.send(Tokens.SALTDAL, saltdal);
        given().auth().oauth2(Tokens.soker(Tokens.SALTDAL)).when().post("/api/soknader/" + saltdal + "/trekk").then().statusCode(200);
        return utlysning;
    }

    private static RequestSpecification som(String token) {
        return given().auth().oauth2(token);
    }

    /** The kommuner of the table's rows, in the order shown. */
    private static List<String> kommuner(String side) {
        List<String> kommuner = new ArrayList<>();
        Matcher m = KOMMUNE_I_RAD.matcher(side);
        while (m.find()) {
            kommuner.add(m.group(1));
        }
        return kommuner;
    }

    private static String liste(long utlysning, String... parametre) {
        RequestSpecification kall = som(Tokens.saksbehandler());
        for (int i = 0; i < parametre.length; i += 2) {
            kall = kall.queryParam(parametre[i], parametre[i + 1]);
        }
        return kall.when().get("/saksbehandling/utlysninger/" + utlysning).then().statusCode(200).extract().asString();
    }

    @Test
    void kvalifisertOgPrioritetsgruppeFiltrererEtterReglene() {
        long utlysning = utlysning();
        String alle = liste(utlysning);
        assertEquals(List.of(Tokens.ROST, Tokens.VAROY, VESTVAGOY, FLAKSTAD, Tokens.SALTDAL), kommuner(alle));
        org.hamcrest.MatcherAssert.assertThat(alle, containsString("5 søknader. Per status:"));
        org.hamcrest.MatcherAssert.assertThat(alle.replaceAll("\\s+", " "), containsString("Sendt: 4, Trukket: 1."));

        String ja = liste(utlysning, "kvalifisert", "ja");
        assertEquals(List.of(Tokens.ROST, Tokens.VAROY, FLAKSTAD), kommuner(ja));
        org.hamcrest.MatcherAssert.assertThat(ja, containsString("3 søknader."));
        org.hamcrest.MatcherAssert.assertThat(ja, containsString("<option value=\"ja\" selected>"));

        String nei = liste(utlysning, "kvalifisert", "nei");
        assertEquals(List.of(VESTVAGOY), kommuner(nei));
        org.hamcrest.MatcherAssert.assertThat(nei, containsString("1 søknad."));

        assertEquals(List.of(FLAKSTAD), kommuner(liste(utlysning, "gruppe", "2")));
        assertEquals(List.of(Tokens.ROST, Tokens.VAROY), kommuner(liste(utlysning, "gruppe", "1", "kvalifisert", "ja")));
        assertEquals(List.of(), kommuner(liste(utlysning, "gruppe", "2", "kvalifisert", "nei")));
        // Filters combine with the status filter; the counts follow.
        String sendt = liste(utlysning, "status", "SENDT", "kvalifisert", "", "gruppe", "");
        assertEquals(4, kommuner(sendt).size());
        org.hamcrest.MatcherAssert.assertThat(sendt.replaceAll("\\s+", " "), containsString("4 søknader. Per status: Sendt: 4."));
    }

    @Test
    void sorteringEtterKommunePlassOgSendtMedAriaSort() {
        long utlysning = utlysning();
        String kommune = liste(utlysning, "sorter", "kommune");
        assertEquals(List.of(FLAKSTAD, Tokens.ROST, Tokens.SALTDAL, VESTVAGOY, Tokens.VAROY), kommuner(kommune));
        org.hamcrest.MatcherAssert.assertThat(kommune, containsString("aria-sort=\"ascending\"><a class=\"ds-link sorteringslenke\" "
                + "href=\"?side=1&amp;sorter=kommune&amp;retning=synkende\">Kommune"));
        org.hamcrest.MatcherAssert.assertThat(kommune, containsString("Sortert etter Kommune, stigende."));
        assertEquals(List.of(Tokens.VAROY, VESTVAGOY, Tokens.SALTDAL, Tokens.ROST, FLAKSTAD),
                kommuner(liste(utlysning, "sorter", "kommune", "retning", "synkende")));
        // The rules' place; those without one (not eligible, withdrawn) last, by sent time.
        String prioritet = liste(utlysning, "sorter", "prioritet");
        assertEquals(List.of(Tokens.ROST, Tokens.VAROY, FLAKSTAD, VESTVAGOY, Tokens.SALTDAL), kommuner(prioritet));
        org.hamcrest.MatcherAssert.assertThat(prioritet, containsString("aria-sort=\"ascending\"><a class=\"ds-link sorteringslenke\" "
                + "href=\"?side=1&amp;sorter=prioritet&amp;retning=synkende\">Plass"));
        org.hamcrest.MatcherAssert.assertThat(prioritet, not(containsString("aria-sort=\"ascending\"><a class=\"ds-link sorteringslenke\" "
                + "href=\"?side=1&amp;sorter=kommune")));
        String sendtSynkende = liste(utlysning, "sorter", "sendt", "retning", "synkende", "kvalifisert", "ja");
        assertEquals(List.of(FLAKSTAD, Tokens.VAROY, Tokens.ROST), kommuner(sendtSynkende));
        org.hamcrest.MatcherAssert.assertThat(sendtSynkende, containsString("aria-sort=\"descending\""));
        // Re-sorting keeps the filters.
        org.hamcrest.MatcherAssert.assertThat(sendtSynkende, containsString("href=\"?side=1&amp;kvalifisert=ja&amp;sorter=omsokt&amp;retning=stigende\""));
    }

    @Test
    void sideinndelingenBeholderFiltreneOgSorteringen() {
        long utlysning = Testdata.apenUtlysning();
        List<String> nummer = List.of("1804", "1806", "1811", "1812", "1813", "1815", "1816", "1818", "1820", "1822", "1824", "1825", "1826",
                "1827", "1828", "1832", "1833", "1834", "1835", "1836", "1837", "1838", "1839", "1840", "1841", "1845", "1848");
        for (String kommune : nummer) {
            SimuleringSideTest.send(kommune, Testdata.utkast(kommune, utlysning, Testdata.fullstendigSoknad(kommune)));
        }
        String side1 = liste(utlysning, "fylke", "18", "gruppe", "1", "sorter", "kommune", "retning", "synkende");
        org.hamcrest.MatcherAssert.assertThat(side1, containsString("27 søknader."));
        org.hamcrest.MatcherAssert.assertThat(side1, containsString("Side 1 av 2"));
        assertEquals(25, kommuner(side1).size());
        org.hamcrest.MatcherAssert.assertThat(side1, containsString(
                "href=\"?side=2&amp;fylke=18&amp;gruppe=1&amp;sorter=kommune&amp;retning=synkende\">Neste side"));
        String side2 = liste(utlysning, "side", "2", "fylke", "18", "gruppe", "1", "sorter", "kommune", "retning", "synkende");
        // Descending in Norwegian order the last two are Beiarn and Alstahaug: "Aarborte" is read as "Å", the last letter.
        assertEquals(List.of("1839", "1820"), kommuner(side2));
        org.hamcrest.MatcherAssert.assertThat(side2, containsString(
                "href=\"?side=1&amp;fylke=18&amp;gruppe=1&amp;sorter=kommune&amp;retning=synkende\">Forrige side"));
    }

    @Test
    void ugyldigeFiltreGir400OgAndreRollerFar403() {
        long utlysning = Testdata.apenUtlysning();
        for (String[] feil : new String[][] {{"gruppe", "3"}, {"kvalifisert", "kanskje"}, {"sorter", "lengde"}, {"retning", "opp"},
                {"status", "UTKAST"}, {"status", "TULL"}, {"fylke", "Nordland"}, {"sok", "x".repeat(101)}}) {
            som(Tokens.saksbehandler()).queryParam(feil[0], feil[1]).when().get("/saksbehandling/utlysninger/" + utlysning)
                    .then().statusCode(400);
        }
        som(Tokens.saksbehandler()).header("Accept", "text/html").queryParam("gruppe", "9")
                .when().get("/saksbehandling/utlysninger/" + utlysning)
                .then().statusCode(400).body(containsString("Prioritetsgruppen er 1 eller 2."));
        som(Tokens.evaluator()).when().get("/saksbehandling/utlysninger/" + utlysning).then().statusCode(403);
        som(Tokens.soker(Tokens.ROST)).when().get("/saksbehandling/utlysninger/" + utlysning).then().statusCode(403);
    }

    @Test
    void sokEtterKommuneOgReferanseOgFylkeFraEnListe() {
        long utlysning = utlysning();
        assertEquals(List.of(Tokens.ROST), kommuner(liste(utlysning, "sok", "røst")));
        assertEquals(List.of(Tokens.VAROY), kommuner(liste(utlysning, "sok", " VÆRØY ")));
        assertEquals(List.of(FLAKSTAD), kommuner(liste(utlysning, "sok", FLAKSTAD)));
        String referanse = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/utlysninger/" + utlysning + "/soknader")
                .then().extract().jsonPath().getString("elementer.find { it.kommunenummer == '" + Tokens.VAROY + "' }.referanse");
        assertEquals(List.of(Tokens.VAROY), kommuner(liste(utlysning, "sok", referanse.toLowerCase(java.util.Locale.ROOT))));
        String ingen = liste(utlysning, "sok", "røst værøy");
        assertEquals(List.of(), kommuner(ingen));
        // The search is kept in the paging and sorting links, and the county is chosen by name.
        String side = liste(utlysning, "sok", "v", "sorter", "kommune");
        org.hamcrest.MatcherAssert.assertThat(side, containsString("sok=v&amp;"));
        org.hamcrest.MatcherAssert.assertThat(side, containsString("<option value=\"18\">Nordland</option>"));
        org.hamcrest.MatcherAssert.assertThat(liste(utlysning, "fylke", "18"), containsString("<option value=\"18\" selected>Nordland</option>"));
        org.hamcrest.MatcherAssert.assertThat(side, containsString("<td class=\"belop\">"));
    }
}
