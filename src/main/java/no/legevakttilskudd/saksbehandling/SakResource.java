package no.legevakttilskudd.saksbehandling;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.hendelse.Hendelse;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Csrf;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.kommune.Kommune;
import no.legevakttilskudd.kommune.Kommunefaktaoppslag;
import no.legevakttilskudd.kommune.KommuneregisterService;
import no.legevakttilskudd.regler.Kommunefakta;
import no.legevakttilskudd.soknad.SoknadDto;
import no.legevakttilskudd.soknad.SoknadService;
import no.legevakttilskudd.soknad.SoknadVisning;
import no.legevakttilskudd.tildeling.TildelingDto;
import no.legevakttilskudd.tildeling.TildelingService;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;
import no.legevakttilskudd.vedtak.aksept.Aksept;
import no.legevakttilskudd.vedtak.aksept.AkseptService;
import no.legevakttilskudd.vedtak.brev.Brev;
import no.legevakttilskudd.vedtak.brev.Brevside;
import no.legevakttilskudd.vedtak.klage.Klage;
import no.legevakttilskudd.vedtak.klage.KlageService;
import no.legevakttilskudd.vedtak.klage.Klageutfall;
import no.legevakttilskudd.vedtak.rapport.Rapport;
import no.legevakttilskudd.vedtak.rapport.RapportService;
import no.legevakttilskudd.vedtak.utbetaling.Utbetaling;
import no.legevakttilskudd.vedtak.utbetaling.UtbetalingService;
import no.legevakttilskudd.vedtak.Vedtak;
import no.legevakttilskudd.vedtak.VedtakInput;
import no.legevakttilskudd.vedtak.VedtakService;
import no.legevakttilskudd.vedtak.VedtakStatus;
import no.legevakttilskudd.vedtak.Vedtakshandlinger;
import no.legevakttilskudd.vedtak.Utfall;
import no.legevakttilskudd.vurdering.Kvalitet;
import no.legevakttilskudd.vurdering.Vurdering;
import no.legevakttilskudd.vurdering.VurderingInput;
import no.legevakttilskudd.vurdering.VurderingService;

/**
 * The case page and its forms: the application, registry facts, the rules' result, the assessment, the decisions with
 * four eyes, and the history. Each form posts here and comes back to the case (303), or redraws it with the errors.
 */
@Path("/saksbehandling/soknader/{id}")
@RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
public class SakResource {

    private static final Pattern STROK = Pattern.compile("strok-(\\d{1,3})-(\\d{1,3})");

    /** A decision as the case page lists it, with what the person looking at it may do. */
    public record VedtakRad(Vedtak vedtak, Vedtakshandlinger handlinger, Aksept aksept,
            List<Utbetaling> utbetalinger, List<Klage> klager, Rapport rapport, boolean kanUtbetales) {

        public long utbetalt() {
            return utbetalinger.stream().mapToLong(u -> u.belop).sum();
        }
    }

