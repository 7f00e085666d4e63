package no.legevakttilskudd.felles.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import no.legevakttilskudd.felles.problem.Feilkode;
import no.legevakttilskudd.soknad.SoknadFeil;

/** Guard: every error code has its nynorsk and English text, with the same placeholders as the bokmål one. */
class FeilmeldingerISynkTest {

    private static final Pattern PLASSHOLDER = Pattern.compile("\\{\\d+}");

    @ParameterizedTest
    @ValueSource(strings = {"nn", "en"})
    void hverFeilkodeErOversatt(String sprak) {
        Properties tekster = Feilmeldinger.les(sprak);
        Set<String> koder = Arrays.stream(SoknadFeil.values()).map(Feilkode::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(koder, new TreeSet<>(tekster.stringPropertyNames()), "feil_" + sprak + ".properties");
        for (SoknadFeil kode : SoknadFeil.values()) {
            assertEquals(plassholdere(kode.bokmal()), plassholdere(tekster.getProperty(kode.name())), kode.name() + " på " + sprak);
        }
    }

    private static Set<String> plassholdere(String tekst) {
        Set<String> funnet = new TreeSet<>();
        Matcher m = PLASSHOLDER.matcher(tekst);
        while (m.find()) {
            funnet.add(m.group());
        }
        return funnet;
    }
}
