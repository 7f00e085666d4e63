package no.legevakttilskudd.vedtak.utbetaling.bunt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.jboss.resteasy.reactive.server.WithFormRead;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Skjemafeil;
import no.legevakttilskudd.felles.web.Skjemasvar;
import no.legevakttilskudd.felles.web.Skjemavern;
import no.legevakttilskudd.felles.web.Sprak;

/**
 * The payment pages: the awards ready for payment with a form to make a batch, the batches, and one batch with the
 * second person's approval or rejection, the file and «sent». Without JavaScript; every step is the service's.
 */
@Skjemavern
@Path("/saksbehandling/utbetalinger")
@RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
public class UtbetalingsbuntSideResource {

    private static final String STI = "/saksbehandling/utbetalinger";
    private static final Set<String> MELDINGER = Set.of("laget", "godkjent", "avvist", "sendt");

    /** The page model of {@code utbetalinger}: what is ready, the batches, and the form (shown to a caseworker). */
    public record Oversikt(List<UtbetalingsbuntService.Klar> klare, List<Rad> bunter, boolean kanLage, Skjema skjema, List<Long> valgte) {
    }

    /** A batch in the list. */
    public record Rad(Utbetalingsbunt bunt, int antall, long sum) {
    }

    /** The page model of {@code bunt}. */
    public record Buntside(Utbetalingsbunt bunt, List<Buntlinje> linjer, long sum, UtbetalingsbuntService.Handlinger handlinger,
            Skjema skjema, String melding, String varsel) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance utbetalinger(Oversikt side);

        static native TemplateInstance bunt(Buntside side);
    }

    @Inject
    UtbetalingsbuntService service;

    @Inject
    Innlogget innlogget;

    @Inject
    Sprak sprak;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance oversikt() {
        List<UtbetalingsbuntService.Klar> klare = service.klareTilUtbetaling();
        return oversikt(new Skjema().verdi("betalingsdato", Tidsformat.skjemadato(LocalDate.now(clock.withZone(Tidsformat.NORGE)).plusDays(1))), klare,
                klare.stream().map(UtbetalingsbuntService.Klar::vedtakId).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roller.SAKSBEHANDLER)
    public Response lag(@RestForm String betalingsdato, @RestForm("vedtak") List<String> vedtak) {
        List<Long> valgte = (vedtak == null ? List.<String>of() : vedtak).stream().filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf)
                .toList();
        Skjema skjema = new Skjema().verdi("betalingsdato", betalingsdato);
        LocalDate dato = Tidsformat.lesDato(betalingsdato == null ? "" : betalingsdato).orElse(null);
        if (betalingsdato != null && !betalingsdato.isBlank() && dato == null) {
            skjema.leggTil(Skjemafeil.her("betalingsdato", sprak.tekster(Bunttekster.class).bunt_hjelp_dato()));
        }
        List<UtbetalingsbuntService.Linjeinput> linjer = valgte.stream().map(v -> new UtbetalingsbuntService.Linjeinput(v, null)).toList();
        if (valgte.isEmpty()) {
            skjema.leggTil(Skjemafeil.her("vedtak", sprak.tekster(Bunttekster.class).bunt_felt_vedtak()));
        }
        if (skjema.harFeil()) {
            return Skjemasvar.ugyldig(oversikt(skjema, service.klareTilUtbetaling(), valgte));
        }
        try {
            return Skjemasvar.videre(STI + "/" + service.opprett(dato, linjer, innlogget).id + "?melding=laget");
        } catch (ProblemException e) {
            if (e.problem().status() != 400) {
                throw e;
            }
            // A refused line is shown at the list of payments, with its case named in the message.
            e.problem().feil().forEach(f -> skjema.leggTil(new Feltfeil(f.felt().startsWith("linjer") ? "vedtak" : f.felt(), f.melding())));
            return Skjemasvar.ugyldig(oversikt(skjema, service.klareTilUtbetaling(), valgte));
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance bunt(@PathParam("id") long id, @QueryParam("melding") String melding) {
        return bunt(id, new Skjema(), melding != null && MELDINGER.contains(melding) ? melding : null, null);
    }

    @POST
    @Path("{id}/godkjenn")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roller.GODKJENNER)
    @WithFormRead
    public Response godkjenn(@PathParam("id") long id) {
        return Skjemasvar.utforMedVarsel(null, () -> {
            service.godkjenn(id, innlogget);
            return STI + "/" + id + "?melding=godkjent";
        }, (s, varsel) -> bunt(id, new Skjema(), null, varsel));
    }

    @POST
    @Path("{id}/avvis")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roller.GODKJENNER)
    public Response avvis(@PathParam("id") long id, @RestForm String begrunnelse) {
        Skjema skjema = new Skjema().verdi("begrunnelse", begrunnelse);
        return Skjemasvar.utforMedVarsel(skjema, () -> {
            service.avvis(id, begrunnelse, innlogget);
            return STI + "/" + id + "?melding=avvist";
        }, (s, varsel) -> bunt(id, s, null, varsel));
    }

    @GET
    @Path("{id}/pain001.xml")
    @Produces(MediaType.APPLICATION_XML)
    public Response fil(@PathParam("id") long id) {
        return UtbetalingsbuntResource.filsvar(id, service.fil(id, innlogget));
    }

    @POST
    @Path("{id}/sendt")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER})
    @WithFormRead
    public Response sendt(@PathParam("id") long id) {
        return Skjemasvar.utforMedVarsel(null, () -> {
            service.merkSendt(id, innlogget);
            return STI + "/" + id + "?melding=sendt";
        }, (s, varsel) -> bunt(id, new Skjema(), null, varsel));
    }

    private TemplateInstance oversikt(Skjema skjema, List<UtbetalingsbuntService.Klar> klare, List<Long> valgte) {
        List<Rad> bunter = service.alle().stream().map(b -> {
            List<Buntlinje> linjer = service.linjer(b.id);
            return new Rad(b, linjer.size(), Buntlinje.sum(linjer));
        }).toList();
        return sprak.side(Templates.utbetalinger(new Oversikt(klare, bunter, service.kanLage(innlogget), skjema, valgte)));
    }

    private TemplateInstance bunt(long id, Skjema skjema, String melding, String varsel) {
        Utbetalingsbunt bunt = service.hent(id);
        List<Buntlinje> linjer = service.linjer(id);
        return sprak.side(Templates.bunt(new Buntside(bunt, linjer, Buntlinje.sum(linjer),
                service.handlinger(bunt, innlogget), skjema, melding, varsel)));
    }
}
