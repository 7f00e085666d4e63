package no.legevakttilskudd.vurdering;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.problem.ProblemException;

/** The caseworker's assessment of an application. */
@Path("/api/soknader/{id}/vurdering")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Saksbehandling")
public class VurderingResource {

    @Inject
    VurderingService service;

    @Inject
    Innlogget innlogget;

    @GET
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Vurderingen av søknaden (404 før den er vurdert)")
    public VurderingDto hent(@PathParam("id") long id) {
        Vurdering vurdering = service.finn(id);
        if (vurdering == null) {
            throw ProblemException.ikkeFunnet("Søknad " + id + " er ikke vurdert ennå.");
        }
        return service.dto(vurdering);
    }

    @PUT
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lagre vurderingen; send versjonen du leste (409 hvis en annen har lagret siden)")
    public VurderingDto lagre(@PathParam("id") long id, VurderingInput input) {
        return service.dto(service.lagre(id, input, innlogget));
    }
}
