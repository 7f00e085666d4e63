package no.legevakttilskudd.felles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV in and out. In: what people upload, UTF-8 with or without BOM, comma or semicolon, fields optionally in double
 * quotes. Out: what Excel opens right with Norwegian letters, UTF-8 with BOM, semicolons and CRLF.
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

    /** The lines of a file, without a BOM, split on LF or CRLF. */
    public static String[] linjer(String tekst) {
        return tekst.replace(BOM, "").split("\r?\n", -1);
    }

    /** The separator a header line uses: semicolon if it has one, else comma. */
    public static char skilletegn(String overskrift) {
        return overskrift.indexOf(';') >= 0 ? ';' : ',';
    }

    /** One line into fields; double quotes may wrap a field and "" is a quote inside it. */
    public static List<String> felter(String linje, char skille) {
        List<String> felter = new ArrayList<>();
        StringBuilder felt = new StringBuilder();
        boolean iAnforsel = false;
        for (int i = 0; i < linje.length(); i++) {
            char c = linje.charAt(i);
            if (iAnforsel) {
                if (c == '"' && i + 1 < linje.length() && linje.charAt(i + 1) == '"') {
                    felt.append('"');
                    i++;
                } else if (c == '"') {
                    iAnforsel = false;
                } else {
                    felt.append(c);
                }
            } else if (c == '"') {
                iAnforsel = true;
            } else if (c == skille) {
                felter.add(felt.toString());
                felt.setLength(0);
            } else {
                felt.append(c);
            }
        }
        felter.add(felt.toString());
        return felter;
    }
}
