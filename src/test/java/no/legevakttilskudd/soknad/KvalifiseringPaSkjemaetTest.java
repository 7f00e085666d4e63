package no.legevakttilskudd.soknad;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.legevakttilskudd.Medfolgenderegister;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.Csv;
import no.legevakttilskudd.kommune.Kommunefaktaoppslag;
import no.legevakttilskudd.regler.Kommunefakta;
import no.legevakttilskudd.regler.Regelparametre;
import no.legevakttilskudd.regler.Soknadsgrunnlag;
import no.legevakttilskudd.regler.Tildeling;
import no.legevakttilskudd.regler.Tildelingsregler;
import no.legevakttilskudd.utlysning.Kvalifiseringsoppslag;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;

/**
 * The form's banner and Mine søknader say whether the kommune qualifies exactly as the rules will: on the population of
 * the call's reference year, not the registry's latest count. Ål (3328) had 5 007 inhabitants on 1 January 2024 (the
 * registry row) but 4 835 on 1 January 2025, so it qualifies for a call that counts 2025 and not for one that counts
 * the row's own year.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class KvalifiseringPaSkjemaetTest {

    private static final String AL = "3328";
    private static final String OPPFYLLER = "Kommunen oppfyller kravene i utlysningen";
    private static final String OPPFYLLER_IKKE = "Etter registeret oppfyller ikke kommunen dette";

    @Inject
    DataSource dataSource;

    @Inject
    Kvalifiseringsoppslag kvalifisering;

    @Inject
    Kommunefaktaoppslag kommunefakta;

    @Inject
    UtlysningService utlysninger;

    private static long utlysning(Integer folketallAar) {
        LocalDateTime naa = LocalDateTime.now(ZoneId.of("Europe/Oslo"));
        Map<String, Object> utlysning = Testdata.utlysning(naa.minusDays(1), naa.plusDays(30));
        Map<String, Object> parametre = new HashMap<>();
        parametre.put("sentralitetsklasser", List.of(5, 6));
        parametre.put("folketallsgrense", 5_000);
        if (folketallAar != null) {
            parametre.put("folketallAar", folketallAar);
        }
        utlysning.put("parametre", parametre);
        return Testdata.opprettUtlysning(utlysning);
    }

    @Test
    void banneretBrukerFolketalletForUtlysningensAar() {
        long id = Testdata.utkast(AL, utlysning(2025), Map.of());
        given().auth().oauth2(Tokens.soker(AL)).when().get("/mine-soknader/" + id + "/steg/1")
                .then().statusCode(200)
                .body(containsString("hadde 4 835 innbyggere 1. januar 2025"))
                .body(containsString(OPPFYLLER))
                .body(not(containsString(OPPFYLLER_IKKE)));
        given().auth().oauth2(Tokens.soker(AL)).when().get("/mine-soknader")
                .then().statusCode(200).body(containsString("Ja, etter kommuneregisteret"));

        // Without a reference year the rules count the registry row's own year, where Ål is over the limit.
        long utenAar = Testdata.utkast(AL, utlysning(null), Map.of());
        given().auth().oauth2(Tokens.soker(AL)).when().get("/mine-soknader/" + utenAar + "/steg/1")
                .then().statusCode(200)
                .body(containsString("hadde 5 007 innbyggere 1. januar 2024"))
                .body(containsString(OPPFYLLER_IKKE));
        given().auth().oauth2(Tokens.soker(AL)).when().get("/mine-soknader")
                .then().statusCode(200).body(containsString("Nei, etter kommuneregisteret"));
    }

    /** The case page shows the caseworker the population the rules judged on, beside their verdict. */
    @Test
    void sakssidenViserFolketalletRegleneBrukte() {
        long id = Testdata.sendtSoknad(AL, utlysning(2025));
        given().auth().oauth2(Tokens.saksbehandler()).when().get("/saksbehandling/soknader/" + id)
                .then().statusCode(200)
                .body(containsString("<dt>Folketall 1. januar 2025</dt><dd>4 835</dd>"))
                .body(not(containsString("5 007")));
    }

    /**
     * Every kommune of the shipped registry, for a call that counts 2025: the banner's verdict (the lookup the form
     * uses), the rules' verdict on an application from the kommune over the allocation's facts, and the rule applied by
     * hand to the shipped class and the year's count agree. (The count is read from the registry, not the file: other
     * tests upload versions, and counts for other years carry over from them.)
     */
    @Test
    void banneretOgReglerneErEnigeForHverKommune() throws SQLException {
        Utlysning utlysning = utlysninger.hent(utlysning(2025));
        Map<String, Kommunefakta> fakta = kommunefakta.fakta(utlysning.kommuneregisterVersjonId, 2025);
        Map<String, Integer> register = klassene();
        assertEquals(357, register.size());

        List<Soknadsgrunnlag> soknader = new ArrayList<>();
        for (String nummer : register.keySet()) {
            soknader.add(new Soknadsgrunnlag("R-" + nummer, nummer, List.of(nummer), 100_000, null, null, null));
        }
        Regelparametre parametre = new Regelparametre(utlysning.sentralitetsklasser(), utlysning.folketallsgrense, 2025, utlysning.tak,
                utlysning.minstebelop, utlysning.ramme, utlysning.marginal, null);
        Map<String, Boolean> regler = new HashMap<>();
        for (Tildeling t : Tildelingsregler.beregn(parametre, fakta, soknader).tildelinger()) {
            regler.put(t.kommunenummer(), t.kvalifisert());
        }

        // The year's counts as stored for the call's registry version, read here with plain SQL: other tests upload
        // versions whose counts carry over, so the file is not the truth at this point, the database is.
        Map<String, Integer> lagret2025 = new HashMap<>();
        try (var tilkobling = dataSource.getConnection(); var sporring = tilkobling.prepareStatement(
                "select kommunenummer, folketall from kommune_folketall where versjon_id = ? and aar = 2025")) {
            sporring.setLong(1, utlysning.kommuneregisterVersjonId);
            try (var rad = sporring.executeQuery()) {
                while (rad.next()) {
                    lagret2025.put(rad.getString(1), rad.getInt(2));
                }
            }
        }
        Set<String> tellingen = kvalifisering.kvalifiserte(utlysning);
        int kvalifiserte = 0;
        for (Map.Entry<String, Integer> kommune : register.entrySet()) {
            String nummer = kommune.getKey();
            Kvalifiseringsoppslag.Vurdering banneret = kvalifisering.vurder(utlysning, nummer).orElse(null);
            assertNotNull(banneret, nummer);
            assertEquals(fakta.get(nummer), banneret.fakta(), "banneret viser fordelingens fakta, " + nummer);
            assertEquals(2025, banneret.fakta().folketallAar(), nummer);
            assertEquals(lagret2025.get(nummer), banneret.fakta().folketall(), "folketallet for 2025, " + nummer);
            // The spec's rule written out once more, here only, on the shipped class and the year's count.
            boolean fraFilene = List.of(5, 6).contains(kommune.getValue()) && banneret.fakta().folketall() < 5_000;
            assertEquals(fraFilene, regler.get(nummer), "reglene, " + nummer);
            assertEquals(fraFilene, banneret.kvalifisert(), "banneret, " + nummer);
            assertEquals(fraFilene, tellingen.contains(nummer), "tellingen, " + nummer);
            kvalifiserte += fraFilene ? 1 : 0;
        }
        assertTrue(regler.get(AL), "Ål kvalifiserer på folketallet for 2025");
        assertTrue(kvalifiserte > 100, "mange kommuner i klasse 5 og 6 er under 5 000: " + kvalifiserte);
    }

    /** The shipped registry's class per kommune, read with the application's own CSV reader. */
    private static Map<String, Integer> klassene() {
        Csv.Tabell tabell = Csv.les(Medfolgenderegister.tekst());
        Map<String, Integer> klasser = new LinkedHashMap<>();
        for (Csv.Rad rad : tabell) {
            if (!rad.erTom()) {
                klasser.put(tabell.verdi(rad, "kommunenummer"), Integer.valueOf(tabell.verdi(rad, "sentralitetsklasse")));
            }
        }
        return klasser;
    }
}
