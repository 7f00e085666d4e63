package no.legevakttilskudd.soknad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Begrenset;
import no.legevakttilskudd.felles.web.Csrf;
import no.legevakttilskudd.felles.web.Feilmeldinger;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Skjemasvar;
import no.legevakttilskudd.felles.web.Skjemavern;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.kommune.KommuneregisterService;
import no.legevakttilskudd.soknad.Skjemaramme.Ramme;
import no.legevakttilskudd.soknad.SoknadSkjema.Steg;
import no.legevakttilskudd.utlysning.UtlysningService;

/**
 * The kommune's application form: four steps, a check-your-answers page, submit and the receipt. Each step saves a
 * draft; nothing half-valid is stored (the same validator as the API decides). After the deadline or once sent, the
 * pages only show what is there.
 */
@Skjemavern
@Path("/mine-soknader/{id}")
@RolesAllowed(Roller.SOKER)
public class SoknadSkjemaResource {

    private static final Pattern FJERN_TILTAK = Pattern.compile("fjern-tiltak-(\\d{1,3})");
    private static final Pattern FJERN_LINJE = Pattern.compile("fjern-linje-(\\d{1,3})-(\\d{1,3})");
    private static final Pattern NY_LINJE = Pattern.compile("ny-linje-(\\d{1,3})");
    private static final Pattern FJERN_KOMMUNE = Pattern.compile("fjern-kommune-(\\d{1,3})");
    private static final Pattern SLETT_VEDLEGG = Pattern.compile("slett-vedlegg-(\\d{1,18})");

    @Inject
    SoknadService soknader;

    @Inject
    SoknadVisning visning;

    @Inject
    VedleggService vedleggService;

    @Inject
    UtlysningService utlysninger;

    @Inject
    KommuneregisterService register;

    @Inject
    Skjemaramme skjemaramme;

    @Inject
    Skjemaside skjemaside;

    @Inject
    Soknadoversikt oversikt;

    @Inject
    Innlogget innlogget;

    @Inject
    Feilmeldinger feilmeldinger;

    @Inject
    Sprak sprak;

    @GET
    @Path("steg/{steg}")
    @Produces(MediaType.TEXT_HTML)
    public Response steg(@PathParam("id") long id, @PathParam("steg") int nummer, @QueryParam("kontroller") boolean kontroller,
            @QueryParam("lagret") boolean lagret, @QueryParam("vedlegg") String vedlegg) {
        Soknad soknad = soknader.hentEgen(id, innlogget, false);
        Steg steg = steg(nummer);
        Ramme ramme = skjemaramme.ramme(soknad);
        if (!ramme.kanEndres()) {
            return tilOversikten(id);
        }
        Skjema skjema = SoknadSkjema.verdier(SoknadInput.fra(soknad));
        if (kontroller) {
            // Coming from the check page: show what still stops the submit, on this step's fields.
            soknader.mangler(soknad).stream().filter(f -> Steg.forFelt(f.felt()) == steg).forEach(skjema::leggTil);
        }
        if ("for-stor".equals(vedlegg) && steg == Steg.FORMAL) {
            // Sent back by Opplastingsgrense: the file was refused unread.
            skjema.leggTil(VedleggService.forStorForesporsel().problem().feil());
        }
        return Response.ok(skjemaside.side(ramme, steg, skjema, lagret)).build();
    }

    @POST
    @Path("steg/{steg}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response lagreSteg(@PathParam("id") long id, @PathParam("steg") int nummer, MultivaluedMap<String, String> form) {
        Map<String, String> felter = new LinkedHashMap<>();
        form.forEach((navn, verdier) -> {
            if (!verdier.isEmpty()) {
                felter.put(navn, verdier.get(0));
            }
        });
        return lagre(id, nummer, felter, null);
    }

