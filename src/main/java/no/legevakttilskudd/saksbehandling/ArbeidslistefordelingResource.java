package no.legevakttilskudd.saksbehandling;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Skjemasvar;
import no.legevakttilskudd.felles.web.Skjemavern;
import no.legevakttilskudd.saksbehandling.fordeling.SaksfordelingService;

/** The approver assigns the cases chosen on the work list; the list comes back (303) with a receipt, or with the errors. */
@Skjemavern
@Path("/saksbehandling/utlysninger/{id}/fordeling")
@RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
public class ArbeidslistefordelingResource {

    /** A chosen case as the work list writes it: the id, and the version of its assignment when it had one. */
    private static final Pattern SAK = Pattern.compile("(\\d{1,18}):(\\d{0,18})");

    @Inject
    Arbeidslistevisning arbeidslistevisning;

    @Inject
    SaksfordelingService fordeling;

    @Inject
    Innlogget innlogget;

    @POST
    @RolesAllowed(Roller.GODKJENNER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response fordel(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        Skjema skjema = new Skjema().verdi("til", form.getFirst("til"));
        List<SaksfordelingService.Valg> saker = new ArrayList<>();
        for (String valgt : form.getOrDefault("sak", List.of())) {
            Matcher m = SAK.matcher(valgt);
            if (!m.matches()) {
                skjema.leggTil(new Feltfeil("saker", "Velg sakene i listen."));
                break;
            }
            saker.add(new SaksfordelingService.Valg(Long.parseLong(m.group(1)), m.group(2).isEmpty() ? null : Long.valueOf(m.group(2))));
        }
        return Skjemasvar.utforMedVarsel(skjema, () -> {
            fordeling.fordel(saker, form.getFirst("til"), innlogget);
            return Arbeidslistevisning.tilListen(id, form.getFirst("tilbake"), "fordelt");
        }, (s, varsel) -> arbeidslistevisning.side(id, Arbeidslistevisning.standardfilter(), s, null, varsel));
    }
}
