package no.legevakttilskudd.felles.drift;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request id on every request: taken from {@code X-Request-Id} when a load balancer set a sensible one, otherwise
 * made here; put in the log context (so every log line of the request carries it, also in JSON) and sent back, so an
 * error a user reports can be found in the logs of whichever instance answered.
 */
@ApplicationScoped
public class Foresporselsid {

    public static final String HEADER = "X-Request-Id";
    public static final String LOGGFELT = "requestId";
    /** Only short, plain ids are taken over: a header is client input and ends up in the logs. */
    private static final Pattern GYLDIG = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    void registrer(@Observes Router router) {
        // First of all handlers, so authentication failures and error pages carry the id too.
        router.route().order(Integer.MIN_VALUE + 1).handler(this::merk);
    }

    private void merk(RoutingContext rc) {
        rc.response().putHeader(HEADER, id(rc.request().getHeader(HEADER)));
        MDC.put(LOGGFELT, rc.response().headers().get(HEADER));
        rc.next();
    }

    static String id(String mottatt) {
        return mottatt != null && GYLDIG.matcher(mottatt).matches() ? mottatt : UUID.randomUUID().toString();
    }
}
