package no.legevakttilskudd.felles.hendelse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.Side;

/**
 * The whole audit log for the administrator: who did what and when, across every case, call and registry version.
 * Admin only, because it shows every person's actions; a caseworker reads one case's history on the case instead.
 */
@Path("/api/hendelser")
@Tag(name = "Hendelseslogg")
@RolesAllowed(Roller.ADMIN)
public class HendelseResource {

    static final int STANDARD_STORRELSE = 50;
    private static final String FILTRE = "sak = søknadens id (søknadens og vedtakenes hendelser); entitet = SOKNAD, VEDTAK, UTLYSNING "
            + "eller KOMMUNEREGISTER, med entitetId; aktor = brukernavnet eller starten av det (store og små bokstaver likt); "
            + "handling, f.eks. SENDT; fra og til = datoer (2026-03-15), hele døgn i norsk tid, begge med.";

    @Inject
    HendelseService hendelser;

    @Inject
    Hendelseseksport eksport;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hendelsesloggen, nyeste først, med filtre og sider", description = FILTRE)
    public Side<HendelseDto> sok(@BeanParam Hendelsesparametre parametre, @QueryParam("side") String side,
            @QueryParam("storrelse") String storrelse) {
        Hendelsesfilter filter = parametre.filter();
        Side<Hendelse> funnet = hendelser.sok(filter, Side.lesSide(side), Side.lesStorrelse(storrelse, STANDARD_STORRELSE));
        return new Side<>(funnet.elementer().stream().map(HendelseDto::fra).toList(), funnet.side(), funnet.storrelse(), funnet.totalt());
    }

    @GET
    @Path("eksport")
    @Produces("text/csv")
    @Operation(summary = "Hendelsesloggen som CSV (UTF-8 med BOM, semikolon), alle rader som passer, nyeste først", description = FILTRE)
    public Response eksport(@BeanParam Hendelsesparametre parametre) {
        return eksport.csv(parametre.filter());
    }
}
