package no.legevakttilskudd.felles.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A heavy endpoint: each user may call it at most {@code legevakttilskudd.fartsgrense.<value>.antall} times per
 * {@code ….vindu}, checked by {@link Fartsgrense} before the request body is read.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Begrenset {

    /** The limit's name in the configuration, e.g. {@code simulering}. */
    String value();
}
