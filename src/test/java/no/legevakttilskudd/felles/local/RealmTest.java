package no.legevakttilskudd.felles.local;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keycloak keeps only the user attributes its user profile declares: an attribute the realm gives its users or a token
 * mapper reads, but the profile leaves out, cannot be seen or set by an admin and may be dropped, and the claim the
 * letters sign with (tittel) or the kommune's access rests on (kommunenummer) would quietly go missing.
 */
class RealmTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void hverBrukerattributtSomBrukesErDeklarertIBrukerprofilen() throws IOException {
        JsonNode realm = JSON.readTree(Path.of("deploy/keycloak/legevakttilskudd-realm.json").toFile());
        JsonNode profil = JSON.readTree(realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").get(0)
                .path("config").path("kc.user.profile.config").get(0).asText());
        Set<String> deklarert = new HashSet<>();
        profil.path("attributes").forEach(a -> deklarert.add(a.path("name").asText()));

        Set<String> brukt = new HashSet<>();
        for (JsonNode klient : realm.path("clients")) {
            for (JsonNode mapper : klient.path("protocolMappers")) {
                if ("oidc-usermodel-attribute-mapper".equals(mapper.path("protocolMapper").asText())) {
                    brukt.add(mapper.path("config").path("user.attribute").asText());
                }
            }
        }
        for (JsonNode bruker : realm.path("users")) {
            bruker.path("attributes").fieldNames().forEachRemaining(brukt::add);
        }
        assertTrue(brukt.containsAll(Set.of("kommunenummer", "tittel")), "realmen bruker " + brukt);
        for (String attributt : brukt) {
            assertTrue(deklarert.contains(attributt), attributt + " brukes, men er ikke deklarert i brukerprofilen " + deklarert);
        }
    }
}
