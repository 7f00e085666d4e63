package no.legevakttilskudd.vedtak.aksept;

import java.util.Optional;

import no.legevakttilskudd.felles.Kontrollsiffer;

/**
 * A Norwegian bank account number: 11 digits, the last a MOD11 check digit over the first ten with weights
 * 5 4 3 2 7 6 5 4 3 2. Written with or without the usual spaces and dots (1234.56.78903).
 */
public record Kontonummer(String siffer) {

    private static final int[] VEKTER = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    public Kontonummer {
        if (!gyldig(siffer)) {
            throw new IllegalArgumentException("Ugyldig kontonummer");
        }
    }

    /** The number as typed, read leniently; empty when it is not a valid account number. */
    public static Optional<Kontonummer> les(String tekst) {
        if (tekst == null) {
            return Optional.empty();
        }
        String renset = tekst.replaceAll("[\\s.\u00a0]", "");
        return gyldig(renset) ? Optional.of(new Kontonummer(renset)) : Optional.empty();
    }

    static boolean gyldig(String siffer) {
        return Kontrollsiffer.mod11(siffer, VEKTER);
    }

    /** As people write it: 1234.56.78903. */
    public String formatert() {
        return siffer.substring(0, 4) + "." + siffer.substring(4, 6) + "." + siffer.substring(6);
    }
}
