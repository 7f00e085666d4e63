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
import org.jboss.resteasy.reactive.server.WithFormRead;

import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Skjemasvar;
import no.legevakttilskudd.felles.web.Skjemavern;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.vedtak.VedtakService;
import no.legevakttilskudd.vedtak.klage.KlageService;
import no.legevakttilskudd.vedtak.klage.Klageutfall;
import no.legevakttilskudd.vedtak.rapport.RapportService;
import no.legevakttilskudd.vedtak.utbetaling.UtbetalingService;

/**
 * The steps on one of the case's decisions, from the case page: approve or return (four eyes), send, the letter, and
 * after sending the appeal, the report and the payments. Each comes back to the case (303), or draws it again with the
 * errors or the refusal.
 */
@Skjemavern
@Path("/saksbehandling/soknader/{id}/vedtak/{vedtakId}")
@RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
public class SakVedtakResource {

    @Inject
    Saksside saksside;

    @Inject
    VedtakService vedtakService;

    @Inject
    UtbetalingService utbetalinger;

    @Inject
    KlageService klager;

    @Inject
    RapportService rapporter;

    @Inject
    Innlogget innlogget;

    @POST
    @Path("godkjenn")
    @RolesAllowed(Roller.GODKJENNER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @WithFormRead
    public Response godkjenn(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId) {
        return Skjemasvar.utforMedVarsel(null, () -> {
            saksside.krevSammeSak(id, vedtakId);
            vedtakService.godkjenn(vedtakId, innlogget);
            return tilSaken(id, "vedtak-godkjent");
        }, (s, varsel) -> saksside.side(id, null, null, null, varsel));
    }

    @POST
    @Path("returner")
    @RolesAllowed(Roller.GODKJENNER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response returner(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @RestForm String kommentar) {
        return Skjemasvar.utforMedVarsel(null, () -> {
            saksside.krevSammeSak(id, vedtakId);
            vedtakService.returner(vedtakId, kommentar, innlogget);
            return tilSaken(id, "vedtak-returnert");
        }, (s, varsel) -> saksside.side(id, null, null, null, varsel));
    }

    @POST
    @Path("send")
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @WithFormRead
    public Response send(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId) {
        return Skjemasvar.utforMedVarsel(null, () -> {
            saksside.krevSammeSak(id, vedtakId);
            vedtakService.send(vedtakId, innlogget);
            return tilSaken(id, "vedtak-sendt");
        }, (s, varsel) -> saksside.side(id, null, null, null, varsel));
    }

    @GET
    @Path("brev")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance brevside(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId) {
        return saksside.brev(id, vedtakId);
    }

    @GET
    @Path("brev.pdf")
    @Produces("application/pdf")
    public Response brev(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId) {
        return saksside.brevSomPdf(id, vedtakId);
    }

    @POST
    @Path("klager/{klageId}/behandling")
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response behandleKlage(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @PathParam("klageId") long klageId,
            @RestForm String utfall, @RestForm String oversendt, @RestForm String notat) {
        Skjema skjema = new Skjema().verdi("utfall", utfall).verdi("oversendt", oversendt).verdi("notat", notat);
        return Skjemasvar.utforMedVarsel(skjema, () -> {
            saksside.krevKlagePaSaken(id, vedtakId, klageId);
            klager.behandle(klageId, Saksskjema.valg(Klageutfall.class, utfall), Saksskjema.dato(oversendt, "oversendt"), notat,
                    innlogget);
            return tilSaken(id, "klage-behandlet");
        }, (s, varsel) -> saksside.side(id, null, s, null, varsel));
    }

    @POST
    @Path("rapport")
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response behandleRapport(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @RestForm String handling,
            @RestForm String kommentar) {
        Skjema skjema = new Skjema().verdi("kommentar", kommentar);
        boolean godkjenn = "godkjenn".equals(handling);
        return Skjemasvar.utforMedVarsel(skjema, () -> {
            saksside.krevSammeSak(id, vedtakId);
            rapporter.behandle(vedtakId, godkjenn, kommentar, innlogget);
            return tilSaken(id, godkjenn ? "rapport-godkjent" : "rapport-mer");
        }, (s, varsel) -> saksside.side(id, null, s, null, varsel));
    }

    @POST
    @Path("utbetaling")
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response utbetal(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @RestForm String belop,
            @RestForm String dato) {
        Skjema skjema = new Skjema().verdi("belop", belop).verdi("dato", dato);
        return Skjemasvar.utforMedVarsel(skjema, () -> {
            saksside.krevSammeSak(id, vedtakId);
            utbetalinger.registrer(vedtakId, Kroner.les(belop), Saksskjema.dato(dato, "dato"), innlogget);
            return tilSaken(id, "utbetaling-registrert");
        }, (s, varsel) -> saksside.side(id, null, s, null, varsel));
    }

    /** Back to the case with a receipt. */
    static String tilSaken(long id, String melding) {
        return "/saksbehandling/soknader/" + id + "?melding=" + melding;
    }
}
