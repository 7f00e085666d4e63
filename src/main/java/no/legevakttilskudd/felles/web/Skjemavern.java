package no.legevakttilskudd.felles.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a page resource: every POST method of it is checked against CSRF by {@link SkjemavernInterceptor} before it
 * runs. {@code CsrfVaktTest} fails for a page POST route that is not covered.
 */
@InterceptorBinding
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Skjemavern {
}
