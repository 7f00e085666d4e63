package no.legevakttilskudd.utlysning;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.WithFormRead;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Skjemafeil;
import no.legevakttilskudd.felles.web.Skjemavern;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.felles.web.Tekster;
import no.legevakttilskudd.kommune.KommuneregisterService;
import no.legevakttilskudd.kommune.KommuneregisterVersjon;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.regler.Marginalregel;
import no.legevakttilskudd.regler.TiltakKategori;

/**
 * Admin pages for calls: the overview, the list, create and edit with every field of {@link UtlysningInput}, publish,
 * and the frame change with its history. The rules are {@link UtlysningService}'s, as for the API; a POST with errors
 * shows the form again (400) with what was typed, a POST that succeeds redirects (303) to the call's page.
 */
@Skjemavern
@Path("/admin")
@RolesAllowed(Roller.ADMIN)
public class UtlysningAdminResource {

    /** The confirmations a redirect may ask the call's page to show; anything else in the query is ignored. */
    private static final Set<String> MELDINGER = Set.of("opprettet", "lagret", "publisert", "ramme");

    /** A call in the list, with its status now. */
    public record Rad(Utlysning utlysning, UtlysningStatus status) {
    }

    /** The page model of {@code oversikt}. */
    public record Oversiktside(int antallUtlysninger, KommuneregisterVersjon aktivVersjon) {
    }

    /** The page model of {@code ny}; {@code forste} are the calls whose remainder can be announced again. */
    public record Nyside(Skjema skjema, List<Integer> klasser, List<String> kategorier, List<TiltakKategori> alleKategorier,
            List<Marginalregel> regler, Kontaktpunkt direktoratet, List<Utlysning> forste) {
    }

    /** The page model of {@code utlysning}. */
    public record Utlysningside(Utlysning utlysning, UtlysningStatus status, UtlysningService.Rundefakta runde, Skjema skjema,
            List<Integer> klasser, List<String> kategorier, List<TiltakKategori> alleKategorier, List<Marginalregel> regler,
            Kontaktpunkt direktoratet, Skjema rammeskjema, List<Rammeendring> historikk, String melding) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance oversikt(Oversiktside side);

        static native TemplateInstance utlysninger(List<Rad> utlysninger);

        static native TemplateInstance ny(Nyside side);

