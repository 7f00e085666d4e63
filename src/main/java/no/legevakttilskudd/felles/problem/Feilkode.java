package no.legevakttilskudd.felles.problem;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * A kind of field error with its bokmål text ({0}, {1} … for the values). The API answers in bokmål; the pages look
 * the same code up in nynorsk or English ({@code messages/feil_nn.properties}, {@code feil_en.properties}), so the
 * text is written once per language. Implemented by one enum per feature.
 */
public interface Feilkode {

    String name();

    String bokmal();

    default String tekst(Object... verdier) {
        return new MessageFormat(bokmal(), Locale.forLanguageTag("nb")).format(verdier);
    }
}
