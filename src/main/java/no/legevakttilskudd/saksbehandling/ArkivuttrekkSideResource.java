package no.legevakttilskudd.saksbehandling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;

/** The archive export from the admin's call page, for a browser with a session rather than a bearer token. */
@Path("/admin/utlysninger/{id}/arkivuttrekk")
@RolesAllowed(Roller.ADMIN)
public class ArkivuttrekkSideResource {

    @Inject
    Arkivuttrekk arkivuttrekk;

    @Inject
    Innlogget innlogget;

    @GET
    @Produces("application/zip")
    public Response lastNed(@PathParam("id") long id) {
        return arkivuttrekk.lastNed(id, innlogget);
    }
}
