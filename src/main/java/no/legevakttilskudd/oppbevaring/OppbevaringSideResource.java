package no.legevakttilskudd.oppbevaring;

import java.util.List;

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

import org.jboss.resteasy.reactive.server.WithFormRead;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Skjemasvar;
import no.legevakttilskudd.felles.web.Skjemavern;
import no.legevakttilskudd.felles.web.Sprak;

/**
 * The administrator's retention page: when the next run goes and what it will delete per call, each call's periods
 * (a form per call), a run now, and the runs with their counts.
 */
@Skjemavern
@Path("/admin/oppbevaring")
@RolesAllowed(Roller.ADMIN)
public class OppbevaringSideResource {

    private static final String STI = "/admin/oppbevaring";

    /**
     * @param skjema  the periods as typed, with errors, after a refused save; the fields are named per call
     * @param melding the receipt after a save or a run, or null
     * @param varsel  a refusal to show on top, or null
     */
    public record Side(OppbevaringService.Forhandsvisning forhandsvisning, List<Sletting> kjoringer, Skjema skjema, String melding,
            String varsel) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance oppbevaring(Side side);
    }

    @Inject
    OppbevaringService service;

    @Inject
    Innlogget innlogget;

    @Inject
    Sprak sprak;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance side(@QueryParam("melding") String melding) {
        return side(new Skjema(), melding, null);
    }

    @POST
    @Path("utlysninger/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response lagre(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String utkast = OppbevaringService.Utlysningsrad.utkastfelt(id);
        String aar = OppbevaringService.Utlysningsrad.aarfelt(id);
        Skjema skjema = new Skjema().verdi(utkast, form.getFirst(utkast)).verdi(aar, form.getFirst(aar))
                .navngi("utkastManeder", utkast).navngi("personopplysningerAar", aar);
        return Skjemasvar.utforMedVarsel(skjema, () -> {
            service.settFrister(id, new OppbevaringService.Frister(heltall(form.getFirst(utkast)), heltall(form.getFirst(aar))), innlogget);
            return STI + "?melding=lagret";
        }, (s, varsel) -> side(s, null, varsel));
    }

    @POST
    @Path("kjoring")
    @Produces(MediaType.TEXT_HTML)
    @WithFormRead
    public Response kjor() {
        return Skjemasvar.utforMedVarsel(null, () -> {
            if (service.kjor(innlogget.aktor()) == null) {
                throw ProblemException.konflikt("kjoring-pagar", "En annen kjøring pågår; prøv igjen om litt.");
            }
            return STI + "?melding=kjort";
        }, (s, varsel) -> side(new Skjema(), null, varsel));
    }

    /** The page, each call's form showing its periods as stored unless it came back as typed. */
    private TemplateInstance side(Skjema skjema, String melding, String varsel) {
        OppbevaringService.Forhandsvisning forhandsvisning = service.forhandsvisning();
        for (OppbevaringService.Utlysningsrad rad : forhandsvisning.utlysninger()) {
            if (skjema.verdi(rad.utkastfelt()).isEmpty() && skjema.verdi(rad.aarfelt()).isEmpty()) {
                skjema.verdi(rad.utkastfelt(), rad.utkastManeder()).verdi(rad.aarfelt(), rad.personopplysningerAar());
            }
        }
        return sprak.side(Templates.oppbevaring(new Side(forhandsvisning, service.kjoringer(20), skjema, melding, varsel)));
    }

    /** A whole number as typed, or null (the service then names the field). */
    private static Integer heltall(String tekst) {
        if (tekst == null || !tekst.strip().matches("\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(tekst.strip());
    }
}
