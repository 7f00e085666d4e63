package no.legevakttilskudd.soknad;

import jakarta.ws.rs.core.MultivaluedMap;

import no.legevakttilskudd.felles.web.Skjema;

/**
 * A part another feature adds to the application's read-only page, drawn by that feature. The decision side draws the
 * sent decisions and the kommune's answers to them here, so the application knows nothing of decisions and the
 * dependency points one way (vedtak → soknad).
 */
public interface Oversiktsdel {

    /**
     * The part as HTML in the page's language, or an empty string when there is nothing to show.
     *
     * @param skjema the part's own form values and errors when a post to it failed, otherwise empty
     * @param sporring the page's query, where the part finds its own receipts after a redirect
     */
    String html(SoknadDto soknad, Skjema skjema, MultivaluedMap<String, String> sporring);

    /** Where on the page the part stands among the others, lowest first: what waits for the kommune comes first. */
    default int rekkefolge() {
        return 100;
    }
}
