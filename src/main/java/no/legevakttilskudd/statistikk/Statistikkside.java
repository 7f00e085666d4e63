package no.legevakttilskudd.statistikk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.quarkus.qute.TemplateExtension;
import no.legevakttilskudd.felles.web.Format;
import no.legevakttilskudd.felles.web.Kodeord;
import no.legevakttilskudd.regler.Kroner;

/**
 * The dashboard's charts and tables, made from the figures in the page's language: each breakdown with its rows
 * labelled once, so the chart and the table beside it say the same.
 *
 * @param deler           the breakdowns by fylke, class, priority group and population band
 * @param kategorier      the measure categories with their labels, and their chart
 * @param dekning         the chart of eligible, applied and awarded kommuner
 * @param vaktbelastning  the chart of hours per doctor
 * @param eksportSporring "?utlysning=ID" for the download links when a call is chosen, otherwise empty
 */
public record Statistikkside(List<Del> deler, List<Merket<Statistikk.Kategori>> kategorier, String kategoridiagram, String dekning,
        String vaktbelastning, List<Merket<Statistikk.Snitt>> vaktgrupper, String eksportSporring) {

    /**
     * One breakdown of the applications.
     *
     * @param medKvalifiserte whether the rows count eligible kommuner (not for priority groups)
     */
    public record Del(String id, String tittel, String kolonne, String svg, List<Merket<Statistikk.Fordeling>> rader,
            boolean medKvalifiserte) {
    }

    /** A row of figures and its label in the page's language. */
    public record Merket<T>(String etikett, T tall) {
    }

    static Statistikkside lag(Statistikk s, Statistikktekster t, Locale locale) {
        List<String> serier = List.of(t.serie_tildelt(), t.serie_ikke_tildelt());
        List<Del> deler = List.of(
                del("fylker", t.fylker_tittel(), t.kolonne_fylke(), s.fylker(), Statistikk.Fordeling::navn, t, serier, true),
                del("klasser", t.klasser_tittel(), t.kolonne_klasse(), s.sentralitetsklasser(), f -> t.klasse(f.nokkel()), t, serier, true),
                del("grupper", t.grupper_tittel(), t.kolonne_gruppe(), s.prioritetsgrupper(), f -> t.gruppe(f.nokkel()), t, serier, false),
                del("folketall", t.folketall_tittel(), t.kolonne_folketall(), s.folketallsgrupper(), f -> t.folketallsgruppe(f.nokkel()),
                        t, serier, true));

        List<Merket<Statistikk.Kategori>> kategorier = s.tiltakskategorier().stream()
                .map(k -> new Merket<>(Kodeord.ord(k.kategori(), locale), k)).toList();
        String kategoridiagram = Stolpediagram.svg("diagram-kategorier", t.kategorier_tittel(), t.kategori_forklaring(),
                List.of(t.kolonne_omsokt()), kategorier.stream().map(k -> new Stolpediagram.Stolpe(k.etikett(), List.of(k.tall().omsokt()),
                        t.kategori_verdi(Kroner.tekst(k.tall().omsokt()), k.tall().tiltak()))).toList());

        Statistikk.Dekning d = s.kommuner();
        String dekning = Stolpediagram.svg("diagram-dekning", t.dekning_tittel(), t.dekning_forklaring(), List.of(t.kolonne_kommuner()),
                List.of(kommuner(t.dekning_kvalifiserer(), d.kvalifiserte(), t), kommuner(t.dekning_sokte(), d.sokteKvalifiserte(), t),
                        kommuner(t.dekning_fikk(), d.tildelteKvalifiserte(), t)));

        Statistikk.Vaktbelastningstall v = s.vaktbelastning();
        List<Merket<Statistikk.Snitt>> vaktgrupper = List.of(new Merket<>(t.vakt_sokere(), v.sokere()),
                new Merket<>(t.vakt_tildelte(), v.tildelte()), new Merket<>(t.vakt_ikke_tildelte(), v.ikkeTildelte()));
        String vaktbelastning = Stolpediagram.svg("diagram-vaktbelastning", t.vaktbelastning_tittel(), t.vaktbelastning_forklaring(),
                List.of(t.kolonne_timer()), vaktgrupper.stream().map(g -> new Stolpediagram.Stolpe(g.etikett(), List.of(timer(g.tall())),
                        g.tall().timerPerLege() == null ? "–" : t.timer(Format.desimal(g.tall().timerPerLege(), locale)))).toList());

        return new Statistikkside(deler, kategorier, kategoridiagram, dekning, vaktbelastning, vaktgrupper,
                s.utlysningId() == null ? "" : "?utlysning=" + s.utlysningId());
    }

    private static Del del(String id, String tittel, String kolonne, List<Statistikk.Fordeling> fordeling,
            Function<Statistikk.Fordeling, String> etikett, Statistikktekster t, List<String> serier, boolean medKvalifiserte) {
        // A null key is an applicant missing from the call's registry version. A group nobody applied from and where
        // no kommune qualifies says nothing, so it is left out of the table and the chart ("0 kr tildelt av 0 kr søkt").
        List<Merket<Statistikk.Fordeling>> rader = fordeling.stream()
                .filter(f -> f.soknader() > 0 || (f.kvalifiserteKommuner() != null && f.kvalifiserteKommuner() > 0))
                .map(f -> new Merket<>(f.nokkel() == null ? t.ukjent() : etikett.apply(f), f)).toList();
        String svg = Stolpediagram.svg("diagram-" + id, tittel, t.fordeling_forklaring(), serier, rader.stream()
                .filter(r -> r.tall().soknader() > 0)
                .map(r -> new Stolpediagram.Stolpe(r.etikett(), List.of(r.tall().tildelt(), r.tall().ikkeTildelt()),
                        t.tildelt_av_omsokt(Kroner.tekst(r.tall().tildelt()), Kroner.tekst(r.tall().omsokt()))))
                .toList());
        return new Del(id, tittel, kolonne, svg, rader, medKvalifiserte);
    }

    private static Stolpediagram.Stolpe kommuner(String etikett, long antall, Statistikktekster t) {
        return new Stolpediagram.Stolpe(etikett, List.of(antall), t.kommuner(antall));
    }

    /** Whole hours for the bar's length; the text keeps the decimals. */
    private static long timer(Statistikk.Snitt snitt) {
        return snitt.timerPerLege() == null ? 0 : snitt.timerPerLege().setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** {prosent.prosent}: "67,3 %" in Norwegian (with a space that does not break), "67.3%" in English. */
    @TemplateExtension
    static String prosent(BigDecimal prosent, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (prosent == null) {
            return "";
        }
        String tall = prosent.setScale(1, RoundingMode.HALF_UP).toPlainString();
        return locale instanceof Locale l && "en".equals(l.getLanguage()) ? tall + "%" : tall.replace('.', ',') + "\u00a0%";
    }
}
