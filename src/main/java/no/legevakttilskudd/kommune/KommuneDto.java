package no.legevakttilskudd.kommune;

/** A registry row as the API shows it. */
public record KommuneDto(String kommunenummer, String navn, String fylkesnummer, String fylkesnavn, int sentralitetsklasse,
        int sentralitetsindeks, int folketall, int folketallAar, String organisasjonsnummer, long registerversjon) {

    static KommuneDto fra(Kommune kommune) {
        return new KommuneDto(kommune.kommunenummer(), kommune.navn, kommune.fylkesnummer, kommune.fylkesnavn,
                kommune.sentralitetsklasse, kommune.sentralitetsindeks, kommune.folketall, kommune.folketallAar,
                kommune.organisasjonsnummer, kommune.id.versjonId);
    }
}
