package no.legevakttilskudd.saksbehandling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Skjemasvar;
import no.legevakttilskudd.felles.web.Skjemavern;
import no.legevakttilskudd.habilitet.HabilitetService;
import no.legevakttilskudd.regler.Kroner;

/**
 * Declaring oneself disqualified in a case, and withdrawing it, from the case page. The form's fields have their own
 * names, since the proposal form on the same page already has a «begrunnelse».
 */
@Skjemavern
@Path("/saksbehandling/soknader/{id}/habilitet")
@RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER})
public class SakHabilitetResource {

    static final String ERKLAERING = "inhabil-begrunnelse";
    static final String TILBAKETREKKING = "trekk-begrunnelse";

    @Inject
    Saksside saksside;

    @Inject
    HabilitetService habilitet;

    @Inject
    Innlogget innlogget;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response erklaer(@PathParam("id") long id, @RestForm(ERKLAERING) String begrunnelse) {
        Skjema skjema = new Skjema().verdi(ERKLAERING, begrunnelse).navngi("begrunnelse", ERKLAERING);
        return Skjemasvar.utforMedVarsel(skjema, () -> {
            habilitet.erklaer(id, begrunnelse, innlogget);
            return SakVedtakResource.tilSaken(id, "inhabil-erklart");
        }, (s, varsel) -> saksside.sideMedHabilitetsskjema(id, s, varsel));
    }

    @POST
    @Path("{erklaringId}/tilbaketrekking")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response trekkTilbake(@PathParam("id") long id, @PathParam("erklaringId") long erklaringId,
            @RestForm(TILBAKETREKKING) String begrunnelse, @RestForm String versjon) {
        Skjema skjema = new Skjema().verdi(TILBAKETREKKING, begrunnelse).navngi("begrunnelse", TILBAKETREKKING);
        return Skjemasvar.utforMedVarsel(skjema, () -> {
            // The version is a number the page wrote; anything else is a stale or forged form, refused as a conflict.
            Long lest = Kroner.les(versjon);
            habilitet.trekkTilbake(id, erklaringId, lest == null ? -1L : lest, begrunnelse, innlogget);
            return SakVedtakResource.tilSaken(id, "inhabil-trukket");
        }, (s, varsel) -> saksside.sideMedHabilitetsskjema(id, s, varsel));
    }
}
