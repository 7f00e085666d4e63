package no.legevakttilskudd.felles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.junit.jupiter.api.Test;

import io.quarkus.security.Authenticated;
import no.legevakttilskudd.Ressursklasser;

/**
 * Guard: every endpoint declares who may call it (on the method or its class). A new endpoint without roles fails
 * here before it can be reached by anyone with a token.
 */
class RolleVaktTest {

    @Test
    void hvertEndepunktDeklarererRoller() {
        List<Class<?>> ressurser = Ressursklasser.alle();
        assertTrue(ressurser.size() >= 10, "fant bare " + ressurser);
        List<String> utenRoller = new ArrayList<>();
        int endepunkter = 0;
        for (Class<?> ressurs : ressurser) {
            for (Method metode : ressurs.getDeclaredMethods()) {
                if (!erEndepunkt(metode)) {
                    continue;
                }
                endepunkter++;
                boolean deklarert = harRolle(metode.getAnnotation(RolesAllowed.class), metode.isAnnotationPresent(PermitAll.class)
                        || metode.isAnnotationPresent(Authenticated.class), metode.isAnnotationPresent(DenyAll.class))
                        || harRolle(ressurs.getAnnotation(RolesAllowed.class), ressurs.isAnnotationPresent(PermitAll.class)
                                || ressurs.isAnnotationPresent(Authenticated.class), ressurs.isAnnotationPresent(DenyAll.class));
                if (!deklarert) {
                    utenRoller.add(ressurs.getSimpleName() + "." + metode.getName());
                }
            }
        }
        assertEquals(List.of(), utenRoller, "endepunkter uten @RolesAllowed");
        assertTrue(endepunkter >= 20, "fant bare " + endepunkter + " endepunkter");
    }

    /** @param apen @PermitAll or @Authenticated: a deliberate choice, stated on the endpoint */
    private static boolean harRolle(RolesAllowed roller, boolean apen, boolean denyAll) {
        return (roller != null && roller.value().length > 0) || apen || denyAll;
    }

    private static boolean erEndepunkt(Method metode) {
        return Stream.of(GET.class, POST.class, PUT.class, DELETE.class).anyMatch(metode::isAnnotationPresent);
    }
}
