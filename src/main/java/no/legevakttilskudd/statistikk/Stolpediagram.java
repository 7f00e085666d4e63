package no.legevakttilskudd.statistikk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Horizontal bar charts as inline SVG, drawn on the server: no script, no library, and no style attributes (the CSP
 * forbids inline style), only SVG presentation attributes. Each bar is a row of its own, label and value as text above
 * the bar, so nothing depends on the width of the screen: bar lengths are percentages of the chart's width and the
 * text keeps its size. The chart has role="img" with a title and a description that names every bar and its value,
 * so a screen reader gets the whole chart as text; the table beside it has the same numbers.
 *
 * <p>Up to two series, stacked: the first solid, the second hatched with an outline, so colour is never the only
 * difference, and both have more than 3:1 contrast against the white page (WCAG 1.4.11).
 */
public final class Stolpediagram {

    /** Designsystemet's blue, 6.1:1 against white. */
    static final String FYLL = "#0062BA";
    /** Dark brown for the hatching and outline of the second series, 6.8:1 against white. */
    static final String SKRAVUR = "#8A4B00";

    /** Text size in px, fixed: the rows' heights are laid out for it. */
    private static final int SKRIFT = 14;
    private static final int LINJE = 20;
    private static final int STOLPE = 18;
    private static final int MELLOMROM = 16;
    /** Characters on a line of text: about 260 px at 14 px, so a chart fits the 288 px a 320 px screen leaves. */
    private static final int MAKS_TEGN = 30;
    /** A space where a line may break: not inside "1 500 000 kr". */
    private static final Pattern MELLOM_ORD = Pattern.compile("(?<!\\d) | (?!\\d|kr\\b)");
    private static final BigDecimal HUNDRE = BigDecimal.valueOf(100);
    /** A bar with a value above zero stays visible, however small next to the largest. */
    private static final BigDecimal MINSTE_BREDDE = new BigDecimal("0.5");

    /**
     * One bar.
     *
     * @param verdier    one value per series, stacked in the series' order; none negative
     * @param verditekst the values as a person reads them, e.g. "600 000 kr tildelt av 1 000 000 kr søkt"
     */
    public record Stolpe(String etikett, List<Long> verdier, String verditekst) {
    }

    private Stolpediagram() {
    }

