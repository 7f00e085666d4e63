package no.legevakttilskudd.regler;

import java.util.List;
import java.util.Map;

/**
 * Everything the rules used for one application in one run, so that the result can be computed again from it alone
 * years later: the call's parameters, the registry facts, the application as the rules saw it, and what was left of
 * the frame when the walk of §4.5 reached it. The rest of the round enters only through {@code rammeForan}: with it, a
 * run on this application alone gives the same result as the whole round gave (only the position in the order is
 * not recomputed, because it depends on the other applications).
 *
 * @param rammeForan what was left of the frame when the walk reached the application, or null when it was outside the
 *                   walk (then the frame plays no part in its result)
 */
public record Beregningsgrunnlag(Regelparametre parametre, Kommunefakta kommune, Soknadsgrunnlag soknad, Long rammeForan) {

    public Beregningsgrunnlag {
        if (parametre == null || kommune == null || soknad == null) {
            throw new IllegalArgumentException("Grunnlaget må ha parametre, kommunefakta og søknad");
        }
        if (!kommune.kommunenummer().equals(soknad.kommunenummer())) {
            throw new IllegalArgumentException("Kommunefaktaene gjelder " + kommune.kommunenummer() + ", søknaden "
                    + soknad.kommunenummer());
        }
        if (soknad.fastVedtak() != null) {
            // A decision already made is an outcome, not an input: its basis is the run that led to it.
            throw new IllegalArgumentException("Grunnlaget for et vedtak kan ikke bygge på et vedtak som alt er fattet");
        }
    }

    /** This application's result under the rules of this build, computed from this basis alone. */
    public Tildeling beregn() {
        Regelparametre medRammen = rammeForan == null ? parametre : parametre.medRamme(rammeForan);
        return Tildelingsregler.beregn(medRammen, Map.of(kommune.kommunenummer(), kommune), List.of(soknad)).tildelinger().get(0);
    }
}
