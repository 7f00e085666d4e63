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

    /**
     * A mail to an application's contact person, in the same shape every time: greeting by name when there is one,
     * the text, and the line that says it was sent automatically (nobody reads replies).
     */
    public static Epostmelding tilKontaktperson(String adresse, String navn, String emne, String innhold) {
        return new Epostmelding(adresse, emne, (navn != null ? "Hei, " + navn + "!" : "Hei!") + "\n\n" + innhold
                + "\n\nDenne e-posten er sendt automatisk fra Legevakttilskudd.\n");
    }
}
