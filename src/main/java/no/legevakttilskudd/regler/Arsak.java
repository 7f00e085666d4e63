package no.legevakttilskudd.regler;

/** One reason: a stable machine code and a Norwegian sentence that cites the facts. */
public record Arsak(Arsakskode kode, String tekst) {
}
