package no.legevakttilskudd.statistikk;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.utlysning.Utlysning;

/**
 * The statistics dashboard (SPEC §5, §6) for evaluators and staff: a call filter, the key figures, and every breakdown
 * as a chart drawn on the server with the table beside it. The same figures as {@code GET /api/statistikk}.
 */
@Path("/statistikk")
@RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.EVALUATOR, Roller.ADMIN})
public class StatistikkSideResource {

    /** The page model: the calls to choose from, the chosen one (null for all), the figures and their charts. */
    public record Side(List<Utlysning> utlysninger, Long valgt, Statistikk statistikk, Statistikkside visning) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statistikk(Side side);
    }

    @Inject
    StatistikkService statistikk;

    @Inject
    Innlogget innlogget;

    @Inject
    Sprak sprak;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance side(@QueryParam("utlysning") String utlysning) {
        Long valgt = StatistikkService.lesUtlysning(utlysning);
        boolean stab = innlogget.erSaksbehandlerGodkjennerEllerAdmin();
        Statistikk s = statistikk.beregn(valgt, stab);
        Statistikkside side = Statistikkside.lag(s, sprak.tekster(Statistikktekster.class), sprak.locale());
        return sprak.side(Templates.statistikk(new Side(statistikk.utlysninger(stab), valgt, s, side)));
    }
}
