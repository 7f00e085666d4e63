package no.legevakttilskudd.saksbehandling;

import java.net.URI;

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
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Skjemafeil;
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
        return utfor(() -> vedtak.godkjenn(vedtakId, innlogget), utlysning, "vedtak-godkjent");
    }

    @POST
    @Path("{vedtakId}/returner")
    @RolesAllowed(Roller.GODKJENNER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response returner(@PathParam("vedtakId") long vedtakId, @RestForm Long utlysning,
            @RestForm String kommentar) {
        // Each decision has its own comment field; the error goes next to the one that was sent.
        Skjema skjema = new Skjema().verdi("kommentar-" + vedtakId, kommentar);
        try {
            vedtak.returner(vedtakId, kommentar, innlogget);
        } catch (ProblemException e) {
            if (e.problem().status() == 400) {
                e.problem().feil().forEach(f -> skjema.leggTil(Skjemafeil.her("kommentar-" + vedtakId, f.melding())));
            }
            return feil(e, utlysning, skjema);
        }
        return tilbake(utlysning, "vedtak-returnert");
    }

    @POST
    @Path("{vedtakId}/send")
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response send(@PathParam("vedtakId") long vedtakId, @RestForm Long utlysning) {
        return utfor(() -> vedtak.send(vedtakId, innlogget), utlysning, "vedtak-sendt");
    }

    /** Runs a step without a form of its own: back to the queue with a notice, or the queue with the refusal. */
    private Response utfor(Runnable steg, Long utlysning, String melding) {
        try {
            steg.run();
        } catch (ProblemException e) {
            return feil(e, utlysning, new Skjema());
        }
        return tilbake(utlysning, melding);
    }

    /** A missing comment redraws the queue with the error at the field (400); a refusal (409, 403) as a notice on top. */
    private Response feil(ProblemException e, Long utlysning, Skjema skjema) {
        int status = e.problem().status();
        if (status == 404) {
            throw e;
        }
        String varsel = status == 400 ? null : e.problem().detail();
        return Response.status(status).entity(godkjenningsside.side(utlysning, 1, skjema, null, varsel)).build();
    }

    private static Response tilbake(Long utlysning, String melding) {
        return Response.seeOther(URI.create("/saksbehandling/vedtak?melding=" + melding + (utlysning != null ? "&utlysning=" + utlysning : "")))
                .build();
    }
}
