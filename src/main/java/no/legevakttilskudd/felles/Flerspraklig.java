package no.legevakttilskudd.felles;

import java.util.Locale;

/**
 * A text written by a person in bokmål and, when they have written them, nynorsk and English — a call's title. A page
 * shows it in its own language and falls back to bokmål, so a missing translation never leaves a blank.
 */
public record Flerspraklig(String bokmal, String nynorsk, String engelsk) {

    public String pa(Locale sprak) {
        String valgt = sprak == null ? null : switch (sprak.getLanguage()) {
            case "nn" -> nynorsk;
            case "en" -> engelsk;
            default -> null;
        };
        return valgt == null || valgt.isBlank() ? bokmal : valgt;
    }

    @Override
    public String toString() {
        return bokmal;
    }
}
