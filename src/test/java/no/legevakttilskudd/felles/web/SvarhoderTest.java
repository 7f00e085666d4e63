package no.legevakttilskudd.felles.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import no.legevakttilskudd.Tokens;

/** No copy of a personal answer is kept by browsers or proxies; production tells browsers to use HTTPS only. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SvarhoderTest {

    private static final String HSTS = "quarkus.http.header.\"Strict-Transport-Security\".value";

    @Test
    void siderOgApietHarNoStoreMenStatiskeFilerKanBufres() {
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/mine-soknader")
                .then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/soknader")
                .then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        // Errors too: a problem can name what it refused.
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().get("/api/soknader/987654321")
                .then().statusCode(404).header("Cache-Control", equalTo("no-store"));
        given().auth().oauth2(Tokens.saksbehandler()).accept("text/html").when().get("/saksbehandling/soknader/987654321")
                .then().statusCode(404).header("Cache-Control", equalTo("no-store"));
        given().when().get("/css/app.css").then().statusCode(200).header("Cache-Control", not(equalTo("no-store")));
    }

    @Test
    void hstsBareIProduksjon() throws IOException {
        given().when().get("/css/app.css").then().header("Strict-Transport-Security", nullValue());
        assertEquals(Optional.of("max-age=31536000; includeSubDomains"), verdi("prod", HSTS));
        assertEquals(Optional.empty(), verdi("dev", HSTS));
        assertEquals(Optional.empty(), verdi("test", HSTS));
    }

    /** The shipped application.properties as the named profile reads it. */
    private static Optional<String> verdi(String profil, String egenskap) throws IOException {
        URL fil = SvarhoderTest.class.getClassLoader().getResource("application.properties");
        assertTrue(fil != null, "application.properties mangler");
        SmallRyeConfig config = new SmallRyeConfigBuilder().withProfile(profil).withSources(new PropertiesConfigSource(fil, 250)).build();
        return config.getOptionalValue(egenskap, String.class);
    }
}
