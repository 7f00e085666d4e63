package no.legevakttilskudd.habilitet;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;

/** Declarations of disqualification in a case (forvaltningsloven § 6). Thin: the rule is {@link HabilitetService}'s. */
@Path("/api/soknader/{id}/habilitet")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Saksbehandling")
public class HabilitetResource {

    /** A declaration, or its withdrawal: the reason, and for a withdrawal the version read. */
    public record HabilitetInput(String begrunnelse, Long versjon) {
    }

    @Inject
    HabilitetService service;

    @Inject
    Innlogget innlogget;

    @GET
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Erklæringene om inhabilitet i saken, gjeldende og trukne, nyeste først")
    public List<HabilitetDto> liste(@PathParam("id") long id) {
        return service.forSak(id).stream().map(HabilitetDto::fra).toList();
    }

    @POST
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erklær deg inhabil i saken med begrunnelse; deretter kan du ikke vurdere, foreslå, godkjenne, "
            + "returnere eller sende i den (409 allerede-inhabil hvis du har en gjeldende erklæring)")
    public Response erklaer(@PathParam("id") long id, HabilitetInput input) {
        return Response.status(Response.Status.CREATED)
                .entity(HabilitetDto.fra(service.erklaer(id, input == null ? null : input.begrunnelse(), innlogget))).build();
    }

    @POST
    @Path("{erklaringId}/tilbaketrekking")
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Trekk tilbake din egen erklæring med begrunnelse (bare den som ga den)")
    public HabilitetDto trekkTilbake(@PathParam("id") long id, @PathParam("erklaringId") long erklaringId, HabilitetInput input) {
        return HabilitetDto.fra(service.trekkTilbake(id, erklaringId, input == null ? null : input.versjon(),
                input == null ? null : input.begrunnelse(), innlogget));
    }
}
