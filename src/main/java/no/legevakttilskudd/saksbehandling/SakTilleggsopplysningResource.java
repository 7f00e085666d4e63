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

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Skjemasvar;
import no.legevakttilskudd.felles.web.Skjemavern;
import no.legevakttilskudd.tilleggsopplysning.TilleggsopplysningService;

/** A question to the kommune from the case page, and the PDFs the kommune attached to its answers. */
@Skjemavern
@Path("/saksbehandling/soknader/{id}/tilleggsopplysninger")
@RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
public class SakTilleggsopplysningResource {

    @Inject
    Saksside saksside;

    @Inject
    TilleggsopplysningService tilleggsopplysninger;

    @Inject
    Innlogget innlogget;

    @POST
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response sporr(@PathParam("id") long id, @RestForm String sporsmal, @RestForm String svarfrist) {
        Skjema skjema = new Skjema().verdi("sporsmal", sporsmal).verdi("svarfrist", svarfrist);
        return Skjemasvar.utforMedVarsel(skjema, () -> {
            tilleggsopplysninger.sporr(id, sporsmal, Saksskjema.dato(svarfrist, "svarfrist"), innlogget);
            return SakVedtakResource.tilSaken(id, "sporsmal-sendt");
        }, (s, varsel) -> saksside.sideMedSporsmalsskjema(id, s, varsel));
    }

    @GET
    @Path("{sporsmalId}/vedlegg/{vedleggId}")
    @Produces("application/pdf")
    public Response vedlegg(@PathParam("id") long id, @PathParam("sporsmalId") long sporsmalId, @PathParam("vedleggId") long vedleggId) {
        return tilleggsopplysninger.vedlegg(id, sporsmalId, vedleggId, innlogget);
    }
}
