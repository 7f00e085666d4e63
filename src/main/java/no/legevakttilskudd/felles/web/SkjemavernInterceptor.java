package no.legevakttilskudd.felles.web;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * The one place page forms are checked against CSRF ({@link Csrf#krev}): before a POST method of a {@link Skjemavern}
 * resource runs, and before anything in it is looked up or changed.
 *
 * <p>Why an interceptor and not a request filter: filters run before the form is read, and an upload filter
 * ({@code Opplastingsvakt}) refuses a file there without receiving it. Forcing the form to be read for a filter would
 * take that away. When the method runs, the form is read, so the token is at hand whether the form came url-encoded,
 * as multipart or as a whole map.
 */
@Skjemavern
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class SkjemavernInterceptor {

    @Inject
    Csrf csrf;

    @AroundInvoke
    Object krevNokkel(InvocationContext kall) throws Exception {
        Method metode = kall.getMethod();
        if (metode.isAnnotationPresent(POST.class)) {
            if (!leserSkjemaet(metode)) {
                // Without a form parameter the framework leaves the body unread, and every post would be refused.
                throw new IllegalStateException(metode + " tar ingen skjemafelter; merk den med @WithFormRead");
            }
            csrf.krev(nokkel(kall));
        }
        return kall.proceed();
    }

    /** Whether the framework reads the form before the method runs, so that the token is there to check. */
    static boolean leserSkjemaet(Method metode) {
        if (metode.isAnnotationPresent(WithFormRead.class)) {
            return true;
        }
        for (Parameter parameter : metode.getParameters()) {
            if (parameter.isAnnotationPresent(RestForm.class) || parameter.isAnnotationPresent(FormParam.class)
                    || parameter.isAnnotationPresent(BeanParam.class) || MultivaluedMap.class.isAssignableFrom(parameter.getType())
                    || MultipartFormDataInput.class.isAssignableFrom(parameter.getType())) {
                return true;
            }
        }
        return false;
    }

    /** The form's token: from the form the framework read, or from the map a method takes the whole form as. */
    private static String nokkel(InvocationContext kall) {
        ResteasyReactiveRequestContext foresporsel = CurrentRequestManager.get();
        Object verdi = foresporsel == null ? null : foresporsel.getFormParameter(Csrf.FELT, true, false);
        if (verdi != null) {
            return verdi.toString();
        }
        for (Object parameter : kall.getParameters()) {
            if (parameter instanceof MultivaluedMap<?, ?> form) {
                List<?> verdier = form.get(Csrf.FELT);
                if (verdier != null && !verdier.isEmpty() && verdier.get(0) instanceof String nokkel) {
                    return nokkel;
                }
            }
        }
        return null;
    }
}
