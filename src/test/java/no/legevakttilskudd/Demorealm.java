package no.legevakttilskudd;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.legevakttilskudd.felles.local.LocalKeycloak;

/** The demo realm as the tests that run a real Keycloak import it, and the free ports they start things on. */
public final class Demorealm {

    /** Where the tests unpack Keycloak: one unpacked distribution (and its one-time build) for all of them. */
    public static final Path KEYCLOAK_MAPPE = Path.of("target", "keycloak");

    private Demorealm() {
    }

    /**
     * A copy of the demo realm in {@code mappe} with this run's application address added to the web client's allowed
     * redirects and logout addresses; the file in {@code deploy/} is left alone.
     */
    public static Path medAppAdresse(Path mappe, int appPort) throws IOException {
        return medAppAdresse(mappe, appPort, null);
    }

    /** As {@link #medAppAdresse(Path, int)}, with {@code nettklientHemmelighet} as the web client's secret (when not null). */
    public static Path medAppAdresse(Path mappe, int appPort, String nettklientHemmelighet) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(LocalKeycloak.locateRealm(Path.of("")).toFile());
        String adresse = "http://localhost:" + appPort + "/*";
        boolean funnet = false;
        for (var klient : realm.withArray("clients")) {
            if ("legevakttilskudd-web".equals(klient.path("clientId").asText())) {
                ((ArrayNode) klient.withArray("redirectUris")).add(adresse);
                ObjectNode attributter = ((ObjectNode) klient).withObjectProperty("attributes");
                String utlogging = attributter.path("post.logout.redirect.uris").asText("");
                attributter.put("post.logout.redirect.uris", utlogging.isEmpty() ? adresse : utlogging + "##" + adresse);
                if (nettklientHemmelighet != null) {
                    ((ObjectNode) klient).put("secret", nettklientHemmelighet);
                }
                funnet = true;
            }
        }
        if (!funnet) {
            throw new IllegalStateException("Realm-filen har ingen klient legevakttilskudd-web");
        }
        Files.createDirectories(mappe);
        Path fil = mappe.resolve(LocalKeycloak.REALM_FILE);
        json.writerWithDefaultPrettyPrinter().writeValue(fil.toFile(), realm);
        return fil;
    }

    public static int ledigPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
