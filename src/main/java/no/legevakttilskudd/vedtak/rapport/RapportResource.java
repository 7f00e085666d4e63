package no.legevakttilskudd.vedtak.rapport;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.vedtak.aksept.AkseptService;

/** The report on an award. */
@Path("/api/vedtak/{id}/rapport")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vedtak")
public class RapportResource {

    /** Staff's handling: approve, or ask for more with a comment. */
    public record Behandling(Boolean godkjent, String kommentar) {
    }

    /** A report as the API shows it. */
    public record RapportDto(long vedtakId, RapportStatus status, OffsetDateTime innsendt, boolean forSen, long brukt, long ubrukt,
            List<RapportService.RapportInput.Linje> tiltak, String kommentar) {

        static RapportDto fra(Rapport r) {
            return new RapportDto(r.vedtakId, r.status, Tidsformat.norsk(r.innsendt), r.forSen, r.brukt, r.ubrukt,
                    r.linjer.stream().map(l -> new RapportService.RapportInput.Linje(l.gjort, l.brukt)).toList(), r.kommentar);
        }
    }

    @Inject
    RapportService service;

    @Inject
    AkseptService aksepter;

    @Inject
    Innlogget innlogget;

    @GET
    @RolesAllowed({Roller.SOKER, Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Rapporten om tilskuddet (404 før den er sendt)")
    public RapportDto hent(@PathParam("id") long vedtakId) {
        aksepter.sendt(vedtakId, innlogget);
        Rapport rapport = service.finn(vedtakId);
        if (rapport == null) {
            throw ProblemException.ikkeFunnet("Vedtak " + vedtakId + " har ingen rapport ennå.");
        }
        return RapportDto.fra(rapport);
    }

    @PUT
    @RolesAllowed(Roller.SOKER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send rapporten: én linje per tiltak med hva som ble gjort og hva det kostet")
    public RapportDto send(@PathParam("id") long vedtakId, RapportService.RapportInput input) {
        return RapportDto.fra(service.send(vedtakId, input, innlogget));
    }

    @POST
    @Path("behandling")
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Godkjenn rapporten, eller be om mer med en kommentar")
    public RapportDto behandle(@PathParam("id") long vedtakId, Behandling behandling) {
        boolean godkjent = behandling != null && Boolean.TRUE.equals(behandling.godkjent());
        return RapportDto.fra(service.behandle(vedtakId, godkjent, behandling == null ? null : behandling.kommentar(), innlogget));
    }
}
