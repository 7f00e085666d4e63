package no.legevakttilskudd.regler;

import java.util.List;

/**
 * The result for one application.
 *
 * @param rekkefolge       position in the priority order, from 1; null for applications outside it (not eligible, late)
 * @param prioritetsgruppe 1 for a legevakt of one or two kommuner, 2 for three or more
 * @param tildelt          whole NOK awarded (0 unless INNVILGET or DELVIS_INNVILGET)
 */
public record Tildeling(String referanse, String kommunenummer, Integer rekkefolge, int prioritetsgruppe, boolean kvalifisert,
        long omsokt, long tildelt, Tildelingsstatus status, List<Arsak> arsaker) {
}
