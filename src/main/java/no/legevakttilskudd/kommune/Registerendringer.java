package no.legevakttilskudd.kommune;

import java.util.List;

/**
 * What an uploaded registry would change against the version that is active now: kommuner added and removed, and
 * for kommuner in both the changes the rules notice (sentralitetsklasse, folketall). Other changes (name, county,
 * index, organisation number) are only counted.
 */
public record Registerendringer(long motVersjon, int antallKommuner, List<KommuneRad> lagtTil, List<KommuneRad> fjernet,
        List<Endring> sentralitetEndret, List<Endring> folketallEndret, int andreEndret) {

    /** One value of one kommune, before and after; the years belong to folketall and are 0 for sentralitetsklasse. */
    public record Endring(String kommunenummer, String navn, int fra, int til, int fraAar, int tilAar) {
    }

    public boolean ingenEndringer() {
        return lagtTil.isEmpty() && fjernet.isEmpty() && sentralitetEndret.isEmpty() && folketallEndret.isEmpty() && andreEndret == 0;
    }
}
