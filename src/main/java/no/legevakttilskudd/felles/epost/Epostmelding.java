package no.legevakttilskudd.felles.epost;

import java.util.Objects;

/** A plain-text e-mail to one recipient, before it is put in the outbox. */
public record Epostmelding(String til, String emne, String tekst) {

    public Epostmelding {
        Objects.requireNonNull(til, "til");
        Objects.requireNonNull(emne, "emne");
        Objects.requireNonNull(tekst, "tekst");
        til = til.strip();
        if (til.indexOf('@') < 1) {
            throw new IllegalArgumentException("Ugyldig mottakeradresse");
        }
    }
}
