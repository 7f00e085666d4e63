package no.legevakttilskudd.vedtak.endring;

import java.time.LocalDate;
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
import no.legevakttilskudd.felles.Tidsformat;
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
import no.legevakttilskudd.vedtak.brev.Brevside;
import no.legevakttilskudd.vedtak.brev.Brevslag;

/**
 * The kommune asks for a change from its application page (a later deadline, or new amounts per measure) and reads the
 * change letters. A form in error draws the application page again with the errors at the form.
 */
@Skjemavern
@Path("/mine-soknader/{id}/vedtak/{vedtakId}/endringer")
@RolesAllowed(Roller.SOKER)
public class KommuneEndringResource {

    @Inject
    EndringService service;

    @Inject
    SoknadVisning visning;

    @Inject
    Soknadoversikt oversikt;

    @Inject
    AkseptService aksepter;

    @Inject
    Brevside brevside;

    @Inject
    Innlogget innlogget;

    @Inject
    Sprak sprak;

    @POST
    @Path("frist")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response frist(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @RestForm String rapportfrist,
            @RestForm(Endringsdel.FRIST_BEGRUNNELSE) String begrunnelse) {
        Skjema skjema = new Skjema().verdi("rapportfrist", rapportfrist).verdi(Endringsdel.FRIST_BEGRUNNELSE, begrunnelse)
                .navngi("begrunnelse", Endringsdel.FRIST_BEGRUNNELSE);
        LocalDate dato = rapportfrist == null || rapportfrist.isBlank() ? null : Tidsformat.lesDato(rapportfrist).orElse(null);
        if (rapportfrist != null && !rapportfrist.isBlank() && dato == null) {
            skjema.leggTil(new Feltfeil("rapportfrist", "Skriv datoen som dd.mm.åååå, for eksempel 15.03.2027."));
        }
        krevVedtakPaSoknaden(id, vedtakId);
        return send(id, vedtakId, skjema, new EndringService.EndringInput(Endringstype.FRIST, dato, null, begrunnelse));
    }

    @POST
    @Path("omdisponering")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response omdisponering(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, MultivaluedMap<String, String> form) {
        SoknadDto soknad = krevVedtakPaSoknaden(id, vedtakId);
        Skjema skjema = new Skjema().navngi("begrunnelse", Endringsdel.OMDISPONERING_BEGRUNNELSE)
                .navngi("belop", Endringsdel.belopsfeltet(0));
        form.forEach((navn, verdier) -> skjema.verdi(navn, verdier.isEmpty() ? null : verdier.get(0)));
        List<Long> belop = new ArrayList<>();
        for (int i = 0; i < soknad.tiltak().size(); i++) {
            String felt = Endringsdel.belopsfeltet(i);
            String tekst = form.getFirst(felt);
            Long verdi = Kroner.les(tekst);
            if (verdi == null) {
                skjema.leggTil(Feltfeil.av(felt, SoknadFeil.BELOP_FORMAT));
            }
            belop.add(verdi);
        }
        return send(id, vedtakId, skjema, new EndringService.EndringInput(Endringstype.OMDISPONERING, null, belop,
                form.getFirst(Endringsdel.OMDISPONERING_BEGRUNNELSE)));
    }

    /**
     * A value that could not be read goes to the service as missing, which it always refuses; so the service names
     * every other error too, and nothing is stored while any field is wrong.
     */
    private Response send(long id, long vedtakId, Skjema skjema, EndringService.EndringInput input) {
        try {
            service.send(vedtakId, input, innlogget);
        } catch (ProblemException e) {
            Skjemasvar.medFeil(skjema, e);
        }
        return skjema.harFeil() ? Skjemasvar.ugyldig(oversikt.medFeilIDel(id, skjema)) : Skjemasvar.videre(tilSoknaden(id, vedtakId));
    }

    @GET
    @Path("{endringId}/brev")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance brevside(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @PathParam("endringId") long endringId) {
        SoknadDto soknad = krevVedtakPaSoknaden(id, vedtakId);
        Endringsbrev brev = service.brev(vedtakId, endringId, innlogget);
        String side = "/mine-soknader/" + id;
        return sprak.side(brevside.vis(brev, Brevslag.ENDRING, soknad.referanse(), side,
                side + "/vedtak/" + vedtakId + "/endringer/" + endringId + "/brev.pdf"));
    }

    @GET
    @Path("{endringId}/brev.pdf")
    @Produces("application/pdf")
    public Response brev(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @PathParam("endringId") long endringId) {
        krevVedtakPaSoknaden(id, vedtakId);
        return service.brev(vedtakId, endringId, innlogget).somPdf();
    }

    /** The kommune's own application, and the decision one of its sent decisions; otherwise 404. */
    private SoknadDto krevVedtakPaSoknaden(long id, long vedtakId) {
        SoknadDto soknad = visning.forKommunen(id, innlogget);
        aksepter.krevSendtPaSoknaden(id, vedtakId, innlogget);
        return soknad;
    }

    private static String tilSoknaden(long id, long vedtakId) {
        return "/mine-soknader/" + id + "?endring-sendt=true#endringer-" + vedtakId;
    }
}
