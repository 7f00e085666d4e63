package no.legevakttilskudd.felles.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import no.legevakttilskudd.felles.problem.Feltfeil;

/**
 * A field error in the page's language: bokmål as the service wrote it, nynorsk or English from
 * {@code messages/feil_nn.properties} / {@code feil_en.properties} by the error's code. Errors without a code (staff
 * pages, for now) stay in bokmål.
 */
@RequestScoped
public class Feilmeldinger {

    private static final Map<String, Properties> TEKSTER = new ConcurrentHashMap<>();

    @Inject
    Sprak sprak;

    public String tekst(Feltfeil feil) {
        String kode = sprak.kode();
        if (feil.kode() == null || kode.equals("nb")) {
            return feil.melding();
        }
        String monster = TEKSTER.computeIfAbsent(kode, Feilmeldinger::les).getProperty(feil.kode().name());
        return monster == null ? feil.melding()
                : new MessageFormat(monster, Locale.forLanguageTag(kode)).format(feil.verdier().toArray());
    }

    static Properties les(String sprak) {
        Properties tekster = new Properties();
        try (InputStream in = Feilmeldinger.class.getClassLoader().getResourceAsStream("messages/feil_" + sprak + ".properties")) {
            if (in != null) {
                tekster.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tekster;
    }
}