    /**
     * The last step is one form with the purpose and the attachments, sent as multipart: uploading or deleting a file
     * saves what was typed first, so nothing written is lost to a file.
     */
    @POST
    @Path("steg/{steg}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @Vedleggsopplasting
    @Begrenset("vedlegg")
    public Response lagreStegMedVedlegg(@PathParam("id") long id, @PathParam("steg") int nummer, MultipartFormDataInput input) {
        Map<String, String> felter = new LinkedHashMap<>();
        FormValue fil = null;
        for (Map.Entry<String, Collection<FormValue>> felt : input.getValues().entrySet()) {
            for (FormValue verdi : felt.getValue()) {
                if (verdi.isFileItem()) {
                    if (felt.getKey().equals("fil") && verdi.getFileName() != null && !verdi.getFileName().isBlank()) {
                        fil = verdi;
                    }
                } else {
                    felter.putIfAbsent(felt.getKey(), verdi.getValue());
                }
            }
        }
        return lagre(id, nummer, felter, fil);
    }

    private Response lagre(long id, int nummer, Map<String, String> form, FormValue fil) {
        Soknad soknad = soknader.hentEgen(id, innlogget, false);
        Steg steg = steg(nummer);
        Ramme ramme = skjemaramme.ramme(soknad);
        if (!ramme.kanEndres()) {
            return tilOversikten(id);
        }
        String handling = form.getOrDefault("handling", "lagre");
        Map<String, String> felter = new LinkedHashMap<>(form);
        felter.keySet().removeAll(List.of(Csrf.FELT, "handling", "nyKommune"));
        Skjema kommuner = endreKommuner(handling, felter, form.get("nyKommune"));
        if (kommuner != null) {
            // The kommuner of the legevakt are part of what is saved: a reload or a step link keeps them.
            felter = kommuner.verdier();
        } else {
            Skjema endret = endreUtenALagre(handling, felter);
            if (endret != null) {
                return Response.ok(skjemaside.side(ramme, steg, endret, false, true)).build();
            }
        }
        SoknadSkjema.Lest lest = SoknadSkjema.les(steg, felter, SoknadInput.fra(soknad));
        String stegside = "/mine-soknader/" + id + "/steg/" + steg.nummer;
        Matcher slett = SLETT_VEDLEGG.matcher(handling);
        String videre = switch (handling) {
            case "neste" -> steg.neste() == null ? "/mine-soknader/" + id : "/mine-soknader/" + id + "/steg/" + steg.neste().nummer;
            case "forrige" -> "/mine-soknader/" + id + "/steg/" + (steg.forrige() == null ? 1 : steg.forrige().nummer);
            case "last-opp" -> stegside + "?lagret=true#vedlegg";
            default -> kommuner != null ? stegside + "?lagret=true#legevaktKommuner"
                    : slett.matches() ? stegside + "?lagret=true#vedlegg" : stegside + "?lagret=true";
        };
        return Skjemasvar.utfor(lest.skjema(), () -> {
            if (fil == null && handling.equals("last-opp")) {
                throw ProblemException.valideringsfeil("fil", SoknadFeil.FIL_MANGLER);
            }
            // The text and the file in one transaction: a refused file leaves nothing stored, and the page comes back
            // with what was typed, marked as not yet saved.
            vedleggService.lagreSteg(id, lest.input(), fil == null ? null : fil.getFileName(), fil == null ? null : les(fil),
                    slett.matches() ? Long.valueOf(slett.group(1)) : null, innlogget);
            if (handling.equals("neste") && soknader.mangler(soknad, lest.input()).stream().anyMatch(f -> steg.har(f.felt()))) {
                // Saved either way; going on first shows what this step still lacks, rather than leaving it to the check page.
                return stegside + "?kontroller=true";
            }
            return videre;
        }, skjema -> skjemaside.side(ramme, steg, skjema, false, true));
    }

    /** The check-your-answers page before submit; the read-only view and receipt afterwards. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance oversikt(@PathParam("id") long id, @QueryParam("sendt") boolean sendt, @Context UriInfo uri) {
        return oversikt.side(id, sendt, uri.getQueryParameters());
    }

    @POST
    @Path("send")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Produces(MediaType.TEXT_HTML)
    @WithFormRead
    public Response send(@PathParam("id") long id) {
        // A refusal means something changed since the check page was drawn: it is drawn again with what is missing now,
        // each linking to its step, rather than with the service's field errors.
        return Skjemasvar.utfor(new Skjema(), () -> {
            soknader.send(id, innlogget);
            return "/mine-soknader/" + id + "?sendt=true";
        }, skjema -> oversikt.medFeilIDel(id, new Skjema()));
    }

    private static byte[] les(FormValue fil) {
        try (var innhold = fil.getFileItem().getInputStream()) {
            return innhold.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke lese den opplastede filen", e);
        }
    }

    @GET
    @Path("vedlegg/{vedleggId}")
    @Produces("application/pdf")
    public Response lastNed(@PathParam("id") long id, @PathParam("vedleggId") long vedleggId) {
        return vedleggService.lastNed(id, vedleggId, innlogget);
    }

    /** Adding or removing a measure or a budget line redraws the step with the typed values and the change, unsaved. */
    private static Skjema endreUtenALagre(String handling, Map<String, String> felter) {
        Skjema skjema = new Skjema();
        felter.forEach(skjema::verdi);
        Matcher m;
        if (handling.equals("nytt-tiltak")) {
            SoknadSkjema.nyttTiltak(skjema);
            return skjema;
        }
        if ((m = NY_LINJE.matcher(handling)).matches()) {
            SoknadSkjema.nyLinje(skjema, Integer.parseInt(m.group(1)));
            return skjema;
        }
        if ((m = FJERN_TILTAK.matcher(handling)).matches()) {
            return SoknadSkjema.utenTiltak(skjema, Integer.parseInt(m.group(1)));
        }
        if ((m = FJERN_LINJE.matcher(handling)).matches()) {
            return SoknadSkjema.utenLinje(skjema, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return null;
    }

    /** Adding or removing a kommune of the legevakt: the typed values with the change, to be saved. */
    private static Skjema endreKommuner(String handling, Map<String, String> felter, String nyKommune) {
        Skjema skjema = new Skjema();
        felter.forEach(skjema::verdi);
        Matcher m = FJERN_KOMMUNE.matcher(handling);
        if (m.matches()) {
            return SoknadSkjema.utenKommune(skjema, Integer.parseInt(m.group(1)));
        }
        if (handling.equals("legg-til-kommune")) {
            if (nyKommune != null && !nyKommune.isBlank()) {
                SoknadSkjema.leggTilKommune(skjema, nyKommune.strip());
            }
            return skjema;
        }
        return null;
    }


    private static Steg steg(int nummer) {
        Steg steg = Steg.nummer(nummer);
        if (steg == null) {
            throw ProblemException.ikkeFunnet("Skjemaet har ikke steg " + nummer + ".");
        }
        return steg;
    }

    /** A sent application or a passed deadline: the steps give way to the read-only view. */
    private static Response tilOversikten(long id) {
        return Response.seeOther(URI.create("/mine-soknader/" + id)).build();
    }
}
