package no.legevakttilskudd.vedtak.grunnlag;

import java.util.Comparator;
import java.util.List;

import no.legevakttilskudd.soknad.Budsjettlinje;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.soknad.Tiltak;
import no.legevakttilskudd.vurdering.StroketLinje;

/**
 * A budget line the assessment struck, as the decision was proposed on it: the measure and the line, what the kommune
 * wrote, the amount, and why it was struck. Copied into the basis because the assessment is a working document that may
 * change after the decision is sent; the letter must keep saying what this decision was based on.
 *
 * @param tiltak the measure's number in the application, from 1, as the kommune's form counts
 * @param linje  the line's number within the measure, from 1
 */
public record StroketBudsjettlinje(int tiltak, String tiltaksbeskrivelse, int linje, String tekst, long belop, String begrunnelse) {

    /** The struck lines of the assessment, in the application's order, with the application's texts and amounts. */
    public static List<StroketBudsjettlinje> fra(Soknad soknad, List<StroketLinje> strok) {
        return strok.stream()
                .sorted(Comparator.<StroketLinje>comparingInt(s -> s.tiltakNr).thenComparingInt(s -> s.linjeNr))
                .map(s -> {
                    Tiltak tiltak = soknad.tiltak.get(s.tiltakNr);
                    Budsjettlinje linje = tiltak.budsjettlinjer.get(s.linjeNr);
                    return new StroketBudsjettlinje(s.tiltakNr + 1, tiltak.beskrivelse, s.linjeNr + 1, linje.tekst, linje.belop,
                            s.begrunnelse);
                })
                .toList();
    }
}
