package no.legevakttilskudd.statistikk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;

/** The statistics of SPEC §6 as JSON, for evaluators and staff: aggregates only, no personal data. */
@Path("/api/statistikk")
@Tag(name = "Statistikk")
public class StatistikkResource {

    @Inject
    StatistikkService statistikk;

    @Inject
    Innlogget innlogget;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.EVALUATOR, Roller.ADMIN})
    @Operation(summary = "Statistikk per utlysning eller på tvers av utlysningene", description = "Sendte søknader (ikke utkast "
            + "eller trukne) og beløp søkt mot tildelt, fordelt på fylke, sentralitetsklasse, prioritetsgruppe, folketall og "
            + "tiltakskategori; kommuner som kvalifiserer, som søkte og som fikk; rammen brukt; gjennomsnitt og median; ventelisten "
            + "etter reglene; vaktbelastningen per lege. Tildelt er gjeldende sendte vedtak som gir tilskudd; et rettet vedtak "
            + "teller med rettelsen. Registerfaktaene er fra utlysningens registerversjon. Evaluatorer ser bare publiserte "
            + "utlysninger. Ingen personopplysninger.")
    public Statistikk statistikk(@QueryParam("utlysning") @Parameter(description = "Utlysningens id; uten den: alle utlysningene",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String utlysning) {
        return statistikk.beregn(StatistikkService.lesUtlysning(utlysning), innlogget.erSaksbehandlerGodkjennerEllerAdmin());
    }
}
