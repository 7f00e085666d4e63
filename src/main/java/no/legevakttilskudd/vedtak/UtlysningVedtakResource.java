package no.legevakttilskudd.vedtak;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;

/** Decisions for a whole call at once, from the rules' allocation proposal. */
@Path("/api/utlysninger/{id}/vedtak")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vedtak")
public class UtlysningVedtakResource {

    @Inject
    VedtakService service;

    @Inject
    Innlogget innlogget;

    @POST
    @Path("fra-tildeling")
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Operation(summary = "Foreslå vedtak for alle søknader reglene har avgjort og som ikke har vedtak (ventelisten venter)")
    public List<VedtakDto> foreslaFraTildeling(@PathParam("id") long utlysningId) {
        return service.foreslaFraTildeling(utlysningId, innlogget).stream().map(VedtakDto::fra).toList();
    }
}
