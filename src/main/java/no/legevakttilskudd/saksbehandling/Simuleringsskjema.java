package no.legevakttilskudd.saksbehandling;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Skjemafeil;
import no.legevakttilskudd.felles.web.Tekster;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.regler.Marginalregel;
import no.legevakttilskudd.tildeling.SimuleringInput;
import no.legevakttilskudd.utlysning.Utlysning;

/**
 * The simulation page's parameter form. Fields are named by the API's JSON paths ({@code parametre.tak}), so the
 * range errors of {@code TildelingService} land next to the right field. Only the form's own concern, turning text
 * into numbers, is checked here; the limits are the service's, the same as for the API.
 */
final class Simuleringsskjema {

    static final String KLASSER = "parametre.sentralitetsklasser";
    static final String GRENSE = "parametre.folketallsgrense";
    static final String TAK = "parametre.tak";
    static final String MINSTEBELOP = "parametre.minstebelop";
    static final String RAMME = "parametre.ramme";
    static final String MARGINAL = "parametre.marginal";
    static final String FIL = "fil";

    /** What was read: the form as typed, the checked classes, and the parameters when every field could be read. */
    record Lest(Skjema skjema, TreeSet<Integer> klasser, SimuleringInput.Parametre parametre) {
    }

    private Simuleringsskjema() {
    }

    /** The call's own parameters: the baseline, and where the user starts changing ({@code ramme}: the frame in use now). */
    static Lest fra(Utlysning utlysning, long ramme) {
        Skjema skjema = new Skjema()
                .verdi(GRENSE, utlysning.folketallsgrense)
                .verdi(TAK, utlysning.tak)
                .verdi(MINSTEBELOP, utlysning.minstebelop)
                .verdi(RAMME, ramme)
                .verdi(MARGINAL, utlysning.marginal.name());
        return new Lest(skjema, new TreeSet<>(utlysning.sentralitetsklasser()), null);
    }

    static Lest les(List<String> klasser, String grense, String tak, String minstebelop, String ramme, String marginal, Tekster tekster) {
        Skjema skjema = new Skjema().verdi(GRENSE, grense).verdi(TAK, tak).verdi(MINSTEBELOP, minstebelop).verdi(RAMME, ramme)
                .verdi(MARGINAL, marginal);
        TreeSet<Integer> valgte = new TreeSet<>();
        for (String klasse : klasser == null ? List.<String>of() : klasser) {
            Long k = Kroner.les(klasse);
            if (k == null || k < 1 || k > 6) {
                skjema.leggTil(Skjemafeil.her(KLASSER, tekster.simulering_feil_klasser()));
                break;
            }
            valgte.add(k.intValue());
        }
        Long grenseTall = tall(skjema, GRENSE, grense, tekster);
        if (grenseTall != null && grenseTall > Integer.MAX_VALUE) {
            skjema.leggTil(Skjemafeil.her(GRENSE, tekster.simulering_feil_heltall()));
        }
        Long takTall = tall(skjema, TAK, tak, tekster);
        Long minsteTall = tall(skjema, MINSTEBELOP, minstebelop, tekster);
        Long rammeTall = tall(skjema, RAMME, ramme, tekster);
        Marginalregel regel = null;
        try {
            regel = Marginalregel.valueOf(marginal == null ? "" : marginal.strip());
        } catch (IllegalArgumentException e) {
            skjema.leggTil(Skjemafeil.her(MARGINAL, tekster.simulering_feil_marginal()));
        }
        if (skjema.harFeil()) {
            return new Lest(skjema, valgte, null);
        }
        return new Lest(skjema, valgte, new SimuleringInput.Parametre(new ArrayList<>(valgte), grenseTall.intValue(), null, takTall,
                minsteTall, rammeTall, regel, null));
    }

    private static Long tall(Skjema skjema, String felt, String verdi, Tekster tekster) {
        Long tall = Kroner.les(verdi);
        if (tall == null) {
            skjema.leggTil(Skjemafeil.her(felt, tekster.simulering_feil_heltall()));
        }
        return tall;
    }

}
