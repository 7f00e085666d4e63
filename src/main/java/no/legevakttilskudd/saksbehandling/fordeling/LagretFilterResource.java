package no.legevakttilskudd.saksbehandling.fordeling;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** A user's saved work-list filters. Thin: the rules are {@link LagretFilterService}'s. */
@Path("/api/lagrede-filtre")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Saksbehandling")
@RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
public class LagretFilterResource {

    /** A saved filter: its name and the work list's query string. */
    public record FilterInput(String navn, String sporring) {
    }

    public record FilterDto(long id, String navn, String sporring) {

        static FilterDto fra(LagretFilter f) {
            return new FilterDto(f.id, f.navn, f.sporring);
        }
    }

    @Inject
    LagretFilterService filtre;

    @Inject
    Innlogget innlogget;

    @GET
    @Operation(summary = "Dine lagrede arbeidslistefiltre")
    public List<FilterDto> filtre() {
        return filtre.egne(innlogget).stream().map(FilterDto::fra).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lagre et arbeidslistefilter under et navn (navnet er unikt per bruker)")
    public Response lagreFilter(FilterInput input) {
        return Response.status(Response.Status.CREATED).entity(FilterDto.fra(filtre.lagre(input == null ? null : input.navn(),
                input == null ? null : input.sporring(), innlogget))).build();
    }

    @DELETE
    @Path("{filterId}")
    @Operation(summary = "Slett et av dine lagrede filtre (404 for andres)")
    public Response slettFilter(@PathParam("filterId") long filterId) {
        filtre.slett(filterId, innlogget);
        return Response.noContent().build();
    }
}
