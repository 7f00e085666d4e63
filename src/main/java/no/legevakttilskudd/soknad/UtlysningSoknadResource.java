package no.legevakttilskudd.soknad;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.Side;

/** The applications of one call: a kommune starts its draft here; staff list them. */
@Path("/api/utlysninger/{utlysningId}/soknader")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Søknader")
public class UtlysningSoknadResource {

    @Inject
    SoknadService service;

    @Inject
    SoknadVisning visning;

    @Inject
    Innlogget innlogget;

    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roller.SOKER)
    @Operation(summary = "Opprett et søknadsutkast for egen kommune", description = "Innholdet kan være ufullstendig; "
            + "omsøkt beløp regnes ut av budsjettlinjene.")
    public Response opprett(@PathParam("utlysningId") long utlysningId, SoknadInput input) {
        Soknad soknad = service.opprettUtkast(utlysningId, input, innlogget);
        return Response.created(URI.create("/api/soknader/" + soknad.id)).entity(visning.dto(soknad.id)).build();
    }

    @GET
        @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Søknadene i en utlysning (ikke utkast), med filtre og sider")
    public Side<SoknadSammendrag> forUtlysning(@PathParam("utlysningId") long utlysningId, @QueryParam("status") SoknadStatus status,
            @QueryParam("fylke") String fylke, @QueryParam("kommunenummer") String kommunenummer,
            @QueryParam("side") @DefaultValue("1") int side, @QueryParam("storrelse") @DefaultValue("50") int storrelse) {
        return service.forUtlysning(utlysningId, status, fylke, kommunenummer, side, storrelse);
    }
}
