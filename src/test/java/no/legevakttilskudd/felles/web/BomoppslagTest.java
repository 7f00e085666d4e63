package no.legevakttilskudd.felles.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/**
 * The busiest pages look few names up in scopes that lack them: each such lookup asks every value resolver the
 * application has (about 170), and they were a sixth of the form page's CPU under load. The limits are a little above
 * today's counts; a page that passes one has a name looked up inside a loop or tag that its row could carry, or lost the
 * layout's {@code side=side}.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class BomoppslagTest {

    @Test
    void skjemasidenArbeidslistenOgSakenSlarOppFaNavnForgjeves() {
        long utlysning = Testdata.opprettUtlysning(Testdata.utlysning(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(9)));
        long soknad = Testdata.sendtSoknad(Tokens.ROST, utlysning);
        long utkast = Testdata.utkast(Tokens.VAROY, utlysning, Testdata.fullstendigSoknad(Tokens.VAROY));

        assertHoyst(30, "/mine-soknader/" + utkast + "/steg/3", Tokens.soker(Tokens.VAROY));
        assertHoyst(25, "/saksbehandling/utlysninger/" + utlysning, Tokens.saksbehandler());
        assertHoyst(45, "/saksbehandling/soknader/" + soknad, Tokens.saksbehandler());
    }

    private static void assertHoyst(long grense, String side, String token) {
        Bomoppslag.TELLING.clear();
        given().auth().oauth2(token).when().get(side).then().statusCode(200);
        long bom = Bomoppslag.sum();
        assertTrue(bom > 0 && bom <= grense, side + ": " + bom + " oppslag forgjeves (høyst " + grense + "): " + Bomoppslag.TELLING);
    }
}
