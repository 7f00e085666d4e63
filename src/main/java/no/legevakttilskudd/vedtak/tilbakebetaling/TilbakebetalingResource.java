package no.legevakttilskudd.vedtak.tilbakebetaling;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

import no.legevakttilskudd.felles.Aktor;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.vedtak.aksept.AkseptService;

/** Claims to repay an award: the caseworker claims and records what is paid or set off; the kommune reads its own. */
@Path("/api/vedtak/{id}/tilbakebetalingskrav")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vedtak")
public class TilbakebetalingResource {

    /** One line paid on a claim. */
    public record LinjeDto(Tilbakebetalingskilde kilde, long belop, LocalDate dato, Long utbetalingId) {
    }

    /** A claim as the API shows it; the kommune sees the directorate instead of the caseworker's user name. */
    public record KravDto(long id, long vedtakId, Tilbakebetalingsgrunn grunn, long belop, LocalDate forfall, String begrunnelse,
            OffsetDateTime opprettet, String opprettetAv, long betalt, long gjenstar, Kravstatus status, List<LinjeDto> linjer,
            String brev) {

        /** @param stab whether the reader is staff, who see user names */
        public static KravDto fra(Kravvisning v, boolean stab) {
            Tilbakebetalingskrav k = v.krav();
            return new KravDto(k.id, k.vedtakId, k.grunn, k.belop, k.forfall, k.begrunnelse, Tidsformat.norsk(k.opprettet),
                    stab ? k.opprettetAv : Aktor.DIREKTORATET, v.betalt(), v.gjenstar(), v.status(),
                    v.linjer().stream().map(l -> new LinjeDto(l.kilde, l.belop, l.dato, l.utbetalingId)).toList(),
                    "/api/vedtak/" + k.vedtakId + "/tilbakebetalingskrav/" + k.id + "/brev.pdf");
        }
    }

    @Inject
    TilbakebetalingService service;

    @Inject
    AkseptService aksepter;

    @Inject
    Innlogget innlogget;

    @GET
    @RolesAllowed({Roller.SOKER, Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Kravene om tilbakebetaling på vedtaket, med det som er betalt (kommunen: bare egne vedtak)")
    public List<KravDto> liste(@PathParam("id") long vedtakId) {
        aksepter.sendt(vedtakId, innlogget);
        boolean stab = innlogget.erSaksbehandlerGodkjennerEllerAdmin();
        return service.forVedtak(vedtakId).stream().map(v -> KravDto.fra(v, stab)).toList();
    }

    @POST
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Krev tilbake: UBRUKT fra en godkjent rapport, eller MISBRUK / IKKE_GJENNOMFORT med begrunnelse; aldri mer enn utbetalt")
    public Response krev(@PathParam("id") long vedtakId, TilbakebetalingService.KravInput input) {
        Kravvisning krav = service.krev(vedtakId, input, innlogget);
        return Response.created(URI.create("/api/vedtak/" + vedtakId + "/tilbakebetalingskrav")).entity(KravDto.fra(krav, true)).build();
    }

    @POST
    @Path("{kravId}/innbetalinger")
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Før en innbetaling fra kommunen på kravet")
    public KravDto innbetal(@PathParam("id") long vedtakId, @PathParam("kravId") long kravId, TilbakebetalingService.BetalingInput input) {
        krevPaVedtaket(vedtakId, kravId);
        return KravDto.fra(service.innbetal(kravId, input, innlogget), true);
    }

    @POST
    @Path("{kravId}/motregning")
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Motregn et forfalt krav i en senere utbetaling til samme kommune")
    public KravDto motregn(@PathParam("id") long vedtakId, @PathParam("kravId") long kravId, TilbakebetalingService.MotregningInput input) {
        krevPaVedtaket(vedtakId, kravId);
        return KravDto.fra(service.motregn(kravId, input, innlogget), true);
    }

    @GET
    @Path("{kravId}/motregningsvalg")
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Senere utbetalinger til samme kommune som kravet kan motregnes i, med det som er ledig")
    public List<TilbakebetalingService.Motregningsvalg> motregningsvalg(@PathParam("id") long vedtakId, @PathParam("kravId") long kravId) {
        krevPaVedtaket(vedtakId, kravId);
        return service.motregningsvalg(service.hentKrav(kravId, innlogget));
    }

    @GET
    @Path("{kravId}/brev.pdf")
    @RolesAllowed({Roller.SOKER, Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Produces("application/pdf")
    @Operation(summary = "Brevet om kravet som PDF")
    public Response brev(@PathParam("id") long vedtakId, @PathParam("kravId") long kravId) {
        return service.brev(vedtakId, kravId, innlogget).somPdf();
    }

    private void krevPaVedtaket(long vedtakId, long kravId) {
        if (service.hentKrav(kravId, innlogget).vedtakId != vedtakId) {
            throw ProblemException.ikkeFunnet("Tilbakebetalingskrav " + kravId + " finnes ikke.");
        }
    }
}
