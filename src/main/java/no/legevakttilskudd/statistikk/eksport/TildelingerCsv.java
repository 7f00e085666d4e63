package no.legevakttilskudd.statistikk.eksport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.legevakttilskudd.felles.Csv;

/**
 * The awards as CSV for a Norwegian Excel: UTF-8 with BOM, semicolons, CRLF, a header row, decimal comma, ISO dates.
 * Text cells are protected against formula injection ({@link Csv#tekst}), since titles and purposes are typed by people.
 */
final class TildelingerCsv {

    private static final char SKILLE = ';';

    private TildelingerCsv() {
    }

    static void skriv(Stream<Tildelingsrad> rader, OutputStream ut) throws IOException {
        Writer skriver = new BufferedWriter(new OutputStreamWriter(ut, StandardCharsets.UTF_8), 1 << 16);
        skriver.write(Csv.BOM);
        skriver.write(Kolonne.TILDELINGER.stream().map(k -> Csv.tekst(k.overskrift(), SKILLE)).collect(Collectors.joining(String.valueOf(SKILLE))));
        skriver.write(Csv.LINJESKIFT);
        // An iterator rather than forEach, so a broken connection surfaces as the IOException it is.
        for (Iterator<Tildelingsrad> i = rader.iterator(); i.hasNext();) {
            Tildelingsrad rad = i.next();
            boolean forste = true;
            for (Kolonne kolonne : Kolonne.TILDELINGER) {
                if (!forste) {
                    skriver.write(SKILLE);
                }
                forste = false;
                skriver.write(celle(kolonne.type(), kolonne.forMennesker(rad)));
            }
            skriver.write(Csv.LINJESKIFT);
        }
        skriver.flush();
    }

    private static String celle(Kolonne.Type type, Object verdi) {
        if (verdi == null) {
            return "";
        }
        return switch (type) {
            case TEKST -> Csv.tekst((String) verdi, SKILLE);
            case LISTE -> Csv.tekst((String) verdi, SKILLE);
            case PROSENT, DESIMAL -> Csv.desimal((BigDecimal) verdi);
            case TALL, BELOP, DATO -> verdi.toString();
        };
    }
}
