package no.legevakttilskudd.oppbevaring;

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

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.problem.ProblemException;

/** Retention: what the next run will delete and when, the runs with their counts, a run now, and each call's settings. */
@Path("/api/oppbevaring")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Oppbevaring")
@RolesAllowed(Roller.ADMIN)
public class OppbevaringResource {

    /** A run as the API shows it. */
    public record KjoringDto(long id, OffsetDateTime startet, String kjortAv, int utkastSlettet, int personopplysningerSlettet,
            int epostSlettet) {

        static KjoringDto fra(Sletting s) {
            return new KjoringDto(s.id, Tidsformat.norsk(s.startet), s.kjortAv, s.utkastSlettet, s.personopplysningerSlettet, s.epostSlettet);
        }
    }

    @Inject
    OppbevaringService service;

    @Inject
    Innlogget innlogget;

    @GET
    @Operation(summary = "Hva neste kjøring vil slette per utlysning, når den går, og når det neste etter den forfaller")
    public OppbevaringService.Forhandsvisning forhandsvisning() {
        return service.forhandsvisning();
    }

    @GET
    @Path("kjoringer")
    @Operation(summary = "De siste 50 kjøringene, nyeste først, med antall slettet")
    public List<KjoringDto> kjoringer() {
        return service.kjoringer(50).stream().map(KjoringDto::fra).toList();
    }

    @POST
    @Path("kjoringer")
    @Operation(summary = "Kjør nå det den daglige jobben ville gjort (409 når en annen kjøring pågår)")
    public Response kjor() {
        Sletting sletting = service.kjor(innlogget.aktor());
        if (sletting == null) {
            throw ProblemException.konflikt("kjoring-pagar", "En annen kjøring pågår; prøv igjen om litt.");
        }
        return Response.status(Response.Status.CREATED).entity(KjoringDto.fra(sletting)).build();
    }

    @PUT
    @Path("utlysninger/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Oppbevaringsfristene for utlysningen: måneder før utkast slettes (1–60), år før kontaktpersonen viskes ut (1–30)")
    public OppbevaringService.Frister settFrister(@PathParam("id") long utlysningId, OppbevaringService.Frister frister) {
        return service.settFrister(utlysningId, frister, innlogget);
    }
}
