package no.legevakttilskudd.saksbehandling;


import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Skjemasvar;
import no.legevakttilskudd.felles.web.Skjemavern;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.utlysning.UtlysningService;
import no.legevakttilskudd.vedtak.VedtakService;
import no.legevakttilskudd.vedtak.VedtakskontrollService;

/**
 * The approver's queue (SPEC §5): proposed decisions across cases, approved or returned from here, and approved ones
 * waiting to be sent. Own proposals are shown without the buttons; the service refuses them anyway.
 */
@Skjemavern
@Path("/saksbehandling/vedtak")
@RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
public class GodkjenningResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance kontroll(VedtakskontrollService.Kontroll kontroll);
    }

    @Inject
    Godkjenningsside godkjenningsside;

    @Inject
    VedtakService vedtak;

    @Inject
    VedtakskontrollService kontroller;

    @Inject
    UtlysningService utlysninger;

    @Inject
    Innlogget innlogget;

    @Inject
    Sprak sprak;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance ko(@QueryParam("utlysning") Long utlysning, @QueryParam("side") @DefaultValue("1") int side,
            @QueryParam("melding") String melding) {
        return godkjenningsside.side(utlysning, side, new Skjema(), melding, null);
    }

    /** The re-check of one decision (SPEC §3): reads only, so any staff role may look. */
    @GET
    @Path("{vedtakId}/kontroll")
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance kontroll(@PathParam("vedtakId") long vedtakId) {
        return sprak.side(Templates.kontroll(kontroller.kontroller(vedtakId)));
    }

    @POST
    @Path("{vedtakId}/godkjenn")
    @RolesAllowed(Roller.GODKJENNER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response godkjenn(@PathParam("vedtakId") long vedtakId, @RestForm Long utlysning) {
        return Skjemasvar.utforMedVarsel(null, () -> {
            vedtak.godkjenn(vedtakId, innlogget);
            return tilKoen(utlysning, "vedtak-godkjent");
        }, (skjema, varsel) -> godkjenningsside.side(utlysning, 1, new Skjema(), null, varsel));
    }

    @POST
    @Path("{vedtakId}/returner")
    @RolesAllowed(Roller.GODKJENNER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response returner(@PathParam("vedtakId") long vedtakId, @RestForm Long utlysning,
            @RestForm String kommentar) {
        String felt = "kommentar-" + vedtakId;
        return Skjemasvar.utforMedVarsel(new Skjema().verdi(felt, kommentar), () -> {
            try {
                vedtak.returner(vedtakId, kommentar, innlogget);
            } catch (ProblemException e) {
                // Each decision in the queue has its own comment field; the error goes next to the one that was sent.
                if (e.problem().status() != 400) {
                    throw e;
                }
                throw ProblemException.valideringsfeil(e.problem().feil().stream().map(f -> new Feltfeil(felt, f.melding())).toList());
            }
            return tilKoen(utlysning, "vedtak-returnert");
        }, (skjema, varsel) -> godkjenningsside.side(utlysning, 1, skjema, null, varsel));
    }

    @POST
    @Path("{vedtakId}/send")
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response send(@PathParam("vedtakId") long vedtakId, @RestForm Long utlysning) {
        return Skjemasvar.utforMedVarsel(null, () -> {
            vedtak.send(vedtakId, innlogget);
            return tilKoen(utlysning, "vedtak-sendt");
        }, (skjema, varsel) -> godkjenningsside.side(utlysning, 1, new Skjema(), null, varsel));
    }

    private static String tilKoen(Long utlysning, String melding) {
        return "/saksbehandling/vedtak?melding=" + melding + (utlysning != null ? "&utlysning=" + utlysning : "");
    }
}
