package no.legevakttilskudd.tildeling;

import java.util.stream.Collectors;

import no.legevakttilskudd.regler.Arsak;

/** An allocation as CSV for Excel: UTF-8 with BOM, semicolons, CRLF, one row per application in priority order. */
final class TildelingCsv {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final String OVERSKRIFT = "rekkefolge;referanse;kommunenummer;kommunenavn;prioritetsgruppe;kvalifisert;omsokt;tildelt;"
            + "status;arsakskoder;arsaker";

    private TildelingCsv() {
    }

    static String skriv(TildelingDto resultat) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(OVERSKRIFT).append("\r\n");
        for (TildelingDto.Rad rad : resultat.tildelinger()) {
            csv.append(rad.rekkefolge() == null ? "" : rad.rekkefolge()).append(';')
                    .append(felt(rad.referanse())).append(';')
                    .append(rad.kommunenummer()).append(';')
                    .append(felt(rad.kommunenavn())).append(';')
                    .append(rad.prioritetsgruppe()).append(';')
                    .append(rad.kvalifisert() ? "ja" : "nei").append(';')
                    .append(rad.omsokt()).append(';')
                    .append(rad.tildelt()).append(';')
                    .append(rad.status()).append(';')
                    .append(rad.arsaker().stream().map(a -> a.kode().name()).collect(Collectors.joining(","))).append(';')
                    .append(felt(rad.arsaker().stream().map(Arsak::tekst).collect(Collectors.joining(" "))))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** Quotes a field when it holds a separator, a quote or a line break, as Excel expects. */
    private static String felt(String verdi) {
        if (verdi == null) {
            return "";
        }
        if (verdi.indexOf(';') < 0 && verdi.indexOf('"') < 0 && verdi.indexOf('\n') < 0 && verdi.indexOf('\r') < 0) {
            return verdi;
        }
        return '"' + verdi.replace("\"", "\"\"") + '"';
    }
}
