package no.legevakttilskudd.regler;

import java.util.List;

/**
 * One reason: a stable machine code, a Norwegian sentence that cites the facts, and the facts themselves in the order
 * the sentence uses them, so the sentence can be told in another language where it is shown (felles/web/Kodeord).
 * Reasons stored before the facts were kept have none; they are shown as written.
 */
public record Arsak(Arsakskode kode, String tekst, List<String> verdier) {

    public Arsak {
        verdier = verdier == null ? List.of() : List.copyOf(verdier);
    }

    public Arsak(Arsakskode kode, String tekst) {
        this(kode, tekst, List.of());
    }

    /** The reason with its facts, each written as the Norwegian sentence writes it. */
    public static Arsak av(Arsakskode kode, String tekst, Object... verdier) {
        return new Arsak(kode, tekst, java.util.Arrays.stream(verdier).map(String::valueOf).toList());
    }
}
