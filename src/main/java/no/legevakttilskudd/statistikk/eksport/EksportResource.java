package no.legevakttilskudd.statistikk.eksport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Roller;

/**
 * The awards as files: one row per current sent award, with the application's, call's and kommune's public facts and
 * never a contact person or an account number. For evaluators and the directorate's staff.
 */
@Path("/api/statistikk/eksport")
@Tag(name = "Statistikk")
@RolesAllowed({Roller.EVALUATOR, Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
public class EksportResource {

    private static final String UTLYSNING = "Utlysningens id; uten den kommer alle utlysninger. 400 hvis det ikke er et heltall, "
            + "404 hvis den ikke finnes.";
    private static final String RADER = "Én rad per gjeldende sendt tildeling (et rettet vedtak vises bare som rettelsen), med utlysning, "
            + "søknad (referanse, omsøkt, sendt, formål, tiltakskategorier) og kommunens registerrad. Ingen personopplysninger. ";

    @Inject
    Tildelingseksport eksport;

    @GET
    @Path("tildelinger.csv")
    @Produces("text/csv")
    @Operation(summary = "Tildelingene som CSV", description = RADER + "UTF-8 med BOM, semikolon, desimalkomma, ISO-datoer.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@Parameter(description = UTLYSNING) @QueryParam("utlysning") String utlysning) {
        return eksport.fil(Eksportformat.TILDELINGER_CSV, utlysning);
    }

    @GET
    @Path("tildelinger.xlsx")
    @Produces(Eksportformat.XLSX)
    @Operation(summary = "Tildelingene som Excel-arbeidsbok (XLSX)", description = RADER + "Beløp og andeler er tall, datoer er datoer.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = Eksportformat.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@Parameter(description = UTLYSNING) @QueryParam("utlysning") String utlysning) {
        return eksport.fil(Eksportformat.TILDELINGER_XLSX, utlysning);
    }

    @GET
    @Path("tildelinger.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tildelingene som JSON", description = RADER + "En liste med ett objekt per tildeling; nøklene er CSV-ens kolonner.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY)))
    public Response json(@Parameter(description = UTLYSNING) @QueryParam("utlysning") String utlysning) {
        return eksport.fil(Eksportformat.TILDELINGER_JSON, utlysning);
    }

    @GET
    @Path("360giving.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tildelingene etter 360Giving Data Standard (JSON-pakke)",
            description = "En 360Giving-pakke {\"grants\": [...]} som følger standardens JSON Schema 1.4. Se docs/api.md for feltene.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response giving360Json(@Parameter(description = UTLYSNING) @QueryParam("utlysning") String utlysning) {
        return eksport.fil(Eksportformat.GIVING360_JSON, utlysning);
    }

    @GET
    @Path("360giving.csv")
    @Produces("text/csv")
    @Operation(summary = "Tildelingene etter 360Giving Data Standard (flat CSV)",
            description = "Standardens kolonnetitler (Identifier, Amount Awarded, Recipient Org:Identifier …), komma, UTF-8 med BOM (Excel leser æøå riktig).")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response giving360Csv(@Parameter(description = UTLYSNING) @QueryParam("utlysning") String utlysning) {
        return eksport.fil(Eksportformat.GIVING360_CSV, utlysning);
    }
}
