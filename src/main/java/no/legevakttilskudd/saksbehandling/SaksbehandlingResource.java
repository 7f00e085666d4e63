package no.legevakttilskudd.saksbehandling;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;


import org.jboss.resteasy.reactive.server.WithFormRead;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.felles.web.Skjemavern;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.saksbehandling.fordeling.SaksfordelingService;
import no.legevakttilskudd.tildeling.TildelingDto;
import no.legevakttilskudd.tildeling.TildelingService;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;
import no.legevakttilskudd.vedtak.OppfolgingService;
import no.legevakttilskudd.vedtak.endring.EndringService;
import no.legevakttilskudd.vedtak.tilbakebetaling.TilbakebetalingService;
import no.legevakttilskudd.vedtak.VedtakService;
import no.legevakttilskudd.vedtak.VedtakStatus;
import no.legevakttilskudd.vedtak.Vedtaksliste;
import no.legevakttilskudd.vedtak.paminnelse.Paminnelse;
import no.legevakttilskudd.vedtak.paminnelse.PaminnelseService;

/**
 * Staff pages: the front page with the calls and what waits on staff, the work list of a call with filters, sorting and paging, and the allocation page with "what
 * would a frame of N do" and the bulk proposal of decisions. The case page with its forms is {@link SakResource}.
 */
@Skjemavern
@Path("/saksbehandling")
@RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
public class SaksbehandlingResource {

    /** The page model of {@code utlysninger}. */
    public record Utlysningerside(List<Utlysning> utlysninger, long tilGodkjenning, List<Paminnelse> manglerAksept, List<Paminnelse> manglerRapport, List<OppfolgingService.TilUtbetaling> tilUtbetaling, List<OppfolgingService.RapportTilBehandling> rapporter, List<EndringService.TilBehandling> endringer, List<TilbakebetalingService.Forfalt> forfalteKrav) {
    }

    /** The page model of {@code tildeling}. */
    public record Tildelingside(Utlysning utlysning, TildelingDto tildeling, Long provdRamme, Integer foreslatt, boolean kanAvgjores) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance utlysninger(Utlysningerside side);

        static native TemplateInstance tildeling(Tildelingside side);

    }

    @Inject
    UtlysningService utlysninger;

    @Inject
    TildelingService tildeling;

    @Inject
    Arbeidslistevisning arbeidslistevisning;

    @Inject
    SaksfordelingService fordeling;

    @Inject
    PaminnelseService paminnelser;

    @Inject
    VedtakService vedtak;

    @Inject
    Vedtaksliste vedtaksliste;

    @Inject
    OppfolgingService oppfolging;

    @Inject
    EndringService endringer;

    @Inject
    TilbakebetalingService tilbakebetalinger;

    @Inject
    Innlogget innlogget;

    @Inject
    Sprak sprak;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance utlysninger() {
        return sprak.side(Templates.utlysninger(new Utlysningerside(utlysninger.alle(), vedtaksliste.liste(VedtakStatus.FORESLATT, null, 1, 1, innlogget).totalt(),
                paminnelser.manglerAksept(), paminnelser.manglerRapport(), oppfolging.tilUtbetaling(), oppfolging.rapporterTilBehandling(),
                endringer.tilBehandling(), tilbakebetalinger.forfalte())));
    }

    @GET
    @Path("utlysninger/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance arbeidsliste(@PathParam("id") long id, @QueryParam("sok") String sok, @QueryParam("status") String status,
            @QueryParam("fylke") String fylke,
            @QueryParam("gruppe") String gruppe, @QueryParam("kvalifisert") String kvalifisert, @QueryParam("saker") String saker,
            @QueryParam("sorter") String sorter, @QueryParam("retning") String retning, @QueryParam("side") @DefaultValue("1") int side,
            @QueryParam("melding") String melding) {
        Arbeidslistefilter filter = Arbeidslistefilter.les(sok, status, fylke, gruppe, kvalifisert, saker, sorter, retning, side);
        // Whoever opens the work list can be assigned cases (if a caseworker) from today; a page drawn again after a
        // refused form writes nothing.
        fordeling.registrer(innlogget);
        return arbeidslistevisning.side(id, filter, null, melding, null);
    }

    @GET
    @Path("utlysninger/{id}/tildeling")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance tildeling(@PathParam("id") long id, @QueryParam("ramme") String provdRamme,
            @QueryParam("foreslatt") Integer foreslatt) {
        Utlysning utlysning = utlysninger.hent(id);
        // Typed as people write amounts ("80 000 000"); the same reading as every other amount.
        Long ramme = provdRamme == null || provdRamme.isBlank() ? null : Kroner.les(provdRamme);
        if (provdRamme != null && !provdRamme.isBlank() && (ramme == null || ramme < 0)) {
            throw ProblemException.valideringsfeil("ramme", "Skriv rammen i hele kroner, for eksempel 80 000 000.");
        }
        return sprak.side(Templates.tildeling(new Tildelingside(utlysning, tildeling.forslag(id, ramme), ramme, foreslatt, vedtak.kanAvgjores(utlysning))));
    }

    /** Proposes decisions for every application the rules have settled; each still needs another person's approval. */
    @POST
    @Path("utlysninger/{id}/vedtak")
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @WithFormRead
    public Response foreslaAlle(@PathParam("id") long id) {
        int antall = vedtak.foreslaFraTildeling(id, innlogget).size();
        return Response.seeOther(URI.create("/saksbehandling/utlysninger/" + id + "/tildeling?foreslatt=" + antall)).build();
    }
}
