package no.legevakttilskudd.tildeling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Roller;

/** The allocation proposal for a call: the rules on its sent applications, against its frame or a frame to try. */
@Path("/api/utlysninger/{utlysningId}/tildeling")
@Tag(name = "Tildeling")
public class TildelingResource {

    @Inject
    TildelingService service;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Tildelingsforslag i prioritert rekkefølge", description = "Med ramme=N vises hva en ramme på N kroner ville gitt, "
            + "uten at utlysningen endres. Accept: text/csv gir CSV for Excel.")
    public Response forslag(@PathParam("utlysningId") long utlysningId, @QueryParam("ramme") Long ramme, @Context HttpHeaders headers) {
        return Svarformat.svar(service.forslag(utlysningId, ramme), headers, "tildeling-" + utlysningId);
    }
}
