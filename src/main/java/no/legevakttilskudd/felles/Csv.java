package no.legevakttilskudd.felles;

import java.util.ArrayList;
import java.util.List;

/** Reading the CSV people upload: UTF-8 with or without BOM, comma or semicolon, fields optionally in double quotes. */
public final class Csv {

    private Csv() {
    }

    /** The lines of a file, without a BOM, split on LF or CRLF. */
    public static String[] linjer(String tekst) {
        return tekst.replace("\uFEFF", "").split("\r?\n", -1);
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
