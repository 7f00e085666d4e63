package no.legevakttilskudd.felles.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Guard: for every message bundle, nynorsk and English have exactly the keys bokmål has, and no text is empty. */
class TeksterISynkTest {

    static Stream<Arguments> buntOgSprak() {
        List<Arguments> kombinasjoner = new ArrayList<>();
        List<Class<?>> bunter = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.legevakttilskudd").stream().filter(k -> k.isAnnotatedWith(MessageBundle.class))
                .map(JavaClass::reflect).collect(Collectors.toList());
        // Each feature keeps its own words; finding fewer bundles than there are means the search itself is broken.
        assertTrue(bunter.size() >= 5, "fant bare " + bunter);
        for (Class<?> bunt : bunter) {
            for (String sprak : List.of("nn", "en")) {
                kombinasjoner.add(Arguments.of(bunt, sprak));
            }
        }
        return kombinasjoner.stream();
    }

    @ParameterizedTest
    @MethodSource("buntOgSprak")
    void hvertSprakHarAlleNoklene(Class<?> bunt, String sprak) throws IOException {
        String navn = bunt.getAnnotation(MessageBundle.class).value();
        Set<String> bokmal = Arrays.stream(bunt.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Message.class))
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(!bokmal.isEmpty(), "fant ingen nøkler i " + navn);
        Properties filen = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages/" + navn + "_" + sprak + ".properties")) {
            filen.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> oversatt = new TreeSet<>(filen.stringPropertyNames());
        Set<String> mangler = new TreeSet<>(bokmal);
        mangler.removeAll(oversatt);
        Set<String> ekstra = new TreeSet<>(oversatt);
        ekstra.removeAll(bokmal);
        assertEquals(Set.of(), mangler, "mangler i " + navn + "_" + sprak + ".properties");
        assertEquals(Set.of(), ekstra, "finnes ikke på bokmål");
        oversatt.forEach(nokkel -> assertTrue(!filen.getProperty(nokkel).isBlank(), nokkel + " er tom på " + sprak));
    }
}
