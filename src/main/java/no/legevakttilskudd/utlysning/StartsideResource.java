package no.legevakttilskudd.utlysning;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import no.legevakttilskudd.felles.Flerspraklig;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.web.Bruker;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.regler.Kroner;

/** The front page: what the grant is, who may apply now and by when, and the way in. */
@Path("/")
public class StartsideResource {

    /** An open call as the front page tells it. */
    public record ApenUtlysning(Flerspraklig tittel, String klasser, String grense, String tak, Instant frist, long dagerIgjen) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance startside(List<ApenUtlysning> utlysninger);
    }

    @Inject
    UtlysningService utlysninger;

    @Inject
    Sprak sprak;

    @Inject
    Bruker bruker;

    @Inject
    Clock clock;

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance startside() {
        Instant naa = clock.instant();
        List<ApenUtlysning> apne = utlysninger.alle().stream()
                .filter(u -> u.status(naa) == UtlysningStatus.OPEN)
                .map(u -> apen(u, naa))
                .toList();
        return sprak.side(Templates.startside(apne));
    }

    /** Behind the login: OIDC sends the user to Keycloak and back here; then on to the page for the user's role. */
    @GET
    @Path("logg-inn")
    @Authenticated
    public Response loggInn() {
        String hjem = bruker.isSoker() ? "/mine-soknader" : bruker.isStab() ? "/saksbehandling"
                : bruker.isEvaluator() ? "/statistikk" : "/";
        return Response.seeOther(URI.create(hjem)).build();
    }

    private static ApenUtlysning apen(Utlysning u, Instant naa) {
        List<String> klasser = u.sentralitetsklasser().stream().map(String::valueOf).toList();
        String klasseTekst = klasser.size() == 1 ? klasser.get(0)
                : String.join(", ", klasser.subList(0, klasser.size() - 1)) + " / " + klasser.get(klasser.size() - 1);
        return new ApenUtlysning(u.titler(), klasseTekst, Kroner.tall(u.folketallsgrense), Kroner.tekst(u.tak), u.soknadsfrist,
                Tidsformat.dagerIgjen(u.soknadsfrist, naa));
    }
}
