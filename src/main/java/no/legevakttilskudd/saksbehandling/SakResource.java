package no.legevakttilskudd.saksbehandling;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
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
import no.legevakttilskudd.saksbehandling.fordeling.SaksfordelingService;
import no.legevakttilskudd.soknad.VedleggService;
import no.legevakttilskudd.vedtak.Utfall;
import no.legevakttilskudd.vedtak.VedtakInput;
import no.legevakttilskudd.vedtak.VedtakService;
import no.legevakttilskudd.vurdering.Kvalitet;
import no.legevakttilskudd.vurdering.VurderingInput;
import no.legevakttilskudd.vurdering.VurderingService;

/**
 * The case page and the two forms that work on the application itself: the assessment and the proposal of a decision.
 * The steps on a decision once proposed are in {@link SakVedtakResource}. Each form comes back to the case (303), or
 * draws it again with the errors.
 */
@Skjemavern
@Path("/saksbehandling/soknader/{id}")
@RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
public class SakResource {

    private static final Pattern STROK = Pattern.compile("strok-(\\d{1,3})-(\\d{1,3})");

    @Inject
    Saksside saksside;

    @Inject
    VurderingService vurderinger;

    @Inject
    VedtakService vedtakService;

    @Inject
    VedleggService vedleggService;

    @Inject
    SaksfordelingService fordeling;

    @Inject
    Saksmappe saksmappe;

    @Inject
    Innlogget innlogget;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance sak(@PathParam("id") long id, @QueryParam("melding") String melding) {
        // Whoever opens a case can be assigned cases (if a caseworker) from today.
        fordeling.registrer(innlogget);
        return saksside.side(id, melding);
    }

    /** The case dossier (ZIP), from the case page. */
    @GET
    @Path("saksmappe")
    @Produces("application/zip")
    public Response saksmappe(@PathParam("id") long id) {
        return saksmappe.lastNed(id, innlogget);
    }

    /** The kommune's attachment, opened from the case. */
    @GET
    @Path("vedlegg/{vedleggId}")
    @Produces("application/pdf")
    public Response vedlegg(@PathParam("id") long id, @PathParam("vedleggId") long vedleggId) {
        return vedleggService.lastNed(id, vedleggId, innlogget);
    }

    @POST
    @Path("vurdering")
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response vurder(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Skjema skjema = new Skjema();
        form.forEach((navn, verdier) -> skjema.verdi(navn, verdier.isEmpty() ? null : verdier.get(0)));
        List<VurderingInput.Strok> strok = new ArrayList<>();
        for (String valgt : form.getOrDefault("strok", List.of())) {
            Matcher m = STROK.matcher(valgt);
            if (m.matches()) {
                strok.add(new VurderingInput.Strok(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)),
                        form.getFirst("begrunnelse-" + m.group(1) + "-" + m.group(2))));
                skjema.verdi(valgt, "valgt");
            }
        }
        Kvalitet kvalitet = Saksskjema.valg(Kvalitet.class, form.getFirst("kvalitet"));
        // The version read is a number the page itself wrote; anything else is a stale or forged form, which the
        // service answers as a conflict.
        Long versjon = Kroner.les(form.getFirst("versjon"));
        return Skjemasvar.utforMedVarsel(skjema, () -> {
            vurderinger.lagre(id, new VurderingInput(kvalitet, form.getFirst("notat"), strok, versjon), innlogget);
            return SakVedtakResource.tilSaken(id, "vurdering-lagret");
        }, (s, varsel) -> saksside.side(id, s, null, null, varsel));
    }

    @POST
    @Path("vedtak")
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response foresla(@PathParam("id") long id, @RestForm String utfall, @RestForm String belop, @RestForm String begrunnelse) {
        Skjema skjema = new Skjema().verdi("utfall", utfall).verdi("belop", belop).verdi("begrunnelse", begrunnelse);
        Long tall = Kroner.les(belop);
        if (belop != null && !belop.isBlank() && tall == null) {
            skjema.leggTil(new Feltfeil("belop", "Skriv beløpet i hele kroner, f.eks. 800 000."));
        }
        return Skjemasvar.utforMedVarsel(skjema, () -> {
            vedtakService.foresla(id, new VedtakInput(Saksskjema.valg(Utfall.class, utfall), tall, begrunnelse), null, innlogget);
            return SakVedtakResource.tilSaken(id, "vedtak-foreslatt");
        }, (s, varsel) -> saksside.side(id, null, s, null, varsel));
    }
}
