package no.legevakttilskudd.vedtak.grunnlag;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import no.legevakttilskudd.regler.Beregningsgrunnlag;
import no.legevakttilskudd.regler.Kommunefakta;
import no.legevakttilskudd.regler.Regelparametre;
import no.legevakttilskudd.regler.Soknadsgrunnlag;
import no.legevakttilskudd.regler.Tildeling;
import no.legevakttilskudd.regler.Tildelingsregler;

/**
 * A real basis for a decision a test writes with SQL (to date it in the past), so that every page reading it works as
 * for a decision proposed through the service.
 */
public final class Testgrunnlag {

    private Testgrunnlag() {
    }

    /** Værøy-like facts (class 6, 683 inhabitants), the 2022 parameters, 900 000 kr asked. */
    public static Vedtaksgrunnlag eksempel(String kommunenummer) {
        Regelparametre parametre = Regelparametre.standard2022();
        Kommunefakta kommune = new Kommunefakta(kommunenummer, "Testkommune", 6, 366, 683, 2024);
        Soknadsgrunnlag soknad = new Soknadsgrunnlag("LV-2030-0001", kommunenummer, List.of(kommunenummer), 900_000, null,
                Instant.parse("2030-03-01T09:00:00Z"), null);
        Tildeling resultat = Tildelingsregler.beregn(parametre, Map.of(kommunenummer, kommune), List.of(soknad)).tildelinger().get(0);
        return new Vedtaksgrunnlag(Vedtaksgrunnlag.FORMAT, Tildelingsregler.VERSJON, Instant.parse("2030-06-01T08:00:00Z"), 1, 1,
                "SSB (test)", new Beregningsgrunnlag(parametre, kommune, soknad, resultat.rammeForan()), resultat, 1, List.of());
    }

    public static String json(String kommunenummer) {
        return eksempel(kommunenummer).tilJson();
    }
}
