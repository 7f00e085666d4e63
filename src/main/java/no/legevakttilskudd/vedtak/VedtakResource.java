package no.legevakttilskudd.vedtak;

import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.Side;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.vedtak.aksept.Aksept;
import no.legevakttilskudd.vedtak.aksept.AkseptService;
import no.legevakttilskudd.vedtak.brev.Brev;

/** One decision: read, approve or return (four eyes), send. Thin: the rules live in {@link VedtakService}. */
@Path("/api/vedtak")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vedtak")
public class VedtakResource {

    /** A return needs the approver's comment. */
    public record Retur(String kommentar) {
    }

    /** The kommune's acceptance: the account the award is paid to. */
    public record AkseptInput(String kontonummer) {
    }

    /** An acceptance as the API shows it. */
    public record AkseptDto(long vedtakId, String kontonummer, OffsetDateTime akseptert, String akseptertAv) {

        static AkseptDto fra(Aksept a) {
            return new AkseptDto(a.vedtakId, a.kontonummer, Tidsformat.norsk(a.akseptert), a.akseptertAv);
        }
    }

    @Inject
    VedtakService service;

    @Inject
    Vedtaksliste vedtaksliste;

    @Inject
    AkseptService aksepter;

    @Inject
    VedtakskontrollService kontroller;

    @Inject
    Innlogget innlogget;

    @GET
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Vedtak i én status på tvers av søknader, eldste forslag først (godkjennerens kø: status=FORESLATT)")
    public Side<Vedtaksrad> liste(@QueryParam("status") @DefaultValue("FORESLATT") String status, @QueryParam("utlysning") Long utlysning,
            @QueryParam("side") @DefaultValue("1") int side, @QueryParam("storrelse") @DefaultValue("50") int storrelse) {
        return vedtaksliste.liste(VedtakStatus.les(status), utlysning, side, storrelse, innlogget);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Ett vedtak")
    public VedtakDto hent(@PathParam("id") long id) {
        return VedtakDto.fra(service.hent(id));
    }

    @GET
    @Path("{id}/kontroll")
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Kontroller vedtaket: dagens regler på det lagrede grunnlaget og på dagens data, med hva som skiller og hvorfor "
            + "(endrer ikke vedtaket; 409 vedtak-uten-grunnlag for vedtak foreslått før grunnlaget ble lagret)")
    public VedtakskontrollService.Kontroll kontroll(@PathParam("id") long id) {
        return kontroller.kontroller(id);
    }

    @POST
    @Path("{id}/godkjenn")
    @RolesAllowed(Roller.GODKJENNER)
    @Operation(summary = "Godkjenn et foreslått vedtak (ikke ditt eget; 409 når rammen eller taket ikke tillater det)")
    public VedtakDto godkjenn(@PathParam("id") long id) {
        return VedtakDto.fra(service.godkjenn(id, innlogget));
    }

    @POST
    @Path("{id}/returner")
    @RolesAllowed(Roller.GODKJENNER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send et foreslått vedtak tilbake til saksbehandler med kommentar")
    public VedtakDto returner(@PathParam("id") long id, Retur retur) {
        return VedtakDto.fra(service.returner(id, retur == null ? null : retur.kommentar(), innlogget));
    }

    @POST
    @Path("{id}/send")
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER})
    @Operation(summary = "Send et godkjent vedtak til kommunen; deretter kan det ikke endres")
    public VedtakDto send(@PathParam("id") long id) {
        return VedtakDto.fra(service.send(id, innlogget));
    }

    @POST
    @Path("{id}/aksept")
    @RolesAllowed(Roller.SOKER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Kommunen aksepterer vilkårene og oppgir kontonummeret (11 sifre, MOD11)")
    public AkseptDto aksepter(@PathParam("id") long id, AkseptInput input) {
        return AkseptDto.fra(aksepter.aksepter(id, input == null ? null : input.kontonummer(), innlogget));
    }

    @GET
    @Path("{id}/brev")
    @RolesAllowed({Roller.SOKER, Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    @Operation(summary = "Vedtaksbrevet slik det ble sendt, som PDF eller HTML (etter Accept)")
    public Response brev(@PathParam("id") long id, @jakarta.ws.rs.HeaderParam("Accept") String accept) {
        Brev brev = aksepter.brev(id, innlogget);
        if (accept != null && accept.contains(MediaType.TEXT_HTML) && !accept.contains("application/pdf")) {
            return Response.ok(brev.html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        return brev.somPdf();
    }
}
