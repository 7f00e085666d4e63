package no.legevakttilskudd.regler;

import java.util.List;

/** An application names a kommune the registry does not know: an error in the input, not an ineligible applicant. */
public class UkjentKommuneException extends RuntimeException {

    private final List<String> referanser;
    private final List<String> kommunenumre;

    public UkjentKommuneException(List<String> referanser, List<String> kommunenumre) {
        super("Ukjent kommunenummer i kommuneregisteret: " + String.join(", ", kommunenumre));
        this.referanser = List.copyOf(referanser);
        this.kommunenumre = List.copyOf(kommunenumre);
    }

    public List<String> referanser() {
        return referanser;
    }

    public List<String> kommunenumre() {
        return kommunenumre;
    }
}
