package no.legevakttilskudd.vedtak.tilbakebetaling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.soknad.SoknadDto;
import no.legevakttilskudd.soknad.SoknadVisning;
import no.legevakttilskudd.vedtak.aksept.AkseptService;
import no.legevakttilskudd.vedtak.brev.Brevside;
import no.legevakttilskudd.vedtak.brev.Brevslag;

/** The kommune reads the letter of a repayment claim on its own application, as a page or as PDF. */
@Path("/mine-soknader/{id}/vedtak/{vedtakId}/tilbakebetalingskrav/{kravId}")
@RolesAllowed(Roller.SOKER)
public class KommuneTilbakebetalingResource {

    @Inject
    TilbakebetalingService service;

    @Inject
    SoknadVisning visning;

    @Inject
    AkseptService aksepter;

    @Inject
    Brevside brevside;

    @Inject
    Innlogget innlogget;

    @Inject
    Sprak sprak;

    @GET
    @Path("brev")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance brevside(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @PathParam("kravId") long kravId) {
        SoknadDto soknad = krevVedtakPaSoknaden(id, vedtakId);
        Tilbakebetalingsbrev brev = service.brev(vedtakId, kravId, innlogget);
        String side = "/mine-soknader/" + id;
        return sprak.side(brevside.vis(brev, Brevslag.TILBAKEBETALING, soknad.referanse(), side,
                side + "/vedtak/" + vedtakId + "/tilbakebetalingskrav/" + kravId + "/brev.pdf"));
    }

    @GET
    @Path("brev.pdf")
    @Produces("application/pdf")
    public Response brev(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @PathParam("kravId") long kravId) {
        krevVedtakPaSoknaden(id, vedtakId);
        return service.brev(vedtakId, kravId, innlogget).somPdf();
    }

    /** The kommune's own application, and the decision one of its sent decisions; otherwise 404. */
    private SoknadDto krevVedtakPaSoknaden(long id, long vedtakId) {
        SoknadDto soknad = visning.forKommunen(id, innlogget);
        aksepter.krevSendtPaSoknaden(id, vedtakId, innlogget);
        return soknad;
    }
}
