package no.legevakttilskudd.felles;

import java.util.List;

import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;

/** One page of a list: the elements, which page (from 1), the page size and the total count. */
public record Side<T>(List<T> elementer, int side, int storrelse, long totalt) {

    public static final int MAKS_STORRELSE = 500;

    /** Checks paging parameters from a query string, with the same messages everywhere. */
    public static void valider(int side, int storrelse) {
        if (side < 1) {
            throw ProblemException.valideringsfeil(List.of(new Feltfeil("side", "Side må være 1 eller høyere.")));
        }
        if (storrelse < 1 || storrelse > MAKS_STORRELSE) {
            throw ProblemException.valideringsfeil(List.of(new Feltfeil("storrelse",
                    "Sidestørrelsen må være mellom 1 og " + MAKS_STORRELSE + ".")));
        }
    }
}
