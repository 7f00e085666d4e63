package no.legevakttilskudd.felles.problem;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.HttpServerRequest;
import no.legevakttilskudd.felles.web.Sprak;

/**
 * A problem shown to a person on a page: same status and message as the API's problem+json, in the page layout.
 * A kommune that opens another kommune's case thus sees exactly the page of a case that does not exist.
 */
@RequestScoped
public class Feilside {

    @Inject
    HttpServerRequest request;

    @Inject
    Sprak sprak;

    @Inject
    @Location("feil.html")
    Template feil;

    /** A page request: not the API, and a client that asks for HTML (a browser does; API clients and tests do not). */
    public boolean erSide() {
        String sti = request.path();
        String accept = request.getHeader("Accept");
        return sti != null && !sti.startsWith("/api/") && !sti.startsWith("/q/") && accept != null
                && accept.contains(MediaType.TEXT_HTML);
    }

    public Response svar(Problem problem) {
        String html = sprak.side(feil.data("problem", problem)).render();
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
