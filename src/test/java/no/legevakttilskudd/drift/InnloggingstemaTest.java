package no.legevakttilskudd.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.legevakttilskudd.felles.local.LocalKeycloak;
import no.legevakttilskudd.felles.web.Sprak;

/**
 * Keycloak's login page speaks the site's languages: the realm, the theme and the site agree on the codes, the three
 * message files have the same keys and placeholders, and every place Keycloak runs from deploy/ gets the theme.
 */
class InnloggingstemaTest {

    private static final Path KEYCLOAK = Path.of("deploy", "keycloak");
    private static final Path TEMA = LocalKeycloak.locateTheme(Path.of(""));
    private static final Path INNLOGGING = TEMA.resolve("login");
    private static final Pattern ENKEL_APOSTROF = Pattern.compile("(?<!')'(?!')");

    @Test
    void realmenTemaetOgNettstedetHarSammeSprak() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(KEYCLOAK.resolve(LocalKeycloak.REALM_FILE).toFile());
        assertEquals(LocalKeycloak.THEME, realm.path("loginTheme").asText(), "realmens loginTheme");
        assertTrue(realm.path("internationalizationEnabled").asBoolean(), "realmen må ha flere språk slått på");
        List<String> realmensSprak = new ArrayList<>();
        realm.path("supportedLocales").forEach(kode -> realmensSprak.add(kode.asText()));
        assertEquals(Sprak.KODER, realmensSprak, "supportedLocales i realmen skal være nettstedets språk");
        assertEquals("nb", realm.path("defaultLocale").asText(), "bokmål er standard, som på nettstedet");
        assertEquals(String.join(",", Sprak.KODER), les(INNLOGGING.resolve("theme.properties")).getProperty("locales"),
                "locales i theme.properties");
    }

    @Test
    void tekstfileneHarSammeNoklerOgPlassholdere() throws IOException {
        Properties bokmal = meldinger("nb");
        for (String kode : Sprak.KODER) {
            Properties tekster = meldinger(kode);
            assertEquals(new TreeSet<>(bokmal.stringPropertyNames()), new TreeSet<>(tekster.stringPropertyNames()),
                    "messages_" + kode + ".properties har ikke de samme nøklene som messages_nb.properties");
            for (String nokkel : tekster.stringPropertyNames()) {
                String tekst = tekster.getProperty(nokkel);
                assertFalse(tekst.isBlank(), nokkel + " er tom på " + kode);
                // Keycloak formats every message with MessageFormat: a lone apostrophe would swallow the rest.
                assertFalse(ENKEL_APOSTROF.matcher(tekst).find(), nokkel + " på " + kode + ": skriv apostrofen som ''");
                assertEquals(argumenter(bokmal.getProperty(nokkel)), argumenter(tekst), nokkel + " på " + kode + ": plassholderne");
            }
        }
    }

    @Test
    void temaetFolgerKeycloakIComposeOgIImaget() throws IOException {
        String compose = Files.readString(Path.of("deploy", "compose", "compose.yaml"));
        Matcher montering = Pattern.compile("-\\s*(\\S+):/opt/keycloak/themes/" + LocalKeycloak.THEME + ":ro").matcher(compose);
        assertTrue(montering.find(), "compose.yaml monterer ikke temaet i Keycloak");
        assertEquals(TEMA.toAbsolutePath().normalize(),
                Path.of("deploy", "compose").resolve(montering.group(1)).toAbsolutePath().normalize());
        String dockerfile = Files.readString(KEYCLOAK.resolve("Dockerfile"));
        assertTrue(dockerfile.contains("COPY themes/" + LocalKeycloak.THEME + " /opt/keycloak/themes/" + LocalKeycloak.THEME),
                "deploy/keycloak/Dockerfile kopierer ikke temaet inn i imaget");
        Map<String, Object> keycloakCr = DriftsoppsettTest.les(Path.of("deploy", "kubernetes", "keycloak", "keycloak.yaml")).get(0);
        assertEquals("Keycloak", keycloakCr.get("kind"));
        assertTrue(String.valueOf(((Map<?, ?>) keycloakCr.get("spec")).get("image")).contains("legevakttilskudd-keycloak:"),
                "Keycloak-ressursen i Kubernetes bruker ikke imaget med temaet");
    }

    private static Properties meldinger(String kode) throws IOException {
        return les(INNLOGGING.resolve(Path.of("messages", "messages_" + kode + ".properties")));
    }

    /** Keycloak reads theme files as UTF-8. */
    private static Properties les(Path fil) throws IOException {
        Properties egenskaper = new Properties();
        try (Reader leser = Files.newBufferedReader(fil, StandardCharsets.UTF_8)) {
            egenskaper.load(leser);
        }
        return egenskaper;
    }

    /** How many arguments MessageFormat finds ({0}, {1} …); it throws on a placeholder it cannot read. */
    private static int argumenter(String tekst) {
        return new MessageFormat(tekst, Locale.ROOT).getFormatsByArgumentIndex().length;
    }
}
