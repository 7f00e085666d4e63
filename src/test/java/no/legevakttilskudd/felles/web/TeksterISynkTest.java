package no.legevakttilskudd.felles.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.qute.i18n.Message;

/** Guard: nynorsk and English have exactly the keys bokmål has, and no text is empty. */
class TeksterISynkTest {

    @ParameterizedTest
    @ValueSource(strings = {"nn", "en"})
    void hvertSprakHarAlleNoklene(String sprak) throws IOException {
        Set<String> bokmal = Arrays.stream(Tekster.class.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Message.class))
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(bokmal.size() > 30, "fant bare " + bokmal.size() + " nøkler");
        Properties filen = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages/tekst_" + sprak + ".properties")) {
            filen.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> oversatt = new TreeSet<>(filen.stringPropertyNames());
        Set<String> mangler = new TreeSet<>(bokmal);
        mangler.removeAll(oversatt);
        Set<String> ekstra = new TreeSet<>(oversatt);
        ekstra.removeAll(bokmal);
        assertEquals(Set.of(), mangler, "mangler i tekst_" + sprak + ".properties");
        assertEquals(Set.of(), ekstra, "finnes ikke på bokmål");
        oversatt.forEach(nokkel -> assertTrue(!filen.getProperty(nokkel).isBlank(), nokkel + " er tom på " + sprak));
    }
}
