package no.legevakttilskudd.habilitet;

import java.util.List;

/**
 * Habilitet in one case as the case page shows it, decided by {@link HabilitetService#oversikt}.
 *
 * @param gjeldende the declarations in force, everyone's
 * @param trukne the withdrawn ones, with their reasons
 * @param egen the viewer's own declaration in force, which they may withdraw; null when none
 * @param kanErklaere the viewer may declare themselves disqualified now
 */
public record Habilitetsoversikt(List<Habilitetserklaring> gjeldende, List<Habilitetserklaring> trukne, Habilitetserklaring egen,
        boolean kanErklaere) {

    public boolean erTom() {
        return gjeldende.isEmpty() && trukne.isEmpty();
    }
}
