package no.legevakttilskudd.saksbehandling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.WithFormRead;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.web.Skjemasvar;
import no.legevakttilskudd.felles.web.Skjemavern;
import no.legevakttilskudd.saksbehandling.fordeling.SaksfordelingService;

/** A caseworker takes an unassigned case from the case page. */
@Skjemavern
@Path("/saksbehandling/soknader/{id}/saksansvar")
@RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
public class SaksansvarSideResource {

    @Inject
    Saksside saksside;

    @Inject
    SaksfordelingService fordeling;

    @Inject
    Innlogget innlogget;

    @POST
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @WithFormRead
    public Response ta(@PathParam("id") long id) {
        return Skjemasvar.utforMedVarsel(null, () -> {
            fordeling.ta(id, innlogget);
            return SakVedtakResource.tilSaken(id, "sak-tatt");
        }, (s, varsel) -> saksside.side(id, null, null, null, varsel));
    }
}
