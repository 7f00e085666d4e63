package no.legevakttilskudd.tildeling;

import java.util.stream.Collectors;

import no.legevakttilskudd.felles.Csv;
import no.legevakttilskudd.regler.Arsak;

/** An allocation as CSV for Excel: UTF-8 with BOM, semicolons, CRLF, one row per application in priority order. */
final class TildelingCsv {

    private static final String OVERSKRIFT = "rekkefolge;referanse;kommunenummer;kommunenavn;prioritetsgruppe;kvalifisert;omsokt;tildelt;"
            + "status;arsakskoder;arsaker";

    private TildelingCsv() {
    }

    static String skriv(TildelingDto resultat) {
        StringBuilder csv = new StringBuilder(Csv.BOM).append(OVERSKRIFT).append(Csv.LINJESKIFT);
        for (TildelingDto.Rad rad : resultat.tildelinger()) {
            csv.append(rad.rekkefolge() == null ? "" : rad.rekkefolge()).append(';')
                    .append(Csv.tekst(rad.referanse())).append(';')
                    .append(rad.kommunenummer()).append(';')
                    .append(Csv.tekst(rad.kommunenavn())).append(';')
                    .append(rad.prioritetsgruppe()).append(';')
                    .append(rad.kvalifisert() ? "ja" : "nei").append(';')
                    .append(rad.omsokt()).append(';')
                    .append(rad.tildelt()).append(';')
                    .append(rad.status()).append(';')
                    .append(rad.arsaker().stream().map(a -> a.kode().name()).collect(Collectors.joining(","))).append(';')
                    .append(Csv.tekst(rad.arsaker().stream().map(Arsak::tekst).collect(Collectors.joining(" "))))
                    .append(Csv.LINJESKIFT);
        }
        return csv.toString();
    }
}
