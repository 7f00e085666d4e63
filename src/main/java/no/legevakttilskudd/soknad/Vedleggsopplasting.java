package no.legevakttilskudd.soknad;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An attachment upload for the application in the path's {id}: {@link Opplastingsvakt} checks it before the body is read. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Vedleggsopplasting {
}