    /** The page model of {@code sak}. */
    public record Side(SoknadDto soknad, Utlysning utlysning, Kommune kommune, Kommunefakta fakta, TildelingDto.Rad regelresultat, List<Hendelse> historikk, Vurdering vurdering, Skjema vurderingsskjema, List<VedtakRad> vedtak, boolean kanForesla, Skjema vedtaksskjema, String melding, String varsel) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sak(Side side);
    }

    @Inject
    SoknadService soknader;

    @Inject
    Kommunefaktaoppslag kommunefakta;

    @Inject
    SoknadVisning visning;

    @Inject
    UtlysningService utlysninger;

    @Inject
    TildelingService tildeling;

    @Inject
    KommuneregisterService register;

    @Inject
    HendelseService hendelser;

    @Inject
    VurderingService vurderinger;

    @Inject
    VedtakService vedtakService;

    @Inject
    AkseptService aksepter;

    @Inject
    UtbetalingService utbetalinger;

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

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance sak(@PathParam("id") long id, @QueryParam("melding") String melding) {
        return side(id, null, null, melding, null);
    }

    @POST
    @Path("vurdering")
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response vurder(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        csrf.krev(form.getFirst(Csrf.FELT));
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
        Kvalitet kvalitet = enumVerdi(Kvalitet.class, form.getFirst("kvalitet"));
        Long versjon = heltall(form.getFirst("versjon"));
        try {
            vurderinger.lagre(id, new VurderingInput(kvalitet, form.getFirst("notat"), strok, versjon), innlogget);
        } catch (ProblemException e) {
            return feil(id, e, skjema, null);
        }
        return tilbake(id, "vurdering-lagret");
    }

    @POST
    @Path("vedtak")
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response foresla(@PathParam("id") long id, @RestForm(Csrf.FELT) String token, @RestForm String utfall,
            @RestForm String belop, @RestForm String begrunnelse) {
        csrf.krev(token);
        Skjema skjema = new Skjema().verdi("utfall", utfall).verdi("belop", belop).verdi("begrunnelse", begrunnelse);
        Long tall = heltall(belop);
        try {
            if (belop != null && !belop.isBlank() && tall == null) {
                throw ProblemException.valideringsfeil("belop", "Skriv beløpet i hele kroner, f.eks. 800 000.");
            }
            vedtakService.foresla(id, new VedtakInput(enumVerdi(Utfall.class, utfall), tall, begrunnelse), null, innlogget);
        } catch (ProblemException e) {
            return feil(id, e, null, skjema);
        }
        return tilbake(id, "vedtak-foreslatt");
    }

    @POST
    @Path("vedtak/{vedtakId}/godkjenn")
    @RolesAllowed(Roller.GODKJENNER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response godkjenn(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @RestForm(Csrf.FELT) String token) {
        csrf.krev(token);
        try {
            krevSammeSak(id, vedtakId);
            vedtakService.godkjenn(vedtakId, innlogget);
        } catch (ProblemException e) {
            return feil(id, e, null, null);
        }
        return tilbake(id, "vedtak-godkjent");
    }

    @POST
    @Path("vedtak/{vedtakId}/returner")
    @RolesAllowed(Roller.GODKJENNER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response returner(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @RestForm(Csrf.FELT) String token,
            @RestForm String kommentar) {
        csrf.krev(token);
        try {
            krevSammeSak(id, vedtakId);
            vedtakService.returner(vedtakId, kommentar, innlogget);
        } catch (ProblemException e) {
            return feil(id, e, null, null);
        }
        return tilbake(id, "vedtak-returnert");
    }

    @POST
    @Path("vedtak/{vedtakId}/send")
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response send(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @RestForm(Csrf.FELT) String token) {
        csrf.krev(token);
        try {
            krevSammeSak(id, vedtakId);
            vedtakService.send(vedtakId, innlogget);
        } catch (ProblemException e) {
            return feil(id, e, null, null);
        }
        return tilbake(id, "vedtak-sendt");
    }

    @GET
    @Path("vedtak/{vedtakId}/brev")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance vedtaksbrevSide(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId) {
        krevSammeSak(id, vedtakId);
        String sak = "/saksbehandling/soknader/" + id;
        return sprak.side(brevside.vis(aksepter.brev(vedtakId, innlogget), soknader.hentTilgjengelig(id, innlogget).referanse, sak,
                sak + "/vedtak/" + vedtakId + "/brev.pdf"));
    }

    @GET
    @Path("vedtak/{vedtakId}/brev.pdf")
    @Produces("application/pdf")
    public Response vedtaksbrev(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId) {
        krevSammeSak(id, vedtakId);
        Brev brev = aksepter.brev(vedtakId, innlogget);
        return brev.somPdf();
    }

    @POST
    @Path("vedtak/{vedtakId}/klager/{klageId}/behandling")
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response behandleKlage(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @PathParam("klageId") long klageId,
            @RestForm(Csrf.FELT) String token, @RestForm String utfall, @RestForm String oversendt, @RestForm String notat) {
        csrf.krev(token);
        Skjema skjema = new Skjema().verdi("utfall", utfall).verdi("oversendt", oversendt).verdi("notat", notat);
        try {
            krevSammeSak(id, vedtakId);
            if (klager.forVedtak(vedtakId).stream().noneMatch(k -> k.id == klageId)) {
                throw ProblemException.ikkeFunnet("Klage " + klageId + " finnes ikke.");
            }
            klager.behandle(klageId, enumVerdi(Klageutfall.class, utfall), dato(oversendt, "oversendt"), notat, innlogget);
        } catch (ProblemException e) {
            return feil(id, e, null, skjema);
        }
        return tilbake(id, "klage-behandlet");
    }

    @POST
    @Path("vedtak/{vedtakId}/rapport")
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response behandleRapport(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @RestForm(Csrf.FELT) String token,
            @RestForm String handling, @RestForm String kommentar) {
        csrf.krev(token);
        Skjema skjema = new Skjema().verdi("kommentar", kommentar);
        try {
            krevSammeSak(id, vedtakId);
            rapporter.behandle(vedtakId, "godkjenn".equals(handling), kommentar, innlogget);
        } catch (ProblemException e) {
            return feil(id, e, null, skjema);
        }
        return tilbake(id, "godkjenn".equals(handling) ? "rapport-godkjent" : "rapport-mer");
    }

    @POST
    @Path("vedtak/{vedtakId}/utbetaling")
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response utbetal(@PathParam("id") long id, @PathParam("vedtakId") long vedtakId, @RestForm(Csrf.FELT) String token,
            @RestForm String belop, @RestForm String dato) {
        csrf.krev(token);
        Skjema skjema = new Skjema().verdi("belop", belop).verdi("dato", dato);
        try {
            krevSammeSak(id, vedtakId);
            utbetalinger.registrer(vedtakId, heltall(belop), dato(dato, "dato"), innlogget);
        } catch (ProblemException e) {
            return feil(id, e, null, skjema);
        }
        return tilbake(id, "utbetaling-registrert");
    }

    private TemplateInstance side(long id, Skjema vurderingsskjema, Skjema vedtaksskjema, String melding, String varsel) {
        SoknadDto soknad = visning.dto(soknader.hentTilgjengelig(id, innlogget).id);
        Utlysning utlysning = utlysninger.hent(soknad.utlysningId());
        Kommune kommune = register.finn(utlysning.kommuneregisterVersjonId, soknad.kommunenummer()).orElse(null);
        // The population the rules judged on (the call's reference year), not the registry row's latest.
        Kommunefakta fakta = kommunefakta.fakta(utlysning.kommuneregisterVersjonId, utlysning.folketallAar, soknad.kommunenummer())
                .orElse(null);
        // The rules' result for one application depends on all the others, so the whole call is computed.
        TildelingDto.Rad regelresultat = soknad.referanse() == null ? null : tildeling.forslag(utlysning.id, null).tildelinger().stream()
                .filter(rad -> soknad.referanse().equals(rad.referanse())).findFirst().orElse(null);
        Vurdering vurdering = vurderinger.finn(id);
        List<Vedtak> alle = vedtakService.forSoknad(id);
        List<VedtakRad> vedtak = alle.stream().map(this::vedtakRad).toList();
        boolean kanForesla = vedtakService.kanForesla(soknad.status(), alle, utlysning, innlogget);
        Skjema vurderingSkjema = vurderingsskjema != null ? vurderingsskjema : vurderingsverdier(vurdering);
        Skjema vedtakSkjema = vedtaksskjema != null ? vedtaksskjema : forslagFraReglene(regelresultat);
        List<Hendelse> historikk = hendelser.forEntitetMedDeler("SOKNAD", id, "VEDTAK", alle.stream().map(v -> v.id).toList());
        return sprak.side(Templates.sak(new Side(soknad, utlysning, kommune, fakta, regelresultat, historikk, vurdering,
                vurderingSkjema, vedtak, kanForesla, vedtakSkjema, melding, varsel)));
    }

    private VedtakRad vedtakRad(Vedtak v) {
        boolean sendt = v.status == VedtakStatus.SENDT;
        Aksept aksept = sendt ? aksepter.finn(v.id) : null;
        List<Utbetaling> utbetalt = sendt ? utbetalinger.forVedtak(v.id) : List.of();
        return new VedtakRad(v, vedtakService.handlinger(v, innlogget), aksept, utbetalt, sendt ? klager.forVedtak(v.id) : List.of(),
                sendt ? rapporter.finn(v.id) : null, utbetalinger.kanUtbetales(v, aksept, utbetalt));
    }

    /** A refused form: field errors next to the fields (400), other refusals (409, 403) as a notice at the top. */
    private Response feil(long id, ProblemException e, Skjema vurderingsskjema, Skjema vedtaksskjema) {
        int status = e.problem().status();
        if (status == 400 && (vurderingsskjema != null || vedtaksskjema != null)) {
            (vurderingsskjema != null ? vurderingsskjema : vedtaksskjema).leggTil(e.problem().feil());
            return Response.status(400).entity(side(id, vurderingsskjema, vedtaksskjema, null, null)).build();
        }
        if (status == 404) {
            throw e;
        }
        return Response.status(status).entity(side(id, vurderingsskjema, vedtaksskjema, null, e.problem().detail())).build();
    }

    private void krevSammeSak(long soknadId, long vedtakId) {
        if (vedtakService.hent(vedtakId).soknadId != soknadId) {
            throw ProblemException.ikkeFunnet("Vedtak " + vedtakId + " hører ikke til søknad " + soknadId + ".");
        }
    }

    private static Skjema vurderingsverdier(Vurdering vurdering) {
        Skjema skjema = new Skjema();
        if (vurdering != null) {
            skjema.verdi("kvalitet", vurdering.kvalitet).verdi("notat", vurdering.notat).verdi("versjon", vurdering.versjon);
            vurdering.strok.forEach(s -> skjema.verdi("strok-" + s.tiltakNr + "-" + s.linjeNr, "valgt")
                    .verdi("begrunnelse-" + s.tiltakNr + "-" + s.linjeNr, s.begrunnelse));
        }
        return skjema;
    }

    /** The proposal form starts from the rules: their outcome, amount and reasons, for the caseworker to edit. */
    private static Skjema forslagFraReglene(TildelingDto.Rad regel) {
        Skjema skjema = new Skjema();
        if (regel != null) {
            Utfall utfall = switch (regel.status()) {
                case INNVILGET -> Utfall.INNVILGET;
                case DELVIS_INNVILGET -> Utfall.DELVIS_INNVILGET;
                case AVVIST -> Utfall.AVVIST;
                case AVSLATT, VENTELISTE -> Utfall.AVSLATT;
            };
            skjema.verdi("utfall", utfall).verdi("belop", utfall.girTilskudd() ? regel.tildelt() : null)
                    .verdi("begrunnelse", String.join("\n", regel.arsaker().stream().map(a -> a.tekst()).toList()));
        }
        return skjema;
    }

    private static Response tilbake(long id, String melding) {
        return Response.seeOther(URI.create("/saksbehandling/soknader/" + id + "?melding=" + melding)).build();
    }

    private static LocalDate dato(String verdi, String felt) {
        if (verdi == null || verdi.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(verdi.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.valideringsfeil(felt, "Skriv datoen som ÅÅÅÅ-MM-DD, f.eks. 2026-03-15.");
        }
    }

    private static Long heltall(String verdi) {
        if (verdi == null || verdi.isBlank()) {
            return null;
        }
        String renset = verdi.replaceAll("[\\s\u00a0\u202f.]", "");
        return renset.matches("\\d{1,15}") ? Long.valueOf(renset) : null;
    }

    private static <E extends Enum<E>> E enumVerdi(Class<E> type, String verdi) {
        if (verdi == null || verdi.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, verdi.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
