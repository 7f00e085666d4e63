package no.legevakttilskudd.felles.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every dynamic answer, pages and /api alike, gets {@code Cache-Control: no-store} unless its endpoint set its own:
 * contact persons, account numbers and letters must not stay in a shared computer's browser cache or a proxy. One rule
 * for all, so a new page cannot forget it. Static files (css, js, fonts) are not served through here and may be cached.
 */
public class IngenLagring {

    @ServerResponseFilter
    public void filter(ContainerResponseContext svar) {
        if (!svar.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            svar.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
