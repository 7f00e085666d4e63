package no.legevakttilskudd.vedtak.endring;

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
import no.legevakttilskudd.regler.TiltakKategori;
import no.legevakttilskudd.vedtak.aksept.AkseptService;

/** Change requests on a sent award: the kommune asks, the caseworker decides, a second person approves moves between categories. */
@Path("/api/vedtak/{id}/endringer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vedtak")
public class EndringResource {

    /** The caseworker's decision: granted or refused, with the reasons the letter gives (required on a refusal). */
    public record Avgjorelse(Boolean innvilget, String svar) {
    }

    /** The second person's step: approve the grant, or return it with a comment. */
    public record Godkjenning(Boolean godkjent, String kommentar) {
    }

    /** One measure's amount before and after. */
    public record LinjeDto(int tiltakNr, TiltakKategori kategori, long forBelop, long nyBelop) {
    }

    /** A change request as the API shows it; the kommune sees the directorate instead of staff user names. */
    public record EndringDto(long id, long vedtakId, Endringstype type, Endringsstatus status, LocalDate gjeldendeFrist,
            LocalDate nyRapportfrist, List<LinjeDto> linjer, boolean mellomKategorier, String begrunnelse, OffsetDateTime sendt,
            OffsetDateTime avgjort, String avgjortAv, String svar, OffsetDateTime godkjent, String godkjentAv, String brev) {

        /** @param stab whether the reader is staff: the kommune sees the directorate, not user names, and no reasons before the decision */
        public static EndringDto fra(Endringssoknad e, boolean stab) {
            boolean avgjort = !e.status.erApen();
            String brev = avgjort ? "/api/vedtak/" + e.vedtakId + "/endringer/" + e.id + "/brev.pdf" : null;
            return new EndringDto(e.id, e.vedtakId, e.type, e.status, e.gjeldendeFrist, e.nyRapportfrist,
                    e.linjer.stream().map(l -> new LinjeDto(l.tiltakNr, l.kategori, l.forBelop, l.nyBelop)).toList(),
                    e.mellomKategorier, e.begrunnelse, Tidsformat.norsk(e.sendt),
                    stab || avgjort ? Tidsformat.norsk(e.avgjortEndelig()) : null, navn(e.avgjortAv, stab),
                    stab || avgjort ? e.svar : null, Tidsformat.norsk(e.godkjent), navn(e.godkjentAv, stab), brev);
        }

        private static String navn(String brukernavn, boolean stab) {
            return brukernavn == null || stab ? brukernavn : Aktor.DIREKTORATET;
        }
    }

    @Inject
    EndringService service;

    @Inject
    AkseptService aksepter;

    @Inject
    Innlogget innlogget;

    @GET
    @RolesAllowed({Roller.SOKER, Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Endringssøknadene på vedtaket (kommunen: bare egne vedtak)")
    public List<EndringDto> liste(@PathParam("id") long vedtakId) {
        aksepter.sendt(vedtakId, innlogget);
        boolean stab = innlogget.erSaksbehandlerGodkjennerEllerAdmin();
        return service.forVedtak(vedtakId).stream().map(e -> EndringDto.fra(e, stab)).toList();
    }

    @POST
    @RolesAllowed(Roller.SOKER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Be om lengre rapportfrist (FRIST) eller om å flytte penger mellom tiltakene (OMDISPONERING), aldri over tildelt beløp")
    public Response send(@PathParam("id") long vedtakId, EndringService.EndringInput input) {
        Endringssoknad endring = service.send(vedtakId, input, innlogget);
        return Response.created(URI.create("/api/vedtak/" + vedtakId + "/endringer/" + endring.id)).entity(EndringDto.fra(endring, false))
                .build();
    }

    @GET
    @Path("{endringId}")
    @RolesAllowed({Roller.SOKER, Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Én endringssøknad")
    public EndringDto en(@PathParam("id") long vedtakId, @PathParam("endringId") long endringId) {
        return liste(vedtakId).stream().filter(e -> e.id() == endringId).findFirst()
                .orElseThrow(() -> ProblemException.ikkeFunnet("Endringssøknad " + endringId + " finnes ikke."));
    }

    @POST
    @Path("{endringId}/avgjorelse")
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Innvilg eller avslå; flyttes penger mellom kategorier, venter innvilgelsen på en annen godkjenner")
    public EndringDto avgjor(@PathParam("id") long vedtakId, @PathParam("endringId") long endringId, Avgjorelse avgjorelse) {
        krevPaVedtaket(vedtakId, endringId);
        return EndringDto.fra(service.avgjor(endringId, avgjorelse == null ? null : avgjorelse.innvilget(),
                avgjorelse == null ? null : avgjorelse.svar(), innlogget), true);
    }

    @POST
    @Path("{endringId}/godkjenning")
    @RolesAllowed(Roller.GODKJENNER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Godkjenn en innvilget omdisponering mellom kategorier (fire øyne), eller returner den med kommentar")
    public EndringDto godkjenn(@PathParam("id") long vedtakId, @PathParam("endringId") long endringId, Godkjenning godkjenning) {
        krevPaVedtaket(vedtakId, endringId);
        return EndringDto.fra(service.godkjenn(endringId, godkjenning == null ? null : godkjenning.godkjent(),
                godkjenning == null ? null : godkjenning.kommentar(), innlogget), true);
    }

    @GET
    @Path("{endringId}/brev.pdf")
    @RolesAllowed({Roller.SOKER, Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Produces("application/pdf")
    @Operation(summary = "Endringsbrevet som PDF")
    public Response brev(@PathParam("id") long vedtakId, @PathParam("endringId") long endringId) {
        return service.brev(vedtakId, endringId, innlogget).somPdf();
    }

    /** A request reached through a decision's URL must be one of that decision's; otherwise 404. */
    private void krevPaVedtaket(long vedtakId, long endringId) {
        aksepter.sendt(vedtakId, innlogget);
        if (service.forVedtak(vedtakId).stream().noneMatch(e -> e.id == endringId)) {
            throw ProblemException.ikkeFunnet("Endringssøknad " + endringId + " finnes ikke.");
        }
    }
}
