package no.legevakttilskudd.vedtak.endring;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Roller;

/** The change requests that wait on staff, beside the other follow-up lists. */
@Path("/api/oppfolging/endringer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vedtak")
@RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
public class EndringOppfolgingResource {

    @Inject
    EndringService service;

    @GET
    @Operation(summary = "Endringssøknader som venter på saksbehandler eller godkjenner, eldste først")
    public List<EndringService.TilBehandling> tilBehandling() {
        return service.tilBehandling();
    }
}
