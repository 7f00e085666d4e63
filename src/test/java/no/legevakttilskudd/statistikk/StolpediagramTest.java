package no.legevakttilskudd.statistikk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The SVG helper alone: a text alternative with every value, lengths relative to the largest bar, and escaping. */
class StolpediagramTest {

    private static final List<String> TO_SERIER = List.of("Tildelt", "Søkt, ikke tildelt");

    @Test
    void diagrammetErEtBildeMedTittelOgEnBeskrivelseSomNevnerHverStolpe() {
        String svg = Stolpediagram.svg("diagram-fylker", "Per fylke", "Hver stolpe er det som er søkt.", TO_SERIER, List.of(
                new Stolpediagram.Stolpe("Nordland", List.of(1_150_000L, 1_000_000L), "1 150 000 kr tildelt av 2 150 000 kr søkt"),
                new Stolpediagram.Stolpe("Finnmark", List.of(0L, 1_600_000L), "0 kr tildelt av 1 600 000 kr søkt")));

        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram\" width=\"100%\""), svg);
        assertTrue(svg.contains("role=\"img\" aria-labelledby=\"diagram-fylker-tittel diagram-fylker-beskrivelse\""), svg);
        assertTrue(svg.contains("<title id=\"diagram-fylker-tittel\">Per fylke</title>"), svg);
        assertTrue(svg.contains("<desc id=\"diagram-fylker-beskrivelse\">Hver stolpe er det som er søkt. Nordland: 1 150 000 kr tildelt av "
                + "2 150 000 kr søkt. Finnmark: 0 kr tildelt av 1 600 000 kr søkt.</desc>"), svg);
        // A legend in words, and the second series hatched with an outline: colour is not the only difference.
        assertTrue(svg.contains(">Tildelt</text>") && svg.contains(">Søkt, ikke tildelt</text>"), svg);
        assertTrue(svg.contains("<pattern id=\"diagram-fylker-skravur\""), svg);
        assertFalse(svg.contains("style="), "CSP-en forbyr inline stil");

        // Nordland is the longest bar (2 150 000): its parts share 100 %; Finnmark's 1 600 000 is 74.42 % of it, all hatched.
        List<String> stolper = rektangler(svg, "height=\"18\"");
        assertEquals(List.of("x=\"0%\" width=\"53.49%\" fill=\"#0062BA\"",
                "x=\"53.49%\" width=\"46.51%\" fill=\"url(#diagram-fylker-skravur)\"",
                "x=\"0%\" width=\"74.42%\" fill=\"url(#diagram-fylker-skravur)\""), stolper);
    }

    @Test
    void enSerieHarIngenForklaringOgAlleNullerGirIngenStolper() {
        String svg = Stolpediagram.svg("d", "Kommuner", "Antall.", List.of("Kommuner"), List.of(
                new Stolpediagram.Stolpe("Søkte", List.of(0L), "0 kommuner")));
        assertFalse(svg.contains("<pattern"), svg);
        assertEquals(List.of(), rektangler(svg, "height=\"18\""));
        assertTrue(svg.contains(">Søkte</text>") && svg.contains(">0 kommuner</text>"), svg);
    }

    @Test
    void langTekstBrytesMellomOrdSaDiagrammetFarPlassPaSmalSkjerm() {
        assertEquals(List.of("Gruppe 2: legevakt for tre", "eller flere kommuner"),
                Stolpediagram.linjer("Gruppe 2: legevakt for tre eller flere kommuner"));
        assertEquals(List.of("Nordland"), Stolpediagram.linjer("Nordland"));
        assertEquals(List.of("Et-ord-som-er-lengre-enn-en-hel-linje", "og så litt"),
                Stolpediagram.linjer("Et-ord-som-er-lengre-enn-en-hel-linje og så litt"));
        String svg = Stolpediagram.svg("d", "t", "b", List.of("a"), List.of(new Stolpediagram.Stolpe(
                "Gruppe 2: legevakt for tre eller flere kommuner", List.of(1L), "600 000 kr tildelt av 1 650 000 kr søkt")));
        assertTrue(svg.contains(">Gruppe 2: legevakt for tre</text>") && svg.contains(">eller flere kommuner</text>"), svg);
        // An amount is never split.
        assertTrue(svg.contains(">600 000 kr tildelt av</text>") && svg.contains(">1 650 000 kr søkt</text>"), svg);
    }

    @Test
    void tekstOgIdErEscapet() {
        String farlig = "<script>alert('x')</script> & \"q\"";
        String svg = Stolpediagram.svg("a\"b", farlig, farlig, List.of(farlig), List.of(new Stolpediagram.Stolpe(farlig, List.of(1L), farlig)));
        assertFalse(svg.contains("<script>"), svg);
        assertFalse(svg.contains("a\"b"), svg);
        assertTrue(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"), svg);
        assertTrue(svg.contains("id=\"a&quot;b-tittel\""), svg);
    }

    @Test
    void negativeVerdierOgForMangeSerierAvvises() {
        assertThrows(IllegalArgumentException.class, () -> Stolpediagram.svg("d", "t", "b", List.of("a"),
                List.of(new Stolpediagram.Stolpe("x", List.of(-1L), "-1"))));
        assertThrows(IllegalArgumentException.class, () -> Stolpediagram.svg("d", "t", "b", List.of("a", "b", "c"), List.of()));
    }

    /** The bars' position, length and fill, in order; the legend's swatches are 14 high and left out. */
    private static List<String> rektangler(String svg, String hoyde) {
        Matcher m = Pattern.compile("<rect x=\"([^\"]+)\" y=\"\\d+\" width=\"([^\"]+)\" " + hoyde + "( fill=\"[^\"]+\")").matcher(svg);
        List<String> funnet = new java.util.ArrayList<>();
        while (m.find()) {
            funnet.add("x=\"" + m.group(1) + "\" width=\"" + m.group(2) + "\"" + m.group(3));
        }
        return funnet;
    }
}
