package no.legevakttilskudd.statistikk.eksport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import no.legevakttilskudd.felles.Csv;

/**
 * The 360Giving flat CSV: one row per grant under the standard's column titles, comma-separated with a decimal point as
 * the standard's spreadsheets are. UTF-8 with a BOM like the other CSV, so Excel opens æøå and Sami letters right; the
 * standard's own tools read UTF-8 with a BOM too (the first title stays «Identifier»). Text cells get the same formula
 * protection as the other CSV.
 */
final class Giving360Csv {

    private static final char SKILLE = ',';

    private Giving360Csv() {
    }

    static void skriv(Stream<Tildelingsrad> rader, Giving360.Utgiver utgiver, OutputStream ut) throws IOException {
        Writer skriver = new BufferedWriter(new OutputStreamWriter(ut, StandardCharsets.UTF_8), 1 << 16);
        skriver.write(Csv.BOM);
        linje(skriver, Giving360.KOLONNER.stream().map(tittel -> Csv.felt(tittel, SKILLE)).toList());
        for (Iterator<Tildelingsrad> i = rader.iterator(); i.hasNext();) {
            Giving360.Tilskudd t = Giving360.fra(i.next(), utgiver);
            linje(skriver, List.of(tekst(t.id()), tekst(t.tittel()), tekst(t.beskrivelse()), Giving360.VALUTA, Long.toString(t.omsokt()),
                    Long.toString(t.tildelt()), t.tildelingsdato().toString(), tekst(t.mottakerId()), tekst(t.mottakerNavn()),
                    tekst(utgiver.id()), tekst(utgiver.navn()), tekst(t.programKode()), tekst(t.programTittel()), tekst(t.stedNavn()),
                    Giving360.LAND, tekst(t.stedKode()), Giving360.KODETYPE, Giving360.APEN_UTLYSNING, Giving360.OMFANG));
        }
        skriver.flush();
    }

    private static String tekst(String verdi) {
        return Csv.tekst(verdi, SKILLE);
    }

    private static void linje(Writer skriver, List<String> felter) throws IOException {
        skriver.write(String.join(String.valueOf(SKILLE), felter));
        skriver.write(Csv.LINJESKIFT);
    }
}
