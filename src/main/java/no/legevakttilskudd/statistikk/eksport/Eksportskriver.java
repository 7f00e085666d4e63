package no.legevakttilskudd.statistikk.eksport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Stream;

/** Writes a stream of awards to a file format, row by row as they come, and flushes; it never closes the stream. */
@FunctionalInterface
public interface Eksportskriver {

    void skriv(Stream<Tildelingsrad> rader, OutputStream ut) throws IOException;
}
