package no.legevakttilskudd.vedtak.tilbakebetaling;

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

/** Claims past due and not paid, beside the other follow-up lists. */
@Path("/api/oppfolging/tilbakebetalinger")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vedtak")
@RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
public class TilbakebetalingOppfolgingResource {

    @Inject
    TilbakebetalingService service;

    @GET
    @Operation(summary = "Forfalte krav om tilbakebetaling som ikke er betalt, eldste forfall først")
    public List<TilbakebetalingService.Forfalt> forfalte() {
        return service.forfalte();
    }
}
