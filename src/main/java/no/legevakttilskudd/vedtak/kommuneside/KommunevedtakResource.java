package no.legevakttilskudd.vedtak.kommuneside;

import java.net.URI;
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
import no.legevakttilskudd.felles.web.Csrf;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.soknad.SoknadFeil;
import no.legevakttilskudd.soknad.SoknadService;
import no.legevakttilskudd.soknad.Soknadoversikt;
import no.legevakttilskudd.vedtak.aksept.AkseptService;
import no.legevakttilskudd.vedtak.brev.Brev;
import no.legevakttilskudd.vedtak.brev.Brevside;
import no.legevakttilskudd.vedtak.klage.KlageService;
import no.legevakttilskudd.vedtak.rapport.RapportService;

/**
 * The kommune's answers to a sent decision, from its application page: accept with an account number, report on the
 * money's use, appeal, and read the letter. A form in error draws the application page again with the errors at the
 * decision.
 */
@Path("/mine-soknader/{id}/vedtak/{vedtakId}")
@RolesAllowed(Roller.SOKER)
public class KommunevedtakResource {

    @Inject
    SoknadService soknader;

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
    Csrf csrf;

    @Inject
    Sprak sprak;

    @POST
    @Path("aksept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response aksepter(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @RestForm(Csrf.FELT) String token,
            @RestForm String kontonummer) {
        csrf.krev(token);
        krevVedtakPaSoknaden(id, vedtakId);
        try {
            aksepter.aksepter(vedtakId, kontonummer, innlogget);
        } catch (ProblemException e) {
            return medFeil(id, e, new Skjema().verdi("kontonummer", kontonummer));
        }
        return tilSoknaden(id, "akseptert");
    }

    @POST
    @Path("rapport")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response rapporter(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, MultivaluedMap<String, String> form) {
        csrf.krev(form.getFirst(Csrf.FELT));
        Soknad soknad = krevVedtakPaSoknaden(id, vedtakId);
        Skjema skjema = new Skjema();
        form.forEach((navn, verdier) -> skjema.verdi(navn, verdier.isEmpty() ? null : verdier.get(0)));
        List<RapportService.RapportInput.Linje> linjer = new ArrayList<>();
        for (int i = 0; i < soknad.tiltak.size(); i++) {
            String brukt = form.getFirst("tiltak[" + i + "].brukt");
            Long belop = Kroner.les(brukt);
            if (brukt != null && !brukt.isBlank() && belop == null) {
                skjema.leggTil(Feltfeil.av("tiltak[" + i + "].brukt", SoknadFeil.BELOP_FORMAT));
            }
            linjer.add(new RapportService.RapportInput.Linje(form.getFirst("tiltak[" + i + "].gjort"), belop));
        }
        try {
            // An amount that could not be read goes in as missing, so the service refuses the report and names every
            // other error as well; nothing is stored while any field is wrong.
            rapporter.send(vedtakId, new RapportService.RapportInput(linjer), innlogget);
        } catch (ProblemException e) {
            return medFeil(id, e, skjema);
        }
        if (skjema.harFeil()) {
            return Response.status(400).entity(oversikt.medFeilIDel(id, skjema)).build();
        }
        return tilSoknaden(id, "rapportert");
    }

    @POST
    @Path("klage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response klag(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @RestForm(Csrf.FELT) String token,
            @RestForm String tekst) {
        csrf.krev(token);
        krevVedtakPaSoknaden(id, vedtakId);
        try {
            klager.klag(vedtakId, tekst, innlogget);
        } catch (ProblemException e) {
            return medFeil(id, e, new Skjema().verdi("tekst", tekst));
        }
        return tilSoknaden(id, "klaget");
    }

    @GET
    @Path("brev")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance brevside(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId) {
        Soknad soknad = krevVedtakPaSoknaden(id, vedtakId);
        Brev brev = aksepter.brev(vedtakId, innlogget);
        String side = "/mine-soknader/" + id;
        return sprak.side(brevside.vis(brev, soknad.referanse, side, side + "/vedtak/" + vedtakId + "/brev.pdf"));
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
    private Soknad krevVedtakPaSoknaden(long soknadId, long vedtakId) {
        Soknad soknad = soknader.hentForKommunen(soknadId, innlogget);
        if (aksepter.sendte(soknadId, innlogget).stream().noneMatch(v -> v.id == vedtakId)) {
            throw ProblemException.ikkeFunnet("Vedtak " + vedtakId + " finnes ikke.");
        }
        return soknad;
    }

    /** Bad input is drawn again at the decision; anything else (not found, conflict) goes on to the error page. */
    private Response medFeil(long id, ProblemException e, Skjema skjema) {
        if (e.problem().status() != 400) {
            throw e;
        }
        e.problem().feil().stream().filter(f -> skjema.feil(f.felt()) == null).forEach(skjema::leggTil);
        return Response.status(400).entity(oversikt.medFeilIDel(id, skjema)).build();
    }

    private static Response tilSoknaden(long id, String kvittering) {
        return Response.seeOther(URI.create("/mine-soknader/" + id + "?" + kvittering + "=true")).build();
    }
}
