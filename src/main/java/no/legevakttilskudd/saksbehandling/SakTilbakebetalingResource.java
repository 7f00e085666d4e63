package no.legevakttilskudd.saksbehandling;

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

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Skjemasvar;
import no.legevakttilskudd.felles.web.Skjemavern;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.soknad.SoknadFeil;
import no.legevakttilskudd.vedtak.tilbakebetaling.TilbakebetalingService;
import no.legevakttilskudd.vedtak.tilbakebetaling.Tilbakebetalingsgrunn;

/**
 * Repayment from the case page: the caseworker claims money back, records what the kommune pays in, and sets a claim
 * past due off against a later payment; and the claim's letter. Each comes back to the case (303), or draws it again
 * with the errors at the fields or the refusal on top.
 */
@Skjemavern
@Path("/saksbehandling/soknader/{id}/vedtak/{vedtakId}/tilbakebetalingskrav")
@RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
public class SakTilbakebetalingResource {

    @Inject
    Saksside saksside;

    @Inject
    TilbakebetalingService tilbakebetalinger;

    @Inject
    Innlogget innlogget;

    @POST
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response krev(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @RestForm("krav-grunn") String grunn,
            @RestForm("krav-belop") String belop, @RestForm("krav-forfall") String forfall,
            @RestForm("krav-begrunnelse") String begrunnelse) {
        Skjema skjema = new Skjema().verdi("krav-grunn", grunn).verdi("krav-belop", belop).verdi("krav-forfall", forfall)
                .verdi("krav-begrunnelse", begrunnelse).navngi("grunn", "krav-grunn").navngi("belop", "krav-belop")
                .navngi("forfall", "krav-forfall").navngi("begrunnelse", "krav-begrunnelse");
        Long kroner = belop == null || belop.isBlank() ? null : lesBelop(skjema, "krav-belop", belop);
        return Skjemasvar.utforMedVarsel(skjema, () -> {
            saksside.krevSammeSak(id, vedtakId);
            tilbakebetalinger.krev(vedtakId, new TilbakebetalingService.KravInput(Saksskjema.valg(Tilbakebetalingsgrunn.class, grunn),
                    kroner, Saksskjema.dato(forfall, "forfall"), begrunnelse), innlogget);
            return SakVedtakResource.tilSaken(id, "tilbakebetaling-krevd");
        }, (s, varsel) -> saksside.side(id, null, s, null, varsel));
    }

    @POST
    @Path("{kravId}/innbetaling")
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response innbetal(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @PathParam("kravId") long kravId,
            @RestForm("innbetaling-belop") String belop, @RestForm("innbetaling-dato") String dato) {
        Skjema skjema = new Skjema().verdi("innbetaling-belop", belop).verdi("innbetaling-dato", dato)
                .navngi("belop", "innbetaling-belop").navngi("dato", "innbetaling-dato");
        Long kroner = lesBelop(skjema, "innbetaling-belop", belop);
        return Skjemasvar.utforMedVarsel(skjema, () -> {
            saksside.krevKravPaSaken(id, vedtakId, kravId);
            tilbakebetalinger.innbetal(kravId, new TilbakebetalingService.BetalingInput(kroner, Saksskjema.dato(dato, "dato")), innlogget);
            return SakVedtakResource.tilSaken(id, "tilbakebetaling-innbetalt");
        }, (s, varsel) -> saksside.side(id, null, s, null, varsel));
    }

    @POST
    @Path("{kravId}/motregning")
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response motregn(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @PathParam("kravId") long kravId,
            @RestForm("motregning-utbetaling") String utbetaling, @RestForm("motregning-belop") String belop) {
        Skjema skjema = new Skjema().verdi("motregning-belop", belop).navngi("belop", "motregning-belop")
                .navngi("utbetalingId", "motregning-utbetaling");
        Long kroner = belop == null || belop.isBlank() ? null : lesBelop(skjema, "motregning-belop", belop);
        return Skjemasvar.utforMedVarsel(skjema, () -> {
            saksside.krevKravPaSaken(id, vedtakId, kravId);
            Long utbetalingId = utbetaling == null || !utbetaling.strip().matches("\\d{1,18}") ? null : Long.valueOf(utbetaling.strip());
            tilbakebetalinger.motregn(kravId, new TilbakebetalingService.MotregningInput(utbetalingId, kroner), innlogget);
            return SakVedtakResource.tilSaken(id, "tilbakebetaling-motregnet");
        }, (s, varsel) -> saksside.side(id, null, s, null, varsel));
    }

    @GET
    @Path("{kravId}/brev")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance brevside(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @PathParam("kravId") long kravId) {
        return saksside.tilbakebetalingsbrev(id, vedtakId, kravId);
    }

    @GET
    @Path("{kravId}/brev.pdf")
    @Produces("application/pdf")
    public Response brev(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @PathParam("kravId") long kravId) {
        return saksside.tilbakebetalingsbrevSomPdf(id, vedtakId, kravId);
    }

    /** An amount that cannot be read is an error at its field; the service is then not asked (the form already has errors). */
    private static Long lesBelop(Skjema skjema, String felt, String tekst) {
        Long kroner = Kroner.les(tekst);
        if (kroner == null) {
            skjema.leggTil(Feltfeil.av(felt, SoknadFeil.BELOP_FORMAT));
        }
        return kroner;
    }
}
