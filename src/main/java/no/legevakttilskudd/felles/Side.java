package no.legevakttilskudd.felles;

import java.util.List;

import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;

/** One page of a list: the elements, which page (from 1), the page size and the total count. */
public record Side<T>(List<T> elementer, int side, int storrelse, long totalt) {

    public static final int MAKS_STORRELSE = 500;
    private static final String FEIL_SIDE = "Side må være 1 eller høyere.";
    private static final String FEIL_STORRELSE = "Sidestørrelsen må være mellom 1 og " + MAKS_STORRELSE + ".";

    /** Checks paging parameters from a query string, with the same messages everywhere. */
    public static void valider(int side, int storrelse) {
        if (side < 1) {
            throw ProblemException.valideringsfeil(List.of(new Feltfeil("side", FEIL_SIDE)));
        }
        if (storrelse < 1 || storrelse > MAKS_STORRELSE) {
            throw ProblemException.valideringsfeil(List.of(new Feltfeil("storrelse", FEIL_STORRELSE)));
        }
    }

    /**
     * The page number as the client wrote it, 1 when left out. "abc" is a 400 on the field with the message
     * {@link #valider} gives for a number out of range, rather than the 404 JAX-RS gives a bad int parameter.
     */
    public static int lesSide(String verdi) {
        return les(verdi, "side", FEIL_SIDE, 1);
    }

    /** The page size as the client wrote it, {@code standard} when left out; as {@link #lesSide}. */
    public static int lesStorrelse(String verdi, int standard) {
        return les(verdi, "storrelse", FEIL_STORRELSE, standard);
    }

    private static int les(String verdi, String felt, String feil, int standard) {
        if (verdi == null || verdi.isBlank()) {
            return standard;
        }
        if (!verdi.strip().matches("\\d{1,9}")) {
            throw ProblemException.valideringsfeil(felt, feil);
        }
        return Integer.parseInt(verdi.strip());
    }

    /** How many pages the list has; an empty list has one (empty) page. */
    public long sider() {
        return Math.max(1, (totalt + storrelse - 1) / storrelse);
    }

    /**
     * The offset of the first element of a page. As a long first: page 999 999 999 of 500 lies past any list, and must
     * not overflow into a negative offset; past the largest offset the database takes, the page is simply empty.
     */
    public static int forste(int side, int storrelse) {
        return (int) Math.min((long) (side - 1) * storrelse, Integer.MAX_VALUE);
    }
}
