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
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.felles.web.Tekster;
import no.legevakttilskudd.utlysning.Utlysning;

/**
 * The statistics dashboard (SPEC §5, §6) for evaluators and staff: a call filter, the key figures, and every breakdown
 * as a chart drawn on the server with the table beside it. The same figures as {@code GET /api/statistikk}.
 */
@Path("/statistikk")
@RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.EVALUATOR, Roller.ADMIN})
public class StatistikkSideResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statistikk(List<Utlysning> utlysninger, Long valgt, Statistikk s, Statistikkside side);
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
        Statistikkside side = Statistikkside.lag(s, tekster(Statistikktekster.class), tekster(Tekster.class), sprak.locale());
        return sprak.side(Templates.statistikk(statistikk.utlysninger(stab), valgt, s, side));
    }

    /** Texts of the page language for the charts, which are drawn in Java; the bokmål bundle is the default one. */
    private <T> T tekster(Class<T> bunt) {
        String kode = sprak.kode();
        return "nb".equals(kode) ? MessageBundles.get(bunt) : MessageBundles.get(bunt, Localized.Literal.of(kode));
    }
}
