package no.legevakttilskudd.soknad;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.Side;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;

/** Staff pages: the calls, and the work list of one call with filters and paging. */
@Path("/saksbehandling")
@RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
public class SaksbehandlingResource {

    private static final int PER_SIDE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance utlysninger(List<Utlysning> utlysninger);

        static native TemplateInstance arbeidsliste(Utlysning utlysning, Side<SoknadSammendrag> side, long sider, SoknadStatus status,
                String fylke, List<SoknadStatus> statuser);
    }

    @Inject
    UtlysningService utlysninger;

    @Inject
    SoknadService soknader;

    @Inject
    Sprak sprak;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance utlysninger() {
        return sprak.side(Templates.utlysninger(utlysninger.alle()));
    }

    @GET
    @Path("utlysninger/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance arbeidsliste(@PathParam("id") long id, @QueryParam("status") SoknadStatus status,
            @QueryParam("fylke") String fylke, @QueryParam("side") @DefaultValue("1") int side) {
        Utlysning utlysning = utlysninger.hent(id);
        Side<SoknadSammendrag> treff = soknader.forUtlysning(id, status, fylke, null, Math.max(side, 1), PER_SIDE);
        long sider = Math.max(1, (treff.totalt() + PER_SIDE - 1) / PER_SIDE);
        List<SoknadStatus> statuser = List.of(SoknadStatus.values()).stream().filter(s -> s != SoknadStatus.UTKAST).toList();
        return sprak.side(Templates.arbeidsliste(utlysning, treff, sider, status, fylke == null ? "" : fylke, statuser));
    }
}
