package no.legevakttilskudd.vedtak;

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

@Path("/api/oppfolging")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vedtak")
@RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
public class OppfolgingResource {

    @Inject
    OppfolgingService service;

    @GET
    @Path("til-utbetaling")
    @Operation(summary = "Aksepterte tilskudd som ikke er utbetalt fullt ut, eldste aksept først")
    public List<OppfolgingService.TilUtbetaling> tilUtbetaling() {
        return service.tilUtbetaling();
    }

    @GET
    @Path("rapporter")
    @Operation(summary = "Innsendte rapporter som venter på saksbehandler, eldste først")
    public List<OppfolgingService.RapportTilBehandling> rapporter() {
        return service.rapporterTilBehandling();
    }
}
