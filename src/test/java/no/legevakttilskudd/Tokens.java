package no.legevakttilskudd;

import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Test tokens signed with the key of the WireMock OIDC server, shaped like Keycloak's: realm roles in
 * realm_access.roles, the kommune in the kommunenummer claim, audience legevakttilskudd-api.
 */
public final class Tokens {

    public static final String ROST = "1856";
    public static final String VAROY = "1857";
    public static final String SALTDAL = "1840";

    private Tokens() {
    }

    public static String soker(String kommunenummer) {
        return token("soker-" + kommunenummer, List.of("soker"), kommunenummer);
    }

    public static String sokerUtenKommune() {
        return token("soker-uten-kommune", List.of("soker"), null);
    }

    public static String saksbehandler() {
        return token("saksbehandler", List.of("saksbehandler"), null);
    }

    public static String godkjenner() {
        return token("godkjenner", List.of("godkjenner"), null);
    }

    public static String evaluator() {
        return token("evaluator", List.of("evaluator"), null);
    }

    public static String admin() {
        return token("admin", List.of("admin"), null);
    }

    public static String token(String brukernavn, List<String> roller, String kommunenummer) {
        return token(brukernavn, brukernavn, roller, kommunenummer);
    }

    /** A token whose subject ({@code sub}) differs from its user name, as Keycloak's (a UUID) does. */
    public static String token(String subjekt, String brukernavn, List<String> roller, String kommunenummer) {
        JwtClaimsBuilder builder = Jwt.preferredUserName(brukernavn)
                .subject(subjekt)
                .issuer("https://server.example.com")
                .audience("legevakttilskudd-api")
                .claim("realm_access", Map.of("roles", roller));
        if (kommunenummer != null) {
            builder.claim("kommunenummer", kommunenummer);
        }
        return builder.jws().keyId("1").sign();
    }
}
