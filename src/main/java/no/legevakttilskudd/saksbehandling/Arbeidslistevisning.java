package no.legevakttilskudd.saksbehandling;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.kommune.Fylke;
import no.legevakttilskudd.saksbehandling.fordeling.Ansatt;
import no.legevakttilskudd.saksbehandling.fordeling.LagretFilter;
import no.legevakttilskudd.saksbehandling.fordeling.LagretFilterService;
import no.legevakttilskudd.saksbehandling.fordeling.SaksfordelingService;
import no.legevakttilskudd.soknad.SoknadStatus;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;

/**
 * The work list as one page model: the list, its filter, the user's saved filters and, for an approver, the form that
 * assigns the chosen cases. The resources that post to the work list draw it again through here.
 */
@ApplicationScoped
public class Arbeidslistevisning {

    static final int PER_SIDE = 25;

    /**
     * The page model of {@code arbeidsliste}.
     *
     * @param saksbehandlere whom the approver may assign cases to; empty for others
     * @param kanFordele the viewer is an approver, who assigns cases
     * @param skjema the assignment or saved-filter form as posted, with its errors
     * @param melding the receipt after a step, as a text key; null when none
     * @param varsel a refusal to show on top (a conflict); null when none
     */
    public record Arbeidslisteside(Utlysning utlysning, ArbeidslisteService.Arbeidsliste liste, Arbeidslistefilter filter,
            List<SoknadStatus> statuser, List<Fylke> fylker, List<Ansatt> saksbehandlere, boolean kanFordele, List<LagretFilter> filtre,
            Skjema skjema, String melding, String varsel) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance arbeidsliste(Arbeidslisteside side);
    }

    @Inject
    UtlysningService utlysninger;

    @Inject
    ArbeidslisteService arbeidsliste;

    @Inject
    SaksfordelingService fordeling;

    @Inject
    LagretFilterService filtre;

    @Inject
    Innlogget innlogget;

    @Inject
    Sprak sprak;

    TemplateInstance side(long id, Arbeidslistefilter filter, Skjema skjema, String melding, String varsel) {
        Utlysning utlysning = utlysninger.hent(id);
        boolean kanFordele = innlogget.roller().contains(Roller.GODKJENNER);
        List<SoknadStatus> statuser = List.of(SoknadStatus.values()).stream().filter(s -> s != SoknadStatus.UTKAST).toList();
        return sprak.side(Templates.arbeidsliste(new Arbeidslisteside(utlysning, arbeidsliste.hent(id, filter, PER_SIDE, innlogget), filter,
                statuser, arbeidsliste.fylker(id), kanFordele ? fordeling.saksbehandlere() : List.of(), kanFordele, filtre.egne(innlogget),
                skjema != null ? skjema : new Skjema(), melding, varsel)));
    }

    /** Back to the list as it was filtered, with a receipt; a query string that is not the list's own is dropped. */
    static String tilListen(long id, String sporring, String melding) {
        String liste = "/saksbehandling/utlysninger/" + id;
        try {
            return liste + LagretFilterService.rensetSporring(sporring) + "&melding=" + melding;
        } catch (ProblemException e) {
            return liste + "?melding=" + melding;
        }
    }

    static Arbeidslistefilter standardfilter() {
        return Arbeidslistefilter.les(null, null, null, null, null, null, null, null, 1);
    }
}
