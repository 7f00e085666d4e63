package no.legevakttilskudd.vedtak.kommuneside;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.legevakttilskudd.Saksgang;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.vedtak.Akseptfrist;

/** The kommune is told by when to accept the conditions: three weeks from the day the decision was sent. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class AkseptfristTest {

    @Test
    void fristenErTreUkerFraDagenVedtaketBleSendtINorskTid() {
        // Sent 23.30 Norwegian time on 31 May (21.30 UTC): the day is 31 May, not the UTC date.
        Instant sendt = Instant.parse("2022-05-31T21:30:00Z");
        assertEquals(LocalDate.of(2022, 6, 21), Akseptfrist.av(sendt));
        assertFalse(Akseptfrist.erUte(sendt, Instant.parse("2022-06-21T21:59:00Z")));
        assertTrue(Akseptfrist.erUte(sendt, Instant.parse("2022-06-21T22:00:00Z")));
    }

    @Test
    void kommunenSerDatoenVedAksepten() {
        Saksgang.Runde runde = Saksgang.avgjort(Tokens.VAROY);
        String sendt = given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/vedtak/" + runde.vedtak())
                .then().statusCode(200).extract().path("sendt");
        LocalDate frist = Akseptfrist.av(OffsetDateTime.parse(sendt).toInstant());
        given().auth().oauth2(Tokens.soker(Tokens.VAROY)).when().get("/mine-soknader/" + runde.soknad()).then().statusCode(200)
                .body(containsString("Svar innen " + Tidsformat.norskDato(frist) + "."));
    }
}
