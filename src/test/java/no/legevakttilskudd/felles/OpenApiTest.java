package no.legevakttilskudd.felles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OpenApiTest {

    @Test
    void apietErBeskrevet() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/soknader/{id}/send"))
                .body("paths", hasKey("/api/utlysninger/{utlysningId}/soknader"))
                .body("paths", hasKey("/api/admin/kommuneregister"))
                .body("paths", hasKey("/api/hendelser"))
                .body("paths", hasKey("/api/hendelser/eksport"))
                .body("paths", hasKey("/api/statistikk"))
                .body("components.securitySchemes", hasKey("Keycloak"));
    }
}
