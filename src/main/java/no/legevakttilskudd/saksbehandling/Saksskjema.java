package no.legevakttilskudd.saksbehandling;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
        try {
            return LocalDate.parse(verdi.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.valideringsfeil(felt, "Skriv datoen som ÅÅÅÅ-MM-DD, f.eks. 2026-03-15.");
        }
    }
}
