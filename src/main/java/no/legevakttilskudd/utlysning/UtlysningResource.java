package no.legevakttilskudd.utlysning;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Aktor;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.Tidsformat;

/** Calls: everyone reads the published ones; staff also see drafts; admin creates, edits and changes the frame. */
@Path("/api/utlysninger")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Utlysninger")
public class UtlysningResource {

    public record RammeInput(Long ramme, String begrunnelse) {
    }

    public record RammeendringDto(long fraBelop, long tilBelop, String begrunnelse, OffsetDateTime endret, String endretAv) {

        /** @param medNavn whether the caller may see the staff member's user name (staff), or only the directorate */
        static RammeendringDto fra(Rammeendring endring, boolean medNavn) {
            return new RammeendringDto(endring.fraBelop, endring.tilBelop, endring.begrunnelse, Tidsformat.norsk(endring.endret),
                    medNavn ? endring.endretAv : Aktor.DIREKTORATET);
        }
    }

    @Inject
    UtlysningService service;

    @Inject
    Innlogget innlogget;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roller.SOKER, Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.EVALUATOR, Roller.ADMIN})
    @Operation(summary = "Utlysninger, nyeste først (søkere og evaluatorer ser bare publiserte)")
    public List<UtlysningDto> liste() {
        Instant naa = clock.instant();
        return service.alle().stream().filter(u -> service.synlig(u, innlogget)).map(u -> UtlysningDto.fra(u, naa)).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roller.SOKER, Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.EVALUATOR, Roller.ADMIN})
    @Operation(summary = "Én utlysning")
    public UtlysningDto hent(@PathParam("id") long id) {
        return UtlysningDto.fra(service.hentSynlig(id, innlogget), clock.instant());
    }

    @POST
    @RolesAllowed(Roller.ADMIN)
    @Operation(summary = "Opprett en utlysning", description = "Tider er norsk tid (Europe/Oslo) uten sone, f.eks. 2022-05-18T23:59. "
            + "Rapportfristen er en dato (2023-04-01); uten den blir den 1. april året etter tilskuddsåret. "
            + "Parametre som mangler får standardverdiene fra 2022.")
    public Response opprett(UtlysningInput input) {
        Utlysning utlysning = service.opprett(input, innlogget.aktor());
        return Response.created(URI.create("/api/utlysninger/" + utlysning.id))
                .entity(UtlysningDto.fra(utlysning, clock.instant())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roller.ADMIN)
    @Operation(summary = "Endre en utlysning (ikke rammen)")
    public UtlysningDto endre(@PathParam("id") long id, UtlysningInput input) {
        return UtlysningDto.fra(service.endre(id, input, innlogget.aktor()), clock.instant());
    }

    @POST
    @Path("{id}/ramme")
    @RolesAllowed(Roller.ADMIN)
    @Operation(summary = "Endre rammen, med begrunnelse")
    public RammeendringDto endreRamme(@PathParam("id") long id, RammeInput input) {
        RammeInput endring = input != null ? input : new RammeInput(null, null);
        return RammeendringDto.fra(service.endreRamme(id, endring.ramme(), endring.begrunnelse(), innlogget.aktor()), true);
    }

    @GET
    @Path("{id}/rammehistorikk")
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.EVALUATOR, Roller.ADMIN})
    @Operation(summary = "Alle endringer av rammen, eldste først (evaluatorer: bare publiserte utlysninger, og «Helsedirektoratet» "
            + "i stedet for brukernavnet)")
    public List<RammeendringDto> rammehistorikk(@PathParam("id") long id) {
        service.hentSynlig(id, innlogget);
        boolean stab = innlogget.erSaksbehandlerGodkjennerEllerAdmin();
        return service.rammehistorikk(id).stream().map(e -> RammeendringDto.fra(e, stab)).toList();
    }
}
