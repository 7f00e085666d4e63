package no.legevakttilskudd.regler;

import java.util.List;

/**
 * The result for one application.
 *
 * @param rekkefolge       position in the priority order, from 1; null for applications outside it (not eligible, late)
 * @param prioritetsgruppe 1 for a legevakt of one or two kommuner, 2 for three or more
 * @param tildelt          whole NOK awarded (0 unless INNVILGET or DELVIS_INNVILGET)
 * @param beregnet         §4.4's award before the frame is considered: the approved budget or the amount asked, cut to
 *                         the cap; 0 for an application that is not eligible or late
 * @param rammeForan       what was left of the frame when the walk of §4.5 reached the application; null for one outside
 *                         the walk (not eligible, late, refused before the frame, or held by a decision already made)
 */
public record Tildeling(String referanse, String kommunenummer, Integer rekkefolge, int prioritetsgruppe, boolean kvalifisert,
        long omsokt, long tildelt, Tildelingsstatus status, List<Arsak> arsaker, long beregnet, Long rammeForan) {
}
