package no.legevakttilskudd.soknad;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import no.legevakttilskudd.felles.problem.Problem;
import no.legevakttilskudd.soknad.SoknadSkjema.Steg;

/**
 * An upload that announces more than one allowed file is answered before anything is read, and before the server's
 * general body limit would answer with a bare 413 that a browser shows as its own error page: the form's page comes
 * back (303) with the message at the file field, the API answers 413 with problem+json. Runs as a route ahead of that
 * limit (order -2 in Quarkus), so before login too; it says nothing about the application, whose page checks access.
 */
@ApplicationScoped
public class Opplastingsgrense {

    /** Just ahead of Quarkus' own body-size check. */
    private static final int REKKEFOLGE = -3;
    private static final Pattern SIDE = Pattern.compile("/mine-soknader/(\\d{1,18})/steg/\\d{1,3}");
    private static final Pattern API = Pattern.compile("/api/soknader/\\d{1,18}/vedlegg");

    @Inject
    VedleggService vedlegg;

    @Inject
    ObjectMapper json;

    void registrer(@Observes Router router) {
        router.route().order(REKKEFOLGE).handler(this::kontroller);
    }

    private void kontroller(RoutingContext context) {
        Long lengde = context.request().method() == HttpMethod.POST ? lengde(context.request().getHeader(HttpHeaders.CONTENT_LENGTH)) : null;
        if (lengde == null || !vedlegg.forStorForesporsel(lengde)) {
            context.next();
            return;
        }
        String sti = context.request().path();
        Matcher side = SIDE.matcher(sti);
        // The body is never read: the connection closes after the answer instead of draining what the client sends.
        if (side.matches()) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close").putHeader(HttpHeaders.LOCATION,
                    "/mine-soknader/" + side.group(1) + "/steg/" + Steg.FORMAL.nummer + "?vedlegg=for-stor#fil")
                    .setStatusCode(303).end();
        } else if (API.matcher(sti).matches()) {
            Problem problem = VedleggService.forStorForesporsel().problem();
            context.response().putHeader(HttpHeaders.CONNECTION, "close").putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .setStatusCode(problem.status()).end(tekst(problem));
        } else {
            context.next();
        }
    }

    private String tekst(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Long lengde(String header) {
        try {
            return header == null ? null : Long.valueOf(header.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
