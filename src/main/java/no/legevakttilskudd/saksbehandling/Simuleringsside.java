package no.legevakttilskudd.saksbehandling;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.regler.Marginalregel;
import no.legevakttilskudd.tildeling.SimuleringInput;
import no.legevakttilskudd.tildeling.Simuleringssammenligning;
import no.legevakttilskudd.tildeling.TildelingDto;
import no.legevakttilskudd.tildeling.TildelingService;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.Rammepott;
import no.legevakttilskudd.utlysning.UtlysningService;

/** The simulation page: the call's parameters to try other values for, today's result and the simulated one side by side. */
@ApplicationScoped
public class Simuleringsside {

    /** One checkbox of the class choice. */
    public record Klassevalg(int klasse, boolean valgt) {
    }

    /** The page model of {@code simulering}. */
    public record Side(List<Utlysning> utlysninger, Utlysning utlysning, Skjema skjema, List<Klassevalg> klasser, List<Marginalregel> marginalregler, TildelingDto naa, Simuleringssammenligning sammenligning, String filnavn, boolean bareEndringer) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance simulering(Side side);
    }

    @Inject
    UtlysningService utlysninger;

    @Inject
    Rammepott pott;

    @Inject
    TildelingService tildeling;

    @Inject
    Sprak sprak;

    /** Before a call is chosen: only the choice. */
    TemplateInstance utenUtlysning() {
        return sprak.side(Templates.simulering(new Side(utlysninger.alle(), null, new Skjema(), List.of(), List.of(), null, null, null,
                false)));
    }

    /** A chosen call with its own parameters filled in and today's result. */
    TemplateInstance medUtlysningensParametre(long utlysningId) {
        Utlysning utlysning = utlysninger.hent(utlysningId);
        TildelingDto naa = tildeling.simuler(new SimuleringInput(utlysning.id, null, null), i -> "søknad " + (i + 1) + ", ");
        return side(utlysning.id, Simuleringsskjema.fra(utlysning, pott.ramme(utlysning)), naa, null, null, false);
    }

    TemplateInstance side(long utlysningId, Simuleringsskjema.Lest lest, TildelingDto naa, Simuleringssammenligning sammenligning,
            String filnavn, boolean bareEndringer) {
        TreeSet<Integer> valgte = lest.klasser();
        List<Klassevalg> klasser = IntStream.rangeClosed(1, 6).mapToObj(k -> new Klassevalg(k, valgte.contains(k))).toList();
        return sprak.side(Templates.simulering(new Side(utlysninger.alle(), utlysninger.hent(utlysningId), lest.skjema(), klasser, List.of(Marginalregel.values()), naa,
                sammenligning, filnavn, bareEndringer)));
    }
}
