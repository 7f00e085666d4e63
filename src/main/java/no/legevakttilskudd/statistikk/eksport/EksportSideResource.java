package no.legevakttilskudd.statistikk.eksport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import no.legevakttilskudd.felles.Roller;

/**
 * The same files as {@link EksportResource}, for the download links on the statistics page: a browser logged in to the
 * pages has a session, not the bearer token /api/* takes.
 */
@Path("/statistikk/eksport")
@RolesAllowed({Roller.EVALUATOR, Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
public class EksportSideResource {

    @Inject
    Tildelingseksport eksport;

    @GET
    @Path("tildelinger.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("utlysning") String utlysning) {
        return eksport.fil(Eksportformat.TILDELINGER_CSV, utlysning);
    }

    @GET
    @Path("tildelinger.xlsx")
    @Produces(Eksportformat.XLSX)
    public Response xlsx(@QueryParam("utlysning") String utlysning) {
        return eksport.fil(Eksportformat.TILDELINGER_XLSX, utlysning);
    }

    @GET
    @Path("tildelinger.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@QueryParam("utlysning") String utlysning) {
        return eksport.fil(Eksportformat.TILDELINGER_JSON, utlysning);
    }

    @GET
    @Path("360giving.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response giving360Json(@QueryParam("utlysning") String utlysning) {
        return eksport.fil(Eksportformat.GIVING360_JSON, utlysning);
    }

    @GET
    @Path("360giving.csv")
    @Produces("text/csv")
    public Response giving360Csv(@QueryParam("utlysning") String utlysning) {
        return eksport.fil(Eksportformat.GIVING360_CSV, utlysning);
    }
}
