package no.legevakttilskudd.statistikk.eksport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.utlysning.UtlysningService;

/**
 * The award downloads for the API and the pages alike: the call filter is read and checked first, so a bad or unknown
 * call is a 4xx and never half a file; then the file is written row by row while the database reads them.
 */
@ApplicationScoped
public class Tildelingseksport {

    @Inject
    Tildelingsrader rader;

    @Inject
    UtlysningService utlysninger;

    @Inject
    Innlogget innlogget;

    @ConfigProperty(name = "legevakttilskudd.360giving.prefiks", defaultValue = "legevakttilskudd")
    String prefiks;

    @ConfigProperty(name = "legevakttilskudd.360giving.finansior.id", defaultValue = "NO-BRC-983544622")
    String finansiorId;

    @ConfigProperty(name = "legevakttilskudd.360giving.finansior.navn", defaultValue = "Helsedirektoratet")
    String finansiorNavn;

    public Response fil(Eksportformat format, String utlysning) {
        Long utlysningId = utlysning(utlysning);
        Eksportskriver skriver = format.skriver(new Giving360.Utgiver(prefiks, finansiorId, finansiorNavn));
        boolean stab = innlogget.erSaksbehandlerGodkjennerEllerAdmin();
        StreamingOutput innhold = ut -> rader.skriv(utlysningId, stab, skriver, ut);
        return Response.ok(innhold, format.mediatype())
                .header("Content-Disposition", "attachment; filename=\"" + format.filnavn(utlysningId) + "\"").build();
    }

    /**
     * Empty means every call the user may see. An unpublished call is unknown to an evaluator, as on
     * GET /api/utlysninger/{id}, and its awards are left out of the export of every call.
     */
    private Long utlysning(String verdi) {
        if (verdi == null || verdi.isBlank()) {
            return null;
        }
        if (!verdi.strip().matches("\\d{1,18}")) {
            throw ProblemException.valideringsfeil("utlysning", "Utlysningen er utlysningens id, et heltall, f.eks. 3.");
        }
        return utlysninger.hentSynlig(Long.parseLong(verdi.strip()), innlogget).id;
    }
}
