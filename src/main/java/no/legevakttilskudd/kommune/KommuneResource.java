package no.legevakttilskudd.kommune;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.Side;
import no.legevakttilskudd.felles.problem.ProblemException;

/** The registry, read-only: public SSB facts, open to every role. */
@Path("/api/kommuner")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kommuneregister")
@RolesAllowed({Roller.SOKER, Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.EVALUATOR, Roller.ADMIN})
public class KommuneResource {

    @Inject
    KommuneregisterService register;

    @GET
    @Operation(summary = "Kommuner i registeret, med filtre", description = "fylke = fylkesnummer (to sifre); "
            + "folketallUnder = bare kommuner med færre innbyggere enn dette; versjon = registerversjon (standard: gjeldende).")
    public Side<KommuneDto> liste(@QueryParam("fylke") String fylke, @QueryParam("klasse") Integer klasse,
            @QueryParam("folketallUnder") Integer folketallUnder, @QueryParam("versjon") Long versjon,
            @QueryParam("side") @DefaultValue("1") int side, @QueryParam("storrelse") @DefaultValue("100") int storrelse) {
        long versjonId = versjon != null ? versjon : register.aktivVersjon().id;
        Side<Kommune> funnet = register.sok(versjonId, fylke, klasse, folketallUnder, side, storrelse);
        return new Side<>(funnet.elementer().stream().map(KommuneDto::fra).toList(), funnet.side(), funnet.storrelse(),
                funnet.totalt());
    }

    @GET
    @Path("{kommunenummer}")
    @Operation(summary = "Én kommune i gjeldende register")
    public KommuneDto hent(@PathParam("kommunenummer") String kommunenummer) {
        if (!Kommunenummer.erGyldig(kommunenummer)) {
            throw ProblemException.valideringsfeil("kommunenummer", "Kommunenummer må være fire sifre, f.eks. 1840.");
        }
        return register.finn(register.aktivVersjon().id, kommunenummer)
                .map(KommuneDto::fra)
                .orElseThrow(() -> ProblemException.ikkeFunnet("Kommunenummer " + kommunenummer + " finnes ikke i kommuneregisteret."));
    }
}
