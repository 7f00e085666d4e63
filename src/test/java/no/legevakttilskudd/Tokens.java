package no.legevakttilskudd;

import java.util.HashMap;
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

    /** The full name ({@code name}) and title ({@code tittel}) in {@link #saksbehandler()}'s token, as Keycloak gives them. */
    public static final String SAKSBEHANDLER_NAVN = "Sara Saksbehandler";
    public static final String SAKSBEHANDLER_TITTEL = "seniorrådgiver";
    public static final String GODKJENNER_NAVN = "Gunnar Godkjenner";
    public static final String GODKJENNER_TITTEL = "seksjonsleder";

    public static String saksbehandler() {
        return ansatt("saksbehandler", "saksbehandler", "saksbehandler", SAKSBEHANDLER_NAVN, SAKSBEHANDLER_TITTEL);
    }

    public static String godkjenner() {
        return ansatt("godkjenner", "godkjenner", "godkjenner", GODKJENNER_NAVN, GODKJENNER_TITTEL);
    }

    /**
     * A staff token with the person's full name and title, as the demo realm's mappers put them in ({@code name} from
     * the profile scope, {@code tittel} from the user attribute); either may be null, as for a user without them.
     */
    public static String ansatt(String subjekt, String brukernavn, String rolle, String navn, String tittel) {
        Map<String, String> claims = new HashMap<>();
        claims.put("name", navn);
        claims.put("tittel", tittel);
        return token(subjekt, brukernavn, List.of(rolle), null, claims);
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
        return token(subjekt, brukernavn, roller, kommunenummer, Map.of());
    }

    /** With further claims; a claim whose value is null is left out. */
    private static String token(String subjekt, String brukernavn, List<String> roller, String kommunenummer, Map<String, String> claims) {
        JwtClaimsBuilder builder = Jwt.preferredUserName(brukernavn)
                .subject(subjekt)
                .issuer("https://server.example.com")
                .audience("legevakttilskudd-api")
                .claim("realm_access", Map.of("roles", roller));
        if (kommunenummer != null) {
            builder.claim("kommunenummer", kommunenummer);
        }
        claims.forEach((navn, verdi) -> {
            if (verdi != null) {
                builder.claim(navn, verdi);
            }
        });
        return builder.jws().keyId("1").sign();
    }
}
