package no.legevakttilskudd.felles;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import no.legevakttilskudd.felles.problem.ProblemException;

/**
 * CSV in and out. In: what people upload, UTF-8 with or without BOM, comma or semicolon, fields optionally in double
 * quotes, read by Commons CSV. Out: what Excel opens right with Norwegian letters, UTF-8 with BOM, semicolons and CRLF,
 * written here, because each text cell needs the formula-injection guard of {@link #tekst} (see docs/architecture.md).
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    /** Without it Excel reads UTF-8 as the Windows code page and æøå come out wrong. */
    public static final String BOM = "\uFEFF";
    public static final String LINJESKIFT = "\r\n";

    private Csv() {
    }

    /** Quotes a field when it holds a separator, a quote or a line break, as Excel expects; null is an empty field. */
    public static String felt(String verdi) {
        return felt(verdi, ';');
    }

    /** As {@link #felt(String)}, for a file with another separator (the comma of a standard's own CSV). */
    public static String felt(String verdi, char skille) {
        if (verdi == null) {
            return "";
        }
        if (verdi.indexOf(skille) < 0 && verdi.indexOf('"') < 0 && verdi.indexOf('\n') < 0 && verdi.indexOf('\r') < 0) {
            return verdi;
        }
        return '"' + verdi.replace("\"", "\"\"") + '"';
    }

    /** As {@link #tekst(String, char)}, for the semicolon files. */
    public static String tekst(String verdi) {
        return tekst(verdi, ';');
    }

    /**
     * A text cell that a spreadsheet must show as text: one starting with {@code = + - @}, a tab or a carriage return
     * gets a leading apostrophe, so Excel and LibreOffice never run it as a formula (CSV injection). Only for text:
     * numbers are written as they are, so a negative amount stays a number.
     */
    public static String tekst(String verdi, char skille) {
        if (verdi != null && !verdi.isEmpty() && "=+-@\t\r".indexOf(verdi.charAt(0)) >= 0) {
            return felt("'" + verdi, skille);
        }
        return felt(verdi, skille);
    }

    /** A decimal as Norwegian Excel reads it: decimal comma, no thousands separator; null is an empty field. */
    public static String desimal(BigDecimal verdi) {
        return verdi == null ? "" : verdi.toPlainString().replace('.', ',');
    }

    /**
     * An uploaded file: the header and the records after it, read with Commons CSV (quoted fields may hold separators,
     * quotes written as "" and line breaks). A BOM is dropped, and the separator is a semicolon if the first line
     * has one, else a comma. Records are parsed as the caller asks for them, so its row limit also stops the reading.
     * A quote that is never closed is a 400 naming the line where its record starts.
     */
    public static Tabell les(String tekst) {
        String utenBom = tekst.replace(BOM, "");
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(skilletegn(utenBom.lines().findFirst().orElse("")))
                // A blank line is a record of its own, so each record's line can be told; callers skip it.
                .setIgnoreEmptyLines(false)
                // So that a quote after a space (a; "b;c") still opens a quoted field; callers strip values anyway.
                .setIgnoreSurroundingSpaces(true)
                // "a"b reads as ab, as it did before Commons CSV, instead of refusing the whole file.
                .setTrailingData(true)
                .get();
        try {
            return new Tabell(CSVParser.builder().setReader(new StringReader(utenBom)).setFormat(format).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The separator a header line uses: semicolon if it has one, else comma. */
    private static char skilletegn(String overskrift) {
        return overskrift.indexOf(';') >= 0 ? ';' : ',';
    }

    /** One record and the file line it starts on; a quoted line break makes it span more lines. */
    public record Rad(int linje, List<String> felter) {

        /** A line with nothing but white space, which readers skip. */
        public boolean erTom() {
            return felter.size() == 1 && felter.get(0).isBlank();
        }
    }

    /** The header of an uploaded file and, read once and in order, its records after the header. */
    public static final class Tabell implements Iterable<Rad> {

        private final CSVParser parser;
        private final Iterator<CSVRecord> poster;
        private final List<String> overskrift;
        private final Map<String, Integer> kolonner = new HashMap<>();
        private Rad neste;

        private Tabell(CSVParser parser) {
            this.parser = parser;
            this.poster = parser.iterator();
            this.overskrift = hasNext() ? next().felter() : List.of();
            for (int i = 0; i < overskrift.size(); i++) {
                kolonner.put(overskrift.get(i).strip().toLowerCase(), i);
            }
        }

        public List<String> overskrift() {
            return overskrift;
        }

        /** Whether the header names the column, ignoring case and surrounding white space. */
        public boolean harKolonne(String navn) {
            return kolonner.containsKey(navn);
        }

        /** The record's value in the named column, without surrounding white space; empty when the column or field is missing. */
        public String verdi(Rad rad, String kolonne) {
            Integer indeks = kolonner.get(kolonne);
            return indeks == null || indeks >= rad.felter().size() ? "" : rad.felter().get(indeks).strip();
        }

        @Override
        public Iterator<Rad> iterator() {
            return new Iterator<>() {

                @Override
                public boolean hasNext() {
                    return Tabell.this.hasNext();
                }

                @Override
                public Rad next() {
                    return Tabell.this.next();
                }
            };
        }

        private boolean hasNext() {
            if (neste == null) {
                // Before parsing, the parser has counted the line breaks up to the end of the previous record.
                int linje = Math.toIntExact(parser.getCurrentLineNumber() + 1);
                try {
                    if (poster.hasNext()) {
                        neste = new Rad(linje, poster.next().toList());
                    }
                } catch (UncheckedIOException e) {
                    // The field names the line, as for every other error in a file; pages put it before the message.
                    throw ProblemException.valideringsfeil("linje " + linje, "Anførselstegnene går ikke opp fra denne linjen: "
                            + "et felt som begynner med \" må slutte med \", og \" inne i et felt skrives \"\".");
                }
            }
            return neste != null;
        }

        private Rad next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Rad rad = neste;
            neste = null;
            return rad;
        }
    }
}
