package no.legevakttilskudd.soknad;

/**
 * A part another feature adds at the top of the kommune's Mine søknader: something that waits for the kommune to act
 * (an unanswered question from the directorate). Drawn by that feature, so the dependency points one way, as for
 * {@link Oversiktsdel}.
 */
public interface Oppgavedel {

    /** The part as HTML in the page's language for the logged-in kommune, or an empty string when nothing waits. */
    String html();
}
