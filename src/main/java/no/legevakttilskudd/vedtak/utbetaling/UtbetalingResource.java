package no.legevakttilskudd.vedtak.utbetaling;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;

/** Payments of an accepted award. */
@Path("/api/vedtak/{id}/utbetalinger")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vedtak")
public class UtbetalingResource {

    /** A payment to record: amount in whole kroner and the date it was paid. */
    public record UtbetalingInput(Long belop, LocalDate dato) {
    }

    /** A recorded payment. */
    public record UtbetalingDto(long id, long vedtakId, long belop, LocalDate dato, String registrertAv) {

        static UtbetalingDto fra(Utbetaling u) {
            return new UtbetalingDto(u.id, u.vedtakId, u.belop, u.dato, u.registrertAv);
        }
    }

    @Inject
    UtbetalingService service;

    @Inject
    Innlogget innlogget;

    @GET
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Utbetalingene av vedtaket")
    public List<UtbetalingDto> liste(@PathParam("id") long vedtakId) {
        return service.forVedtak(vedtakId).stream().map(UtbetalingDto::fra).toList();
    }

    @POST
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registrer en utbetaling (bare etter aksept, aldri over tilskuddet til sammen)")
    public Response registrer(@PathParam("id") long vedtakId, UtbetalingInput input) {
        Utbetaling utbetaling = service.registrer(vedtakId, input == null ? null : input.belop(), input == null ? null : input.dato(),
                innlogget);
        return Response.created(URI.create("/api/vedtak/" + vedtakId + "/utbetalinger")).entity(UtbetalingDto.fra(utbetaling)).build();
    }
}
