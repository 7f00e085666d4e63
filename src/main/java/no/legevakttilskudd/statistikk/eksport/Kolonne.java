package no.legevakttilskudd.statistikk.eksport;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A column of the award exports. CSV, XLSX and JSON are written from this one list, so the three always have the same
 * fields in the same order, under the same names (the JSON keys are the CSV and XLSX headers).
 *
 * @param bredde the XLSX column width in characters: fixed, because measuring every cell (autosize) reads the whole
 *               sheet and is what makes large XLSX files slow
 */
record Kolonne(String navn, Type type, int bredde, Function<Tildelingsrad, Object> verdi) {

    /** How a value is written; the XLSX number format is Excel's own (it shows the user's separators). */
    enum Type {
        TEKST(null), TALL("0"), BELOP("#,##0"), PROSENT("0.0"), DESIMAL("#,##0.00"), DATO("yyyy-mm-dd"), LISTE(null);

        final String tallformat;

        Type(String tallformat) {
            this.tallformat = tallformat;
        }
    }

    static final List<Kolonne> TILDELINGER = List.of(
            new Kolonne("vedtakId", Type.TALL, 9, Tildelingsrad::vedtakId),
            new Kolonne("erstatterVedtakId", Type.TALL, 9, Tildelingsrad::erstatter),
            new Kolonne("utlysningId", Type.TALL, 9, Tildelingsrad::utlysningId),
            new Kolonne("utlysningAar", Type.TALL, 9, Tildelingsrad::utlysningAar),
            new Kolonne("utlysningTittel", Type.TEKST, 40, Tildelingsrad::utlysningTittel),
            new Kolonne("referanse", Type.TEKST, 14, Tildelingsrad::referanse),
            new Kolonne("kommunenummer", Type.TEKST, 9, Tildelingsrad::kommunenummer),
            new Kolonne("kommunenavn", Type.TEKST, 22, Tildelingsrad::kommunenavn),
            new Kolonne("fylke", Type.TEKST, 16, Tildelingsrad::fylke),
            new Kolonne("sentralitetsklasse", Type.TALL, 9, Tildelingsrad::sentralitetsklasse),
            new Kolonne("folketall", Type.BELOP, 10, Tildelingsrad::folketall),
            new Kolonne("folketallAar", Type.TALL, 9, Tildelingsrad::folketallAar),
            new Kolonne("organisasjonsnummer", Type.TEKST, 12, Tildelingsrad::organisasjonsnummer),
            new Kolonne("utfall", Type.TEKST, 18, Tildelingsrad::utfall),
            new Kolonne("omsokt", Type.BELOP, 12, Tildelingsrad::omsokt),
            new Kolonne("tildelt", Type.BELOP, 12, Tildelingsrad::tildelt),
            new Kolonne("prosentAvOmsokt", Type.PROSENT, 9, Tildelingsrad::prosentAvOmsokt),
            new Kolonne("kronerPerInnbygger", Type.DESIMAL, 11, Tildelingsrad::kronerPerInnbygger),
            new Kolonne("soknadSendt", Type.DATO, 11, Tildelingsrad::soknadSendt),
            new Kolonne("vedtaksdato", Type.DATO, 11, Tildelingsrad::vedtaksdato),
            new Kolonne("tiltakskategorier", Type.LISTE, 30, Tildelingsrad::tiltakskategorier),
            new Kolonne("formal", Type.TEKST, 60, Tildelingsrad::formal));

    /** A list in one spreadsheet cell: the codes separated by commas, as in the simulation's CSV. */
    static String liste(Object verdi) {
        return ((List<?>) verdi).stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
