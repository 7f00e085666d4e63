package no.legevakttilskudd.statistikk.eksport;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.legevakttilskudd.felles.web.Kodeord;

/**
 * A column of the award exports. CSV, XLSX and JSON are written from this one list, so the three always have the same
 * fields in the same order. JSON is for programs: its keys are {@code navn} and its values the codes. CSV and XLSX are
 * opened by people: their headers are {@code overskrift} and codes are words ({@link #forMennesker}).
 *
 * @param bredde      the XLSX column width in characters: fixed, because measuring every cell (autosize) reads the
 *                    whole sheet and is what makes large XLSX files slow
 * @param kodefamilie the family of the codes in this column ({@link Kodeord}), or null when it holds no codes
 */
record Kolonne(String navn, String overskrift, Type type, int bredde, Function<Tildelingsrad, Object> verdi, String kodefamilie) {

    Kolonne(String navn, String overskrift, Type type, int bredde, Function<Tildelingsrad, Object> verdi) {
        this(navn, overskrift, type, bredde, verdi, null);
    }

    /** The value as a person reads it: codes as words, a list as one text. */
    Object forMennesker(Tildelingsrad rad) {
        Object verdi = this.verdi.apply(rad);
        if (verdi == null || kodefamilie == null) {
            return type == Type.LISTE && verdi != null ? liste(verdi) : verdi;
        }
        if (verdi instanceof List<?> koder) {
            return koder.stream().map(k -> Kodeord.ord(kodefamilie, String.valueOf(k), Kodeord.BOKMAL)).collect(Collectors.joining(", "));
        }
        return Kodeord.ord(kodefamilie, String.valueOf(verdi), Kodeord.BOKMAL);
    }

    /** How a value is written; the XLSX number format is Excel's own (it shows the user's separators). */
    enum Type {
        TEKST(null), TALL("0"), BELOP("#,##0"), PROSENT("0.0"), DESIMAL("#,##0.00"), DATO("yyyy-mm-dd"), LISTE(null);

        final String tallformat;

        Type(String tallformat) {
            this.tallformat = tallformat;
        }
    }

    static final List<Kolonne> TILDELINGER = List.of(
            new Kolonne("vedtakId", "Vedtak", Type.TALL, 9, Tildelingsrad::vedtakId),
            new Kolonne("erstatterVedtakId", "Erstatter vedtak", Type.TALL, 9, Tildelingsrad::erstatter),
            new Kolonne("utlysningId", "Utlysning-ID", Type.TALL, 9, Tildelingsrad::utlysningId),
            new Kolonne("utlysningAar", "År", Type.TALL, 9, Tildelingsrad::utlysningAar),
            new Kolonne("utlysningTittel", "Utlysning", Type.TEKST, 40, Tildelingsrad::utlysningTittel),
            new Kolonne("referanse", "Referanse", Type.TEKST, 14, Tildelingsrad::referanse),
            new Kolonne("kommunenummer", "Kommunenummer", Type.TEKST, 9, Tildelingsrad::kommunenummer),
            new Kolonne("kommunenavn", "Kommune", Type.TEKST, 22, Tildelingsrad::kommunenavn),
            new Kolonne("fylke", "Fylke", Type.TEKST, 16, Tildelingsrad::fylke),
            new Kolonne("sentralitetsklasse", "Sentralitetsklasse", Type.TALL, 9, Tildelingsrad::sentralitetsklasse),
            new Kolonne("folketall", "Folketall", Type.BELOP, 10, Tildelingsrad::folketall),
            new Kolonne("folketallAar", "Folketall per 1. januar", Type.TALL, 9, Tildelingsrad::folketallAar),
            new Kolonne("organisasjonsnummer", "Organisasjonsnummer", Type.TEKST, 12, Tildelingsrad::organisasjonsnummer),
            new Kolonne("utfall", "Utfall", Type.TEKST, 18, Tildelingsrad::utfall, "Utfall"),
            new Kolonne("omsokt", "Omsøkt (kr)", Type.BELOP, 12, Tildelingsrad::omsokt),
            new Kolonne("tildelt", "Tildelt (kr)", Type.BELOP, 12, Tildelingsrad::tildelt),
            new Kolonne("utbetalt", "Utbetalt (kr)", Type.BELOP, 12, Tildelingsrad::utbetalt),
            new Kolonne("tilbakebetalt", "Tilbakebetalt (kr)", Type.BELOP, 12, Tildelingsrad::tilbakebetalt),
            new Kolonne("netto", "Netto (kr)", Type.BELOP, 12, Tildelingsrad::netto),
            new Kolonne("prosentAvOmsokt", "Prosent av omsøkt", Type.PROSENT, 9, Tildelingsrad::prosentAvOmsokt),
            new Kolonne("kronerPerInnbygger", "Kroner per innbygger", Type.DESIMAL, 11, Tildelingsrad::kronerPerInnbygger),
            new Kolonne("soknadSendt", "Søknad sendt", Type.DATO, 11, Tildelingsrad::soknadSendt),
            new Kolonne("vedtaksdato", "Vedtaksdato", Type.DATO, 11, Tildelingsrad::vedtaksdato),
            new Kolonne("tiltakskategorier", "Tiltakskategorier", Type.LISTE, 30, Tildelingsrad::tiltakskategorier, "TiltakKategori"),
            new Kolonne("formal", "Formål", Type.TEKST, 60, Tildelingsrad::formal));

    /** A list in one spreadsheet cell, separated by commas. */
    static String liste(Object verdi) {
        return ((List<?>) verdi).stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
