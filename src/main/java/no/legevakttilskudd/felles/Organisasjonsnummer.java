package no.legevakttilskudd.felles;

/**
 * A Norwegian organisation number (Enhetsregisteret): nine digits, the last a MOD11 check digit over the first eight
 * with weights 3 2 7 6 5 4 3 2.
 */
public final class Organisasjonsnummer {

    private static final int[] VEKTER = {3, 2, 7, 6, 5, 4, 3, 2};

    private Organisasjonsnummer() {
    }

    public static boolean erGyldig(String siffer) {
        return Kontrollsiffer.mod11(siffer, VEKTER);
    }
}
