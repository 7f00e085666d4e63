package no.legevakttilskudd.sikkerhet;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import io.quarkus.security.Authenticated;
import no.legevakttilskudd.Ressursklasser;

/**
 * Every route of the application as "METHOD /path/{param}", read from the resource classes by reflection. Public for
 * the robustness tests in {@code robusthet}, which call every write route with bad input.
 */
public final class Ruter {

    /**
     * A route, the roles it declares and the Java method behind it; {@code roller} is empty for @PermitAll, "innlogget"
     * for @Authenticated.
     */
    public record Rute(String metode, String sti, Set<String> roller, Method java) {

        public String nokkel() {
            return metode + " " + sti;
        }
    }

    private Ruter() {
    }

    public static List<Rute> alle() {
        List<Rute> ruter = new ArrayList<>();
        for (Class<?> ressurs : Ressursklasser.alle()) {
            String rot = ressurs.getAnnotation(Path.class).value();
            for (Method metode : ressurs.getDeclaredMethods()) {
                String verb = Stream.of(GET.class, POST.class, PUT.class, DELETE.class).filter(metode::isAnnotationPresent)
                        .map(Class::getSimpleName).findFirst().orElse(null);
                if (verb == null) {
                    continue;
                }
                Path del = metode.getAnnotation(Path.class);
                ruter.add(new Rute(verb, sti(rot, del == null ? "" : del.value()), roller(ressurs, metode), metode));
            }
        }
        return ruter;
    }

    /** Joins the class and method paths, with parameters named only by their name (no regular expressions). */
    static String sti(String rot, String del) {
        String sti = ("/" + rot + "/" + del).replaceAll("/+", "/");
        if (sti.length() > 1 && sti.endsWith("/")) {
            sti = sti.substring(0, sti.length() - 1);
        }
        return sti.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
    }

    private static Set<String> roller(Class<?> ressurs, Method metode) {
        RolesAllowed paMetode = metode.getAnnotation(RolesAllowed.class);
        if (paMetode != null) {
            return new TreeSet<>(Arrays.asList(paMetode.value()));
        }
        if (metode.isAnnotationPresent(PermitAll.class)) {
            return Set.of();
        }
        if (metode.isAnnotationPresent(Authenticated.class) || ressurs.isAnnotationPresent(Authenticated.class)) {
            return Set.of("innlogget");
        }
        RolesAllowed paKlasse = ressurs.getAnnotation(RolesAllowed.class);
        return paKlasse != null ? new TreeSet<>(Arrays.asList(paKlasse.value())) : Set.of();
    }
}
