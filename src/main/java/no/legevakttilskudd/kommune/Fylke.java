package no.legevakttilskudd.kommune;

/** A county as a registry version names it. */
public record Fylke(String nummer, String navn) {
}
