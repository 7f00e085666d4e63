package no.legevakttilskudd.vedtak.kommuneside;

import java.util.ArrayList;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Skjemasvar;
import no.legevakttilskudd.felles.web.Skjemavern;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.soknad.SoknadDto;
import no.legevakttilskudd.soknad.SoknadFeil;
import no.legevakttilskudd.soknad.SoknadVisning;
import no.legevakttilskudd.soknad.Soknadoversikt;
import no.legevakttilskudd.vedtak.aksept.AkseptService;
import no.legevakttilskudd.vedtak.brev.Brev;
import no.legevakttilskudd.vedtak.brev.Brevside;
import no.legevakttilskudd.vedtak.brev.Brevslag;
import no.legevakttilskudd.vedtak.klage.KlageService;
import no.legevakttilskudd.vedtak.rapport.RapportService;

/**
 * The kommune's answers to a sent decision, from its application page: accept with an account number, report on the
 * money's use, appeal, and read the letter. A form in error draws the application page again with the errors at the
 * decision.
 */
@Skjemavern
@Path("/mine-soknader/{id}/vedtak/{vedtakId}")
@RolesAllowed(Roller.SOKER)
public class KommunevedtakResource {

    @Inject
    SoknadVisning visning;

    @Inject
    Soknadoversikt oversikt;

    @Inject
    AkseptService aksepter;

    @Inject
    KlageService klager;

    @Inject
    RapportService rapporter;

    @Inject
    Brevside brevside;

    @Inject
    Innlogget innlogget;

    @Inject
    Sprak sprak;

    @POST
    @Path("aksept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response aksepter(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @RestForm String kontonummer) {
        return Skjemasvar.utfor(new Skjema().verdi("kontonummer", kontonummer), () -> {
            krevVedtakPaSoknaden(id, vedtakId);
            aksepter.aksepter(vedtakId, kontonummer, innlogget);
            return tilSoknaden(id, "akseptert");
        }, skjema -> oversikt.medFeilIDel(id, skjema));
    }

    @POST
    @Path("rapport")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response rapporter(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, MultivaluedMap<String, String> form) {
        SoknadDto soknad = krevVedtakPaSoknaden(id, vedtakId);
        Skjema skjema = new Skjema();
        form.forEach((navn, verdier) -> skjema.verdi(navn, verdier.isEmpty() ? null : verdier.get(0)));
        List<RapportService.RapportInput.Linje> linjer = new ArrayList<>();
        for (int i = 0; i < soknad.tiltak().size(); i++) {
            String brukt = form.getFirst("tiltak[" + i + "].brukt");
            Long belop = Kroner.les(brukt);
            if (brukt != null && !brukt.isBlank() && belop == null) {
                skjema.leggTil(Feltfeil.av("tiltak[" + i + "].brukt", SoknadFeil.BELOP_FORMAT));
            }
            linjer.add(new RapportService.RapportInput.Linje(form.getFirst("tiltak[" + i + "].gjort"), belop));
        }
        // An amount that could not be read goes in as missing, so the service refuses the report and names every other
        // error as well; nothing is stored while any field is wrong.
        try {
            rapporter.send(vedtakId, new RapportService.RapportInput(linjer), innlogget);
        } catch (ProblemException e) {
            Skjemasvar.medFeil(skjema, e);
        }
        return skjema.harFeil() ? Skjemasvar.ugyldig(oversikt.medFeilIDel(id, skjema)) : Skjemasvar.videre(tilSoknaden(id, "rapportert"));
    }

    @POST
    @Path("klage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response klag(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @RestForm String tekst) {
        return Skjemasvar.utfor(new Skjema().verdi("tekst", tekst), () -> {
            krevVedtakPaSoknaden(id, vedtakId);
            klager.klag(vedtakId, tekst, innlogget);
            return tilSoknaden(id, "klaget");
        }, skjema -> oversikt.medFeilIDel(id, skjema));
    }

    @GET
    @Path("brev")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance brevside(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId) {
        SoknadDto soknad = krevVedtakPaSoknaden(id, vedtakId);
        Brev brev = aksepter.brev(vedtakId, innlogget);
        String side = "/mine-soknader/" + id;
        return sprak.side(brevside.vis(brev, Brevslag.VEDTAK, soknad.referanse(), side, side + "/vedtak/" + vedtakId + "/brev.pdf"));
    }

    @GET
    @Path("brev.pdf")
    @Produces("application/pdf")
    public Response brev(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId) {
        krevVedtakPaSoknaden(id, vedtakId);
        return aksepter.brev(vedtakId, innlogget).somPdf();
    }

    /**
     * The kommune's own application, and the decision one of its sent decisions; otherwise 404, as for anything the
     * kommune may not see.
     */
    private SoknadDto krevVedtakPaSoknaden(long soknadId, long vedtakId) {
        SoknadDto soknad = visning.forKommunen(soknadId, innlogget);
        aksepter.krevSendtPaSoknaden(soknadId, vedtakId, innlogget);
        return soknad;
    }

    private static String tilSoknaden(long id, String kvittering) {
        return "/mine-soknader/" + id + "?" + kvittering + "=true";
    }
}
