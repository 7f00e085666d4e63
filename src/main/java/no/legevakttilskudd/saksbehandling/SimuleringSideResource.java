package no.legevakttilskudd.saksbehandling;

import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Begrenset;
import no.legevakttilskudd.felles.web.Skjemafeil;
import no.legevakttilskudd.felles.web.Skjemavern;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.felles.web.Tekster;
import no.legevakttilskudd.tildeling.SimuleringCsv;
import no.legevakttilskudd.tildeling.SimuleringInput;
import no.legevakttilskudd.tildeling.Simuleringssammenligning;
import no.legevakttilskudd.tildeling.TildelingDto;
import no.legevakttilskudd.tildeling.TildelingService;

/**
 * "What if" for staff: a call's applications (or a CSV file of applications) under changed rule parameters, beside
 * the result under the call's own parameters. Stores nothing; the form is a POST only because a file can be attached.
 */
@Skjemavern
@Path("/saksbehandling/simulering")
@RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
public class SimuleringSideResource {

    /** A page shows every row; a national call has one application per kommune, so this leaves room and stops abuse. */
    static final int MAKS_CSV_RADER = 5_000;
    private static final Pattern LINJE = Pattern.compile("linje (\\d+)(?:, (.+))?");

    @Inject
    Simuleringsside simuleringsside;

    @Inject
    TildelingService tildeling;

    @Inject
    Sprak sprak;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance side(@QueryParam("utlysning") Long utlysningId) {
        return utlysningId == null ? simuleringsside.utenUtlysning() : simuleringsside.medUtlysningensParametre(utlysningId);
    }

    @POST
    @Begrenset("simulering")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response simuler(@RestForm("utlysning") Long utlysningId,
            @RestForm(Simuleringsskjema.KLASSER) List<String> klasser, @RestForm(Simuleringsskjema.GRENSE) String grense,
            @RestForm(Simuleringsskjema.TAK) String tak, @RestForm(Simuleringsskjema.MINSTEBELOP) String minstebelop,
            @RestForm(Simuleringsskjema.RAMME) String ramme, @RestForm(Simuleringsskjema.MARGINAL) String marginal,
            @RestForm("bareEndringer") String bareEndringer, @RestForm(Simuleringsskjema.FIL) FileUpload fil) {
        if (utlysningId == null) {
            throw ProblemException.valideringsfeil("utlysning", "Velg en utlysning.");
        }
        boolean bare = bareEndringer != null;
        Tekster tekster = sprak.tekster(Tekster.class);
        Simuleringsskjema.Lest lest = Simuleringsskjema.les(klasser, grense, tak, minstebelop, ramme, marginal, tekster);
        boolean medFil = fil != null && fil.fileName() != null && !fil.fileName().isBlank();
        String filnavn = medFil ? fil.fileName() : null;
        TildelingDto naa = null;
        try {
            List<SimuleringInput.SoknadRad> rader = null;
            IntFunction<String> sted = i -> "søknad " + (i + 1) + ", ";
            if (medFil) {
                SimuleringCsv.Rader csv = SimuleringCsv.les(fil.uploadedFile(), MAKS_CSV_RADER);
                rader = csv.rader();
                sted = i -> "linje " + csv.linjer().get(i) + ", ";
            }
            naa = tildeling.simuler(new SimuleringInput(utlysningId, null, rader), sted);
            if (lest.skjema().harFeil()) {
                return Response.status(400).entity(simuleringsside.side(utlysningId, lest, naa, null, filnavn, bare)).build();
            }
            TildelingDto simulert = tildeling.simuler(new SimuleringInput(utlysningId, lest.parametre(), rader), sted);
            return Response.ok(simuleringsside.side(utlysningId, lest, naa, Simuleringssammenligning.av(naa, simulert), filnavn, bare)).build();
        } catch (ProblemException e) {
            if (e.problem().status() != 400) {
                throw e;
            }
            e.problem().feil().forEach(f -> lest.skjema().leggTil(tilSkjemafeil(f, medFil, tekster)));
            return Response.status(400).entity(simuleringsside.side(utlysningId, lest, naa, null, filnavn, bare)).build();
        }
    }

    /**
     * Parameter errors stay on their field. Everything about the applications belongs to the file field, named by line
     * and column as the file has them ("linje 4, omsokt" from the reader becomes "Line 4, column omsokt: ...").
     */
    private Skjemafeil tilSkjemafeil(Feltfeil f, boolean medFil, Tekster tekster) {
        if (f.felt().startsWith("parametre.")) {
            return Skjemafeil.her(f.felt(), f.melding());
        }
        String felt = medFil ? Simuleringsskjema.FIL : "utlysning";
        Matcher linje = LINJE.matcher(f.felt());
        if (linje.matches()) {
            int nummer = Integer.parseInt(linje.group(1));
            return Skjemafeil.her(felt, linje.group(2) == null ? tekster.simulering_feil_linje(nummer, f.melding())
                    : tekster.simulering_feil_linje_kolonne(nummer, csvKolonne(linje.group(2)), f.melding()));
        }
        return Skjemafeil.her(felt, f.melding());
    }

    private static String csvKolonne(String jsonNavn) {
        return switch (jsonNavn) {
            case "legevaktKommuner" -> "legevakt_kommuner";
            case "godkjentBudsjett" -> "godkjent_budsjett";
            default -> jsonNavn;
        };
    }
}