        static native TemplateInstance utlysning(Utlysningside side);
    }

    @Inject
    UtlysningService service;

    @Inject
    KommuneregisterService register;

    @Inject
    Innlogget innlogget;

    @Inject
    Sprak sprak;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance oversikt() {
        return sprak.side(Templates.oversikt(new Oversiktside(service.alle().size(), register.aktivVersjon())));
    }

    @GET
    @Path("utlysninger")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance utlysninger() {
        Instant naa = clock.instant();
        return sprak.side(Templates.utlysninger(service.alle().stream().map(u -> new Rad(u, u.status(naa))).toList()));
    }

    @GET
    @Path("utlysninger/ny")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance ny() {
        Utlysningsskjema.Visning visning = Utlysningsskjema.ny();
        return sprak.side(Templates.ny(nyside(visning)));
    }

    @POST
    @Path("utlysninger")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response opprett(@BeanParam Utlysningsskjema felter) {
        Utlysningsskjema.Lest lest = felter.les(sprak.tekster(Tekster.class));
        Skjema skjema = lest.visning().skjema();
        if (skjema.harFeil()) {
            Utlysningsskjema.leggTil(skjema, UtlysningValidator.valider(lest.input(), true));
        } else {
            try {
                Utlysning utlysning = service.opprett(lest.input(), innlogget.aktor());
                return tilUtlysning(utlysning.id, "opprettet");
            } catch (ProblemException e) {
                skjema.leggTil(valideringsfeil(e));
            }
        }
        TemplateInstance side = Templates.ny(nyside(lest.visning()));
        return Response.status(Response.Status.BAD_REQUEST).entity(sprak.side(side)).build();
    }

    @GET
    @Path("utlysninger/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance utlysning(@PathParam("id") long id, @QueryParam("melding") String melding) {
        Utlysning utlysning = service.hent(id);
        return side(utlysning, Utlysningsskjema.fra(utlysning), new Skjema(), melding != null && MELDINGER.contains(melding) ? melding : null);
    }

    @POST
    @Path("utlysninger/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response endre(@PathParam("id") long id, @BeanParam Utlysningsskjema felter) {
        Utlysning utlysning = service.hent(id);
        Utlysningsskjema.Lest lest = felter.les(sprak.tekster(Tekster.class));
        Skjema skjema = lest.visning().skjema();
        if (skjema.harFeil()) {
            Utlysningsskjema.leggTil(skjema, UtlysningValidator.valider(lest.input(), false));
        } else {
            try {
                service.endre(id, lest.input(), innlogget.aktor());
                return tilUtlysning(id, "lagret");
            } catch (ProblemException e) {
                skjema.leggTil(valideringsfeil(e));
            }
        }
        return Response.status(Response.Status.BAD_REQUEST).entity(side(utlysning, lest.visning(), new Skjema(), null)).build();
    }

    @POST
    @Path("utlysninger/{id}/publiser")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @WithFormRead
    public Response publiser(@PathParam("id") long id) {
        service.publiser(id, innlogget.aktor());
        return tilUtlysning(id, "publisert");
    }

    @POST
    @Path("utlysninger/{id}/ramme")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response endreRamme(@PathParam("id") long id, @RestForm String ramme,
            @RestForm String begrunnelse) {
        Utlysning utlysning = service.hent(id);
        Skjema skjema = new Skjema().verdi("ramme", ramme).verdi("begrunnelse", begrunnelse);
        Long nyRamme = Kroner.les(ramme);
        if (ramme != null && !ramme.isBlank() && nyRamme == null) {
            skjema.leggTil(Skjemafeil.her("ramme", sprak.tekster(Tekster.class).admin_feil_belop()));
        }
        int status = Response.Status.BAD_REQUEST.getStatusCode();
        try {
            service.endreRamme(id, nyRamme, begrunnelse, innlogget.aktor());
            if (!skjema.harFeil()) {
                return tilUtlysning(id, "ramme");
            }
        } catch (ProblemException e) {
            Utlysningsskjema.leggTil(skjema, valideringsfeil(e));
            status = e.problem().status();
        }
        return Response.status(status).entity(side(utlysning, Utlysningsskjema.fra(utlysning), skjema, null)).build();
    }

    private Nyside nyside(Utlysningsskjema.Visning visning) {
        return new Nyside(visning.skjema(), visning.klasser(), visning.kategorier(), List.of(TiltakKategori.values()),
                List.of(Marginalregel.values()), service.direktoratet(), service.kanLysesUtPaNytt());
    }

    private TemplateInstance side(Utlysning utlysning, Utlysningsskjema.Visning visning, Skjema rammeskjema, String melding) {
        return sprak.side(Templates.utlysning(new Utlysningside(utlysning, utlysning.status(clock.instant()), service.rundefakta(utlysning),
                visning.skjema(), visning.klasser(), visning.kategorier(), List.of(TiltakKategori.values()), List.of(Marginalregel.values()),
                service.direktoratet(), rammeskjema, service.rammehistorikk(utlysning.id), melding)));
    }

    /**
     * Field errors go back to the form, also a conflict about a field (a frame below what decisions bind); anything else
     * (404, a conflict about the call as a whole) is not the form's to show and becomes the error page.
     */
    private static List<Feltfeil> valideringsfeil(ProblemException e) {
        if (e.problem().feil().isEmpty()) {
            throw e;
        }
        return e.problem().feil();
    }

    private static Response tilUtlysning(long id, String melding) {
        return Response.seeOther(URI.create("/admin/utlysninger/" + id + "?melding=" + melding)).build();
    }
}
