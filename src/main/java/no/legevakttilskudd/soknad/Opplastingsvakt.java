package no.legevakttilskudd.soknad;

import java.lang.reflect.Method;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.web.Csrf;

/**
 * Checks an attachment upload ({@link Vedleggsopplasting}) before its multipart body is read: request filters run
 * after routing and the role check but before the framework reads a form, so a foreign kommune (404) is refused without
 * the file being received or written to disk (a declared size over the limit is refused earlier still, by
 * {@link Opplastingsgrense}). A page upload must also
 * carry a CSRF cookie signed for this login; the form's copy of the token is compared once the form is read.
 */
public class Opplastingsvakt {

    @Inject
    VedleggService vedlegg;

    @Inject
    Innlogget innlogget;

    @Inject
    Csrf csrf;

    @ServerRequestFilter(priority = 4100)
    public void filter(ContainerRequestContext context, ResourceInfo ressurs) {
        Method metode = ressurs.getResourceMethod();
        if (metode == null || !metode.isAnnotationPresent(Vedleggsopplasting.class)) {
            return;
        }
        if (!context.getUriInfo().getPath().startsWith("/api/")) {
            csrf.krevCookie();
        }
        long soknadId;
        try {
            soknadId = Long.parseLong(context.getUriInfo().getPathParameters().getFirst("id"));
        } catch (NumberFormatException e) {
            // Left to the resource's own parameter handling, which answers 404 for a path that is no id.
            return;
        }
        vedlegg.forhandskontroller(soknadId, innlogget);
    }
}
