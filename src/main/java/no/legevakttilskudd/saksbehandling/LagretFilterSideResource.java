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
import org.jboss.resteasy.reactive.server.WithFormRead;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Skjemasvar;
import no.legevakttilskudd.felles.web.Skjemavern;
import no.legevakttilskudd.saksbehandling.fordeling.LagretFilterService;

/** Saving the work list's filter under a name, and deleting a saved one; back to the list (303) with a receipt. */
@Skjemavern
@Path("/saksbehandling/utlysninger/{id}/filtre")
@RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
public class LagretFilterSideResource {

    @Inject
    Arbeidslistevisning arbeidslistevisning;

    @Inject
    LagretFilterService filtre;

    @Inject
    Innlogget innlogget;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response lagreFilter(@PathParam("id") long id, @RestForm String navn, @RestForm String sporring) {
        return Skjemasvar.utforMedVarsel(new Skjema().verdi("navn", navn), () -> {
            filtre.lagre(navn, sporring, innlogget);
            return Arbeidslistevisning.tilListen(id, sporring, "filter-lagret");
        }, (s, varsel) -> arbeidslistevisning.side(id, Arbeidslistevisning.standardfilter(), s, null, varsel));
    }

    @POST
    @Path("{filterId}/slett")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @WithFormRead
    public Response slettFilter(@PathParam("id") long id, @PathParam("filterId") long filterId) {
        filtre.slett(filterId, innlogget);
        return Skjemasvar.videre("/saksbehandling/utlysninger/" + id + "?melding=filter-slettet");
    }
}
