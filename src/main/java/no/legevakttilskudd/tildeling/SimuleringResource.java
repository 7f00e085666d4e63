package no.legevakttilskudd.tildeling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Begrenset;

/** "What if": the rules with any parameters, on uploaded or stored applications. Changes nothing. */
@Path("/api/simulering")
@Tag(name = "Tildeling")
public class SimuleringResource {

    @Inject
    TildelingService service;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Innlogget innlogget;

    @POST
    @Begrenset("simulering")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.EVALUATOR, Roller.ADMIN})
    @Operation(summary = "Simuler tildelingen", description = "parametre: sentralitetsklasser, folketallsgrense, folketallAar, tak, "
            + "minstebelop, ramme, marginal (PARTIAL, SKIP, STOP), soknadsfrist — alle valgfrie. soknader: referanse, kommunenummer, "
            + "legevaktKommuner, omsokt, godkjentBudsjett, sendt. Eller utlysningId for utlysningens lagrede søknader (evaluatorer: "
            + "bare når utlysningen er avgjort, det vil si at alle vedtakene er sendt).")
    public Response simuler(SimuleringInput input, @Context HttpHeaders headers) {
        return Svarformat.svar(service.simuler(input, i -> "soknader[" + i + "].", innlogget), headers, "simulering");
    }

    @POST
    @Begrenset("simulering")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.EVALUATOR, Roller.ADMIN})
    @Operation(summary = "Simuler med søknader fra en CSV-fil", description = "Feltet «fil»: CSV med kolonnene "
            + "referanse;kommunenummer;legevakt_kommuner;omsokt;godkjent_budsjett;sendt. Feltet «parametre» (valgfritt): JSON som over.")
    public Response simulerCsv(@RestForm("fil") FileUpload fil, @RestForm("parametre") String parametre, @Context HttpHeaders headers) {
        if (fil == null) {
            throw ProblemException.valideringsfeil("fil", "Velg en CSV-fil med søknadene.");
        }
        SimuleringCsv.Rader rader = SimuleringCsv.les(fil.uploadedFile(), Simuleringslesing.MAKS_SOKNADER);
        SimuleringInput input = new SimuleringInput(null, lesParametre(parametre), rader.rader());
        return Svarformat.svar(service.simuler(input, i -> "linje " + rader.linjer().get(i) + ", ", innlogget), headers, "simulering");
    }

    private SimuleringInput.Parametre lesParametre(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return objectMapper.readValue(json, SimuleringInput.Parametre.class);
        } catch (JsonProcessingException e) {
            throw ProblemException.valideringsfeil("parametre", "Parametrene er ikke gyldig JSON: " + e.getOriginalMessage());
        }
    }
}
