package no.legevakttilskudd.tilleggsopplysning;

import java.util.List;

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
import org.jboss.resteasy.reactive.multipart.FileUpload;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Skjemasvar;
import no.legevakttilskudd.felles.web.Skjemavern;
import no.legevakttilskudd.soknad.Soknadoversikt;

/**
 * The kommune answers a question from its application page (text and PDFs in one multipart form), and downloads the
 * PDFs it attached. A refused answer draws the application page again with the errors at the form.
 */
@Skjemavern
@Path("/mine-soknader/{id}/tilleggsopplysninger/{sporsmalId}")
@RolesAllowed(Roller.SOKER)
public class KommuneTilleggsopplysningResource {

    @Inject
    TilleggsopplysningService service;

    @Inject
    Soknadoversikt oversikt;

    @Inject
    Innlogget innlogget;

    @POST
    @Path("svar")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response svar(@PathParam("id") long id, @PathParam("sporsmalId") long sporsmalId, @RestForm String svar,
            @RestForm("fil") List<FileUpload> filer) {
        return Skjemasvar.utfor(new Skjema().verdi("svar", svar), () -> {
            service.svar(id, sporsmalId, svar, TilleggsopplysningResource.filer(filer), innlogget);
            return "/mine-soknader/" + id + "?besvart=true#tilleggsopplysninger";
        }, skjema -> oversikt.medFeilIDel(id, skjema));
    }

    @GET
    @Path("vedlegg/{vedleggId}")
    @Produces("application/pdf")
    public Response vedlegg(@PathParam("id") long id, @PathParam("sporsmalId") long sporsmalId, @PathParam("vedleggId") long vedleggId) {
        return service.vedlegg(id, sporsmalId, vedleggId, innlogget);
    }
}
