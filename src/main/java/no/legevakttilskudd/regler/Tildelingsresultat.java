package no.legevakttilskudd.regler;

import java.util.List;

/**
 * The whole allocation: every application in priority order (eligible first, then the rest), the totals and the
 * waiting list. Carries the rule version and the parameters, so a decision can be re-checked years later.
 */
public record Tildelingsresultat(String regelversjon, Regelparametre parametre, List<Tildeling> tildelinger, long sumOmsokt,
        long sumTildelt, long rammeIgjen, List<String> venteliste) {
}
