package no.legevakttilskudd.kommune;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.Organisasjonsnummer;

/**
 * The shipped registry holds what the real rounds need: population on 1 January 2020–2026, every kommune's organisation
 * number from Enhetsregisteret, and which release of SSB's centrality index its classes are.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class MedfolgendeRegisterTest {

    @Inject
    EntityManager entityManager;

    @Test
    @SuppressWarnings("unchecked")
    void detMedfolgendeRegisteretHarFolketallForHvertAarOrganisasjonsnummerOgIndeksversjon() {
        KommuneregisterVersjon versjon = KommuneregisterVersjon.find("kilde", MedfolgendeRegister.KILDE).firstResult();
        assertEquals(MedfolgendeRegister.INDEKSVERSJON, versjon.indeksversjon);
        assertEquals(List.of(2020, 2021, 2022, 2023, 2024, 2025, 2026),
                ((List<Number>) entityManager.createNativeQuery("select distinct aar from kommune_folketall where versjon_id = :v order by aar")
                        .setParameter("v", versjon.id).getResultList()).stream().map(Number::intValue).toList());
        // Haram did not exist before 2024 (SSB counts it within Ålesund for 2020–2023); every other kommune has all seven years.
        assertEquals(List.of("1580"), entityManager.createNativeQuery("select kommunenummer from kommune_folketall where versjon_id = :v "
                + "group by kommunenummer having count(*) <> 7").setParameter("v", versjon.id).getResultList());
        assertEquals(67_114, ((Number) entityManager.createNativeQuery("select folketall from kommune_folketall where versjon_id = :v "
                + "and kommunenummer = '1508' and aar = 2022").setParameter("v", versjon.id).getSingleResult()).intValue());

        List<String> numre = entityManager.createNativeQuery("select organisasjonsnummer from kommune where versjon_id = :v")
                .setParameter("v", versjon.id).getResultList();
        assertEquals(357, numre.size());
        assertEquals(357, numre.stream().distinct().count(), "hver kommune sitt eget nummer");
        assertTrue(numre.stream().allMatch(Organisasjonsnummer::erGyldig), "alle finnes og har riktig kontrollsiffer");
        assertEquals("958935420", ((Kommune) Kommune.find("id.versjonId = ?1 and id.kommunenummer = '0301'", versjon.id).firstResult())
                .organisasjonsnummer);

        given().auth().oauth2(Tokens.admin()).when().get("/api/admin/kommuneregister/versjoner").then().statusCode(200)
                .body(containsString(MedfolgendeRegister.INDEKSVERSJON));
    }

    @Test
    void organisasjonsnummerMedFeilKontrollsifferGodtasIkke() {
        assertTrue(Organisasjonsnummer.erGyldig("964994307"));
        assertTrue(!Organisasjonsnummer.erGyldig("964994308") && !Organisasjonsnummer.erGyldig("96499430")
                && !Organisasjonsnummer.erGyldig("96499430x") && !Organisasjonsnummer.erGyldig(null));
    }
}
