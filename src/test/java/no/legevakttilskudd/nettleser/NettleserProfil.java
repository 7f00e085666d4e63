package no.legevakttilskudd.nettleser;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The application as a person meets it: real Keycloak login (the demo realm) and the demo data, in a database of its
 * own so the demo data never meets the other tests' data.
 */
public class NettleserProfil implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "legevakttilskudd.demo-data", "true",
                "quarkus.oidc.web.client-id", "legevakttilskudd-web",
                "quarkus.oidc.web.credentials.secret", "demo-web-secret");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KeycloakOgDatabase.class));
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
