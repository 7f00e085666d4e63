package no.legevakttilskudd.vedtak.paminnelse;

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

/** Awards waiting on the kommune, for staff to follow up. */
@Path("/api/paminnelser")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vedtak")
public class PaminnelseResource {

    @Inject
    PaminnelseService service;

    @GET
    @Path("mangler-aksept")
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Sendte vedtak om tilskudd som kommunen ikke har akseptert, eldste først")
    public List<Paminnelse> manglerAksept() {
        return service.manglerAksept();
    }

    @GET
    @Path("mangler-rapport")
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Aksepterte tilskudd uten godkjent eller innsendt rapport når rapportfristen er under 30 dager unna eller passert")
    public List<Paminnelse> manglerRapport() {
        return service.manglerRapport();
    }
}
