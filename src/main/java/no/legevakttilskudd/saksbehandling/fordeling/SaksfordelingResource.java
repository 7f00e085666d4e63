package no.legevakttilskudd.saksbehandling.fordeling;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;

/** Assigning cases to a caseworker, many at once. Thin: the rules are {@link SaksfordelingService}'s. */
@Path("/api/saksfordeling")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Saksbehandling")
public class SaksfordelingResource {

    /** Cases to assign, each with the version of its assignment the client read (null: it was unassigned). */
    public record FordelingInput(String til, List<SaksfordelingService.Valg> saker) {
    }

    /** A caseworker cases can be assigned to. */
    public record SaksbehandlerDto(String brukernavn, String navn) {
    }

    @Inject
    SaksfordelingService fordeling;

    @Inject
    Innlogget innlogget;

    @POST
    @RolesAllowed(Roller.GODKJENNER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fordel saker til en saksbehandler (brukernavn), alle eller ingen; send versjonen du leste per sak "
            + "(409 endret-av-andre når en annen har fordelt en av dem siden, 409 inhabil-mottaker når mottakeren er inhabil i en)")
    public List<SaksansvarResource.SaksansvarDto> fordel(FordelingInput input) {
        return fordeling.fordel(input == null ? null : input.saker(), input == null ? null : input.til(), innlogget).stream()
                .map(sa -> SaksansvarResource.dto(fordeling, sa.soknadId)).toList();
    }

    @GET
    @Path("saksbehandlere")
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Saksbehandlerne saker kan fordeles til (de som har brukt saksbehandlingen)")
    public List<SaksbehandlerDto> saksbehandlere() {
        return fordeling.saksbehandlere().stream().map(a -> new SaksbehandlerDto(a.brukernavn, a.navn)).toList();
    }
}
