package no.legevakttilskudd.kommune;

import java.util.regex.Pattern;

/** A kommunenummer: exactly four digits, leading zero kept ("0301"). */
public record Kommunenummer(String verdi) {

    private static final Pattern FIRE_SIFRE = Pattern.compile("\\d{4}");

    public Kommunenummer {
        if (!erGyldig(verdi)) {
            throw new IllegalArgumentException("Kommunenummer må være fire sifre: " + verdi);
        }
    }

    public static boolean erGyldig(String verdi) {
        return verdi != null && FIRE_SIFRE.matcher(verdi).matches();
    }

    @Override
    public String toString() {
        return verdi;
    }
}
