package no.legevakttilskudd.regler;

/** The registry facts the rules use for one kommune: never what the applicant says about itself. */
public record Kommunefakta(String kommunenummer, String navn, int sentralitetsklasse, int sentralitetsindeks, int folketall,
        int folketallAar) {
}
