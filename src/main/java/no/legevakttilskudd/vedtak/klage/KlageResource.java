package no.legevakttilskudd.vedtak.klage;

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

/** Appeals against a sent decision. */
@Path("/api/vedtak/{id}/klager")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vedtak")
public class KlageResource {

    /** The kommune's appeal. */
    public record KlageInput(String tekst) {
    }

    /** Staff's outcome: upheld, or not upheld and forwarded on a date. */
    public record Behandling(Klageutfall utfall, LocalDate oversendt, String notat) {
    }

    /** An appeal as the API shows it. */
    public record KlageDto(long id, long vedtakId, String tekst, OffsetDateTime innsendt, boolean forSen, Klageutfall utfall,
            OffsetDateTime behandlet, String behandletAv, LocalDate oversendt) {

        static KlageDto fra(Klage k) {
            return fra(k, true);
        }

        /** @param medNavn whether the caller may see the handler's user name (staff); the kommune sees the directorate */
        static KlageDto fra(Klage k, boolean medNavn) {
            return new KlageDto(k.id, k.vedtakId, k.tekst, Tidsformat.norsk(k.innsendt), k.forSen, k.utfall,
                    Tidsformat.norsk(k.behandlet), k.behandletAv == null || medNavn ? k.behandletAv : Aktor.DIREKTORATET, k.oversendt);
        }
    }

    @Inject
    KlageService service;

    @Inject
    AkseptService aksepter;

    @Inject
    Innlogget innlogget;

    @GET
    @RolesAllowed({Roller.SOKER, Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Klagene på vedtaket (kommunen: bare egne vedtak)")
    public List<KlageDto> liste(@PathParam("id") long vedtakId) {
        aksepter.sendt(vedtakId, innlogget);
        boolean stab = innlogget.erSaksbehandlerGodkjennerEllerAdmin();
        return service.forVedtak(vedtakId).stream().map(k -> KlageDto.fra(k, stab)).toList();
    }

    @POST
    @RolesAllowed(Roller.SOKER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Klag på et sendt vedtak (når utlysningen gir klageadgang); en for sen klage tas imot og merkes")
    public Response klag(@PathParam("id") long vedtakId, KlageInput input) {
        Klage klage = service.klag(vedtakId, input == null ? null : input.tekst(), innlogget);
        return Response.created(URI.create("/api/vedtak/" + vedtakId + "/klager")).entity(KlageDto.fra(klage)).build();
    }

    @POST
    @Path("{klageId}/behandling")
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Registrer utfallet: MEDHOLD (så et nytt vedtak) eller IKKE_MEDHOLD med dato for oversending")
    public KlageDto behandle(@PathParam("id") long vedtakId, @PathParam("klageId") long klageId, Behandling behandling) {
        Klage klage = service.forVedtak(vedtakId).stream().filter(k -> k.id == klageId).findFirst()
                .orElseThrow(() -> ProblemException.ikkeFunnet("Klage " + klageId + " finnes ikke."));
        return KlageDto.fra(service.behandle(klage.id, behandling == null ? null : behandling.utfall(),
                behandling == null ? null : behandling.oversendt(), behandling == null ? null : behandling.notat(), innlogget));
    }
}
