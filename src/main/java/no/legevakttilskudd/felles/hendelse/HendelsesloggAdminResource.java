package no.legevakttilskudd.felles.hendelse;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.Side;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Sidenavigasjon;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Skjemavern;
import no.legevakttilskudd.felles.web.Kodeord;
import no.legevakttilskudd.felles.web.Sprak;

/**
 * The audit log page for the administrator: a GET filter form, the rows newest first with paging, and the same rows as
 * CSV. The filters are {@link Hendelsesfilter}'s, as in the API, so a bad date is the same error on the same field.
 */
@Skjemavern
@Path("/admin/hendelseslogg")
@RolesAllowed(Roller.ADMIN)
public class HendelsesloggAdminResource {

    private static final String STI = "/admin/hendelseslogg";

    /**
     * What the filter found, with links that keep the filters: to other pages (with the page size, if not the standard
     * one) and to the download (all rows, so no page).
     */
    public record Treff(Side<Hendelse> side, String filtre) {

        public Sidenavigasjon navigasjon() {
            return Sidenavigasjon.av(side.side(), side.sider(), this::sideLenke);
        }

        public String eksportLenke() {
            return STI + "/eksport" + (filtre.isEmpty() ? "" : "?" + filtre);
        }

        private String sideLenke(long nr) {
            return STI + "?" + (filtre.isEmpty() ? "" : filtre + "&")
                    + (side.storrelse() != HendelseResource.STANDARD_STORRELSE ? "storrelse=" + side.storrelse() + "&" : "") + "side=" + nr;
        }
    }

    /** The page model of {@code hendelseslogg}. */
    public record Loggside(Skjema skjema, List<String> entiteter, List<String> handlinger, Treff treff) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance hendelseslogg(Loggside side);
    }

    @Inject
    HendelseService hendelser;

    @Inject
    Hendelseseksport eksport;

    @Inject
    Sprak sprak;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response logg(@BeanParam Hendelsesparametre parametre, @QueryParam("side") String side,
            @QueryParam("storrelse") String storrelse) {
        Skjema skjema = parametre.skjema();
        Hendelsesfilter filter;
        try {
            filter = parametre.filter();
        } catch (ProblemException e) {
            // The form again with what was typed and the errors at the fields; no rows, since the filter means nothing yet.
            skjema.leggTil(e.problem().feil());
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(sprak.side(Templates.hendelseslogg(new Loggside(skjema, Hendelsesfilter.ENTITETER, Kodeord.koder("handling"), null)))).build();
        }
        // The choice as the filter read it, so "utlysning" typed in an address is still the chosen option.
        skjema.verdi("entitet", filter.entitet());
        // A bad page number is not a field of the form; it gets the error page, with the same 400 as the API.
        Side<Hendelse> funnet = hendelser.sok(filter, Side.lesSide(side),
                Side.lesStorrelse(storrelse, HendelseResource.STANDARD_STORRELSE));
        return Response.ok(sprak.side(Templates.hendelseslogg(new Loggside(skjema, Hendelsesfilter.ENTITETER, Kodeord.koder("handling"), new Treff(funnet, filter.sporring())))))
                .build();
    }

    /** The download link's target: the API's file, for a browser that has a session rather than a bearer token. */
    @GET
    @Path("eksport")
    @Produces("text/csv")
    public Response eksport(@BeanParam Hendelsesparametre parametre) {
        return eksport.csv(parametre.filter());
    }
}
