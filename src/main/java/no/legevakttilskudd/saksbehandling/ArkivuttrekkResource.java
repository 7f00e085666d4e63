package no.legevakttilskudd.saksbehandling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;

/** The archive export of a call (docs/operations.md, «Arkivuttrekk»). */
@Path("/api/utlysninger/{id}/arkivuttrekk")
@Tag(name = "Utlysninger")
@RolesAllowed(Roller.ADMIN)
public class ArkivuttrekkResource {

    @Inject
    Arkivuttrekk arkivuttrekk;

    @Inject
    Innlogget innlogget;

    @GET
    @Produces("application/zip")
    @Operation(summary = "Arkivuttrekk: sakene med dokumentene og arkivstruktur.xml (Noark 5) som ZIP")
    public Response lastNed(@PathParam("id") long id) {
        return arkivuttrekk.lastNed(id, innlogget);
    }
}
