package no.legevakttilskudd.robusthet;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import no.legevakttilskudd.sikkerhet.Ruter;

/**
 * A route that changes something (POST, PUT, DELETE), with what its Java method says about the input it takes: the
 * content type, the JSON body's type, the form fields and the file fields.
 *
 * @param jsonType the type of the JSON body, or null
 * @param felter   the form fields the method names (not the CSRF token); empty for a method that reads the whole form
 * @param filer    the form fields that are files
 */
record Skriverute(Ruter.Rute rute, Innhold innhold, Type jsonType, List<String> felter, List<String> filer, boolean heleSkjemaet) {

    /** How the route takes its input. */
    enum Innhold {
        INGEN, JSON, SKJEMA, MULTIPART, CSV
    }

    static final String CSRF_FELT = "csrf-token";
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    static List<Skriverute> alle() {
        return Ruter.alle().stream().filter(r -> Set.of("POST", "PUT", "DELETE").contains(r.metode()))
                .sorted((a, b) -> a.nokkel().compareTo(b.nokkel())).map(Skriverute::av).toList();
    }

    static Skriverute av(Ruter.Rute rute) {
        Method metode = rute.java();
        Consumes consumes = metode.isAnnotationPresent(Consumes.class) ? metode.getAnnotation(Consumes.class)
                : metode.getDeclaringClass().getAnnotation(Consumes.class);
        List<String> typer = consumes == null ? List.of() : Arrays.asList(consumes.value());
        Type jsonType = null;
        List<String> felter = new ArrayList<>();
        List<String> filer = new ArrayList<>();
        boolean heleSkjemaet = false;
        for (Parameter p : metode.getParameters()) {
            RestForm restForm = p.getAnnotation(RestForm.class);
            FormParam formParam = p.getAnnotation(FormParam.class);
            if (restForm != null || formParam != null) {
                String navn = restForm != null ? (restForm.value().isEmpty() ? p.getName() : restForm.value()) : formParam.value();
                if (p.getType() == FileUpload.class) {
                    filer.add(navn);
                } else if (!navn.equals(CSRF_FELT)) {
                    felter.add(navn);
                }
            } else if (MultivaluedMap.class.isAssignableFrom(p.getType())) {
                heleSkjemaet = true;
            } else if (Arrays.stream(p.getAnnotations()).noneMatch(a -> a instanceof PathParam || a instanceof QueryParam
                    || a instanceof HeaderParam || a instanceof CookieParam || a instanceof Context || a instanceof BeanParam)) {
                jsonType = p.getParameterizedType();
            }
        }
        Innhold innhold;
        if (typer.stream().anyMatch(t -> t.contains("csv"))) {
            innhold = Innhold.CSV;
        } else if (typer.stream().anyMatch(t -> t.contains("x-www-form-urlencoded"))) {
            innhold = Innhold.SKJEMA;
        } else if (typer.stream().anyMatch(t -> t.contains("multipart"))) {
            innhold = Innhold.MULTIPART;
        } else if (jsonType != null || typer.stream().anyMatch(t -> t.contains("json"))) {
            innhold = Innhold.JSON;
        } else {
            innhold = Innhold.INGEN;
        }
        return new Skriverute(rute, innhold, jsonType, felter, filer, heleSkjemaet);
    }

    String nokkel() {
        return rute.nokkel();
    }

    String metode() {
        return rute.metode();
    }

    /** A page (form) route: needs the CSRF cookie and field, or it stops at 403 before reading anything. */
    boolean erSide() {
        return !rute.sti().startsWith("/api/");
    }

    List<String> parametre() {
        List<String> navn = new ArrayList<>();
        Matcher m = PARAMETER.matcher(rute.sti());
        while (m.find()) {
            navn.add(m.group(1));
        }
        return navn;
    }

    /** The content type the route declares, as a client sends it. */
    String innholdstype() {
        return switch (innhold) {
            case JSON, INGEN -> "application/json";
            case SKJEMA -> "application/x-www-form-urlencoded; charset=UTF-8";
            case MULTIPART -> "multipart/form-data; boundary=" + Korpus.GRENSE;
            case CSV -> "text/csv; charset=UTF-8";
        };
    }
}
