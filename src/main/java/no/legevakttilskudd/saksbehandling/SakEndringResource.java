package no.legevakttilskudd.saksbehandling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Skjemasvar;
import no.legevakttilskudd.felles.web.Skjemavern;
import no.legevakttilskudd.vedtak.endring.EndringService;

/**
 * The staff's steps on a change request from the case page: the caseworker grants or refuses, a second person approves
 * a grant that moves money between categories or returns it; and the change letter. Each comes back to the case (303),
 * or draws it again with the errors or the refusal.
 */
@Skjemavern
@Path("/saksbehandling/soknader/{id}/vedtak/{vedtakId}/endringer/{endringId}")
@RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
public class SakEndringResource {

    /** The form fields, named apart from the report's and the decision's on the same page. */
    static final String SVAR = "endring-svar";
    static final String KOMMENTAR = "endring-kommentar";

    @Inject
    Saksside saksside;

    @Inject
    EndringService endringer;

    @Inject
    Innlogget innlogget;

    @POST
    @Path("avgjorelse")
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response avgjor(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @PathParam("endringId") long endringId,
            @RestForm String utfall, @RestForm(SVAR) String svar) {
        Skjema skjema = new Skjema().verdi(SVAR, svar).navngi("svar", SVAR).navngi("utfall", SVAR);
        return Skjemasvar.utforMedVarsel(skjema, () -> {
            saksside.krevEndringPaSaken(id, vedtakId, endringId);
            return SakVedtakResource.tilSaken(id, saksside.avgjorEndring(endringId, valg(utfall, "innvilg", "avsla"), svar));
        }, (s, varsel) -> saksside.side(id, null, s, null, varsel));
    }

    @POST
    @Path("godkjenning")
    @RolesAllowed(Roller.GODKJENNER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response godkjenn(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @PathParam("endringId") long endringId,
            @RestForm String handling, @RestForm(KOMMENTAR) String kommentar) {
        Skjema skjema = new Skjema().verdi(KOMMENTAR, kommentar).navngi("kommentar", KOMMENTAR).navngi("handling", KOMMENTAR);
        return Skjemasvar.utforMedVarsel(skjema, () -> {
            saksside.krevEndringPaSaken(id, vedtakId, endringId);
            Boolean godkjent = valg(handling, "godkjenn", "returner");
            endringer.godkjenn(endringId, godkjent, kommentar, innlogget);
            return SakVedtakResource.tilSaken(id, Boolean.TRUE.equals(godkjent) ? "endring-godkjent" : "endring-returnert");
        }, (s, varsel) -> saksside.side(id, null, s, null, varsel));
    }

    @GET
    @Path("brev")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance brevside(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @PathParam("endringId") long endringId) {
        return saksside.endringsbrev(id, vedtakId, endringId);
    }

    @GET
    @Path("brev.pdf")
    @Produces("application/pdf")
    public Response brev(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @PathParam("endringId") long endringId) {
        return saksside.endringsbrevSomPdf(id, vedtakId, endringId);
    }

    /** Which of the form's two buttons was pressed: true, false, or null for neither (the service asks for a choice). */
    private static Boolean valg(String verdi, String ja, String nei) {
        return ja.equals(verdi) ? Boolean.TRUE : nei.equals(verdi) ? Boolean.FALSE : null;
    }
}
