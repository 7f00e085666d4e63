package no.legevakttilskudd.saksbehandling.fordeling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.soknad.SoknadService;

/** Who has a case, and a caseworker taking it. Thin: the rules are {@link SaksfordelingService}'s. */
@Path("/api/soknader/{id}/saksansvar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Saksbehandling")
public class SaksansvarResource {

    /** Who has a case: {@code fordelt} false and the rest null when no one has it. */
    public record SaksansvarDto(long soknadId, boolean fordelt, String ansvarlig, String navn, Long versjon) {
    }

    @Inject
    SaksfordelingService fordeling;

    @Inject
    SoknadService soknader;

    @Inject
    Innlogget innlogget;

    @GET
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Hvem som har saken")
    public SaksansvarDto saksansvar(@PathParam("id") long id) {
        soknader.hentTilgjengelig(id, innlogget);
        return dto(fordeling, id);
    }

    @POST
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Operation(summary = "Ta en ufordelt sak selv (409 når en annen har den; 403 inhabil)")
    public SaksansvarDto ta(@PathParam("id") long id) {
        fordeling.ta(id, innlogget);
        return dto(fordeling, id);
    }

    static SaksansvarDto dto(SaksfordelingService fordeling, long soknadId) {
        SaksfordelingService.Ansvar ansvar = fordeling.ansvar(soknadId);
        return ansvar == null ? new SaksansvarDto(soknadId, false, null, null, null)
                : new SaksansvarDto(soknadId, true, ansvar.ansvarlig().brukernavn, ansvar.ansvarlig().navn, ansvar.versjon());
    }
}