    /**
     * @param id          unique on the page; prefixes the ids inside the chart
     * @param beskrivelse what the bars show, before each bar's own text in the description
     * @param serier      the series' names for the legend; a single series needs no legend
     */
    public static String svg(String id, String tittel, String beskrivelse, List<String> serier, List<Stolpe> stolper) {
        if (serier.isEmpty() || serier.size() > 2) {
            throw new IllegalArgumentException("Et stolpediagram har én eller to serier, ikke " + serier.size());
        }
        long storste = stolper.stream().mapToLong(s -> sum(s, serier.size())).max().orElse(0);
        StringBuilder innhold = new StringBuilder();
        int y = 0;
        if (serier.size() > 1) {
            for (int i = 0; i < serier.size(); i++) {
                innhold.append("<rect x=\"0\" y=\"").append(y + 3).append("\" width=\"14\" height=\"14\"").append(fyll(id, i)).append("/>")
                        .append("<text x=\"20\" y=\"").append(y + 15).append("\" fill=\"currentColor\">").append(escape(serier.get(i)))
                        .append("</text>");
                y += LINJE + 2;
            }
            y += MELLOMROM / 2;
        }
        StringBuilder tekst = new StringBuilder(beskrivelse);
        for (Stolpe stolpe : stolper) {
            tekst.append(' ').append(stolpe.etikett()).append(": ").append(stolpe.verditekst()).append('.');
            for (String linje : linjer(stolpe.etikett())) {
                innhold.append("<text x=\"0\" y=\"").append(y + 15).append("\" fill=\"currentColor\" font-weight=\"600\">")
                        .append(escape(linje)).append("</text>");
                y += LINJE;
            }
            for (String linje : linjer(stolpe.verditekst())) {
                innhold.append("<text x=\"0\" y=\"").append(y + 15).append("\" fill=\"currentColor\">").append(escape(linje))
                        .append("</text>");
                y += LINJE;
            }
            y += 2;
            BigDecimal x = BigDecimal.ZERO;
            for (int i = 0; i < serier.size(); i++) {
                long verdi = i < stolpe.verdier().size() ? stolpe.verdier().get(i) : 0;
                if (verdi <= 0) {
                    continue;
                }
                BigDecimal bredde = BigDecimal.valueOf(verdi).multiply(HUNDRE).divide(BigDecimal.valueOf(storste), 2, RoundingMode.HALF_UP)
                        .max(MINSTE_BREDDE).min(HUNDRE.subtract(x));
                innhold.append("<rect x=\"").append(x.toPlainString()).append("%\" y=\"").append(y).append("\" width=\"")
                        .append(bredde.toPlainString()).append("%\" height=\"").append(STOLPE).append('"').append(fyll(id, i)).append("/>");
                x = x.add(bredde);
            }
            y += STOLPE + MELLOMROM;
        }
        String forstavelse = escape(id);
        StringBuilder svg = new StringBuilder(innhold.length() + 600);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" width=\"100%\" height=\"").append(y)
                .append("\" font-size=\"").append(SKRIFT).append("\" role=\"img\" aria-labelledby=\"").append(forstavelse).append("-tittel ")
                .append(forstavelse).append("-beskrivelse\">")
                .append("<title id=\"").append(forstavelse).append("-tittel\">").append(escape(tittel)).append("</title>")
                .append("<desc id=\"").append(forstavelse).append("-beskrivelse\">").append(escape(tekst.toString())).append("</desc>");
        if (serier.size() > 1) {
            svg.append("<defs><pattern id=\"").append(forstavelse).append("-skravur\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" ")
                    .append("patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#FFFFFF\"/><rect width=\"3\" height=\"6\" ")
                    .append("fill=\"").append(SKRAVUR).append("\"/></pattern></defs>");
        }
        return svg.append(innhold).append("</svg>").toString();
    }

    /**
     * Text broken between words into lines that fit a 320 px screen at the page's text size: SVG text does not wrap
     * by itself, and a line wider than the chart would make the whole page scroll sideways. An amount stays whole:
     * no break between its groups of digits or before "kr".
     */
    static List<String> linjer(String tekst) {
        List<String> linjer = new ArrayList<>();
        StringBuilder linje = new StringBuilder();
        for (String ord : MELLOM_ORD.split(tekst)) {
            if (linje.length() > 0 && linje.length() + 1 + ord.length() > MAKS_TEGN) {
                linjer.add(linje.toString());
                linje.setLength(0);
            }
            linje.append(linje.length() > 0 ? " " : "").append(ord);
        }
        linjer.add(linje.toString());
        return linjer;
    }

    private static long sum(Stolpe stolpe, int serier) {
        long sum = 0;
        for (int i = 0; i < serier && i < stolpe.verdier().size(); i++) {
            if (stolpe.verdier().get(i) < 0) {
                throw new IllegalArgumentException("Negativ verdi i «" + stolpe.etikett() + "»");
            }
            sum += stolpe.verdier().get(i);
        }
        return sum;
    }

    private static String fyll(String id, int serie) {
        return serie == 0 ? " fill=\"" + FYLL + "\""
                : " fill=\"url(#" + escape(id) + "-skravur)\" stroke=\"" + SKRAVUR + "\" stroke-width=\"1.5\"";
    }

    /** Text and attribute values; the same five characters as Qute escapes in HTML. */
    static String escape(String tekst) {
        StringBuilder ut = new StringBuilder(tekst.length() + 16);
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            switch (c) {
                case '&' -> ut.append("&amp;");
                case '<' -> ut.append("&lt;");
                case '>' -> ut.append("&gt;");
                case '"' -> ut.append("&quot;");
                case '\'' -> ut.append("&#39;");
                default -> ut.append(c);
            }
        }
        return ut.toString();
    }
}
