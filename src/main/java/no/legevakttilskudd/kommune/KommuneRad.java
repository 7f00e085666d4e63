package no.legevakttilskudd.kommune;

/** One validated row of a registry CSV, before it is stored. */
public record KommuneRad(String kommunenummer, String navn, String fylkesnummer, String fylkesnavn, int sentralitetsklasse,
        int sentralitetsindeks, int folketall, int folketallAar, String organisasjonsnummer) {
}
