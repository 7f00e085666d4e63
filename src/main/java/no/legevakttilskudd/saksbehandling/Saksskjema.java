package no.legevakttilskudd.saksbehandling;

import java.time.LocalDate;

import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.problem.ProblemException;

/** The case page's form values as caseworkers type them: choices by name and dates as ÅÅÅÅ-MM-DD. */
final class Saksskjema {

    private Saksskjema() {
    }

    /** The choice by its name, or null when none or an unknown one was sent (the service then names the field). */
    static <E extends Enum<E>> E valg(Class<E> type, String verdi) {
        if (verdi == null || verdi.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, verdi.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The date, null when empty; a 400 on the field when it is not a date. */
    static LocalDate dato(String verdi, String felt) {
        if (verdi == null || verdi.isBlank()) {
            return null;
        }
        return Tidsformat.lesDato(verdi).orElseThrow(
                () -> ProblemException.valideringsfeil(felt, "Skriv datoen som DD.MM.ÅÅÅÅ, f.eks. 15.03.2026."));
    }
}
