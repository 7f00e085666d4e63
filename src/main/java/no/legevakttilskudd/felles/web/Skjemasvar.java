package no.legevakttilskudd.felles.web;

import java.net.URI;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.Response;

import no.legevakttilskudd.felles.problem.ProblemException;

/**
 * How every page form answers, in one place. The action runs; on success the browser goes on with 303 (so a reload
 * does not post again). When the services refuse the input (400), their field errors go next to the fields and into
 * the summary, and the page is drawn again with 400 and what was typed. Nothing is stored on a refusal: the services
 * check everything before they write.
 */
public final class Skjemasvar {

    /** The form's action: what it changes, and the path to go on to afterwards. */
    @FunctionalInterface
    public interface Handling {
        String utfor();
    }

    private Skjemasvar() {
    }

    /**
     * Runs the action unless the form already has errors from reading it. A refusal that is not about the input
     * (not found, conflict, forbidden) goes on to the error page.
     *
     * @param side draws the page again with the form as it is now
     */
    public static Response utfor(Skjema skjema, Handling handling, Function<Skjema, ?> side) {
        if (skjema.harFeil()) {
            return ugyldig(side.apply(skjema));
        }
        try {
            return videre(handling.utfor());
        } catch (ProblemException e) {
            return ugyldig(side.apply(medFeil(skjema, e)));
        }
    }

    /**
     * As {@link #utfor}, for pages that show a refusal themselves: a conflict or forbidden step (409, 403, …) is drawn on
     * the same page as a notice, with its status. Only "not found" goes on to the error page. With no form (a button
     * alone), bad input is such a notice too.
     *
     * @param side draws the page again with the form and the notice (null when there is none)
     */
    public static Response utforMedVarsel(Skjema skjema, Handling handling, BiFunction<Skjema, String, ?> side) {
        if (skjema != null && skjema.harFeil()) {
            return ugyldig(side.apply(skjema, null));
        }
        try {
            return videre(handling.utfor());
        } catch (ProblemException e) {
            int status = e.problem().status();
            if (status == 404) {
                throw e;
            }
            if (status == 400 && skjema != null) {
                return ugyldig(side.apply(medFeil(skjema, e), null));
            }
            return Response.status(status).entity(side.apply(skjema, e.problem().detail())).build();
        }
    }

    /**
     * The services' field errors added to the form, each field keeping the error it already has (from reading it).
     * Anything but bad input is thrown on.
     */
    public static Skjema medFeil(Skjema skjema, ProblemException e) {
        if (e.problem().status() != 400) {
            throw e;
        }
        Set<String> lest = skjema.getFeil().stream().map(Skjemafeil::felt).collect(Collectors.toSet());
        e.problem().feil().stream().filter(f -> !lest.contains(f.felt())).forEach(skjema::leggTil);
        return skjema;
    }

    /** The page again, with the errors it shows, as 400. */
    public static Response ugyldig(Object side) {
        return Response.status(Response.Status.BAD_REQUEST).entity(side).build();
    }

    /** On to the next page after a post (303 See Other). */
    public static Response videre(String sti) {
        return Response.seeOther(URI.create(sti)).build();
    }
}
