package no.legevakttilskudd.felles;

import no.legevakttilskudd.felles.problem.ProblemException;

/**
 * A free text a user writes to the other side of a case (an appeal, a request, a reason), checked the same way
 * everywhere: present, not too long, and without control characters (PostgreSQL cannot store NUL, so one gave a 500 at
 * the insert); line breaks and tabs are allowed. The text is stored stripped.
 */
public final class Fritekst {

    private Fritekst() {
    }

    /**
     * @param felt    the field the errors are about
     * @param mangler what to write, when nothing was written
     * @return the text, stripped
     */
    public static String krev(String tekst, String felt, int maks, String mangler) {
        if (tekst == null || tekst.isBlank()) {
            throw ProblemException.valideringsfeil(felt, mangler);
        }
        return valgfri(tekst, felt, maks);
    }

    /** As {@link #krev}, for a text that may be left out: null when it was. */
    public static String valgfri(String tekst, String felt, int maks) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        String strippet = tekst.strip();
        if (strippet.length() > maks) {
            throw ProblemException.valideringsfeil(felt, "Teksten kan ha høyst " + maks + " tegn.");
        }
        if (strippet.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw ProblemException.valideringsfeil(felt, "Teksten inneholder tegn som ikke kan brukes (kontrolltegn).");
        }
        return strippet;
    }
}
