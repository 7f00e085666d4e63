package no.legevakttilskudd.regler;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * §4.1 eligibility, the one place it is decided: the kommune's centrality class is one of the call's, and its
 * population in the call's reference year is strictly under the call's limit. The allocation, the form's banner,
 * Mine søknader, the case page and the statistics all ask this (the registry page shows facts, not a verdict: it has
 * no call to judge against).
 *
 * @param arsaker the reasons, with codes, as the allocation and the decision letter state them
 */
public record Kvalifisering(boolean klasseOk, boolean folketallOk, List<Arsak> arsaker) {

    public Kvalifisering {
        arsaker = List.copyOf(arsaker);
    }

    public boolean kvalifisert() {
        return klasseOk && folketallOk;
    }

    public static Kvalifisering av(Kommunefakta f, Regelparametre p) {
        return av(f, p.sentralitetsklasser(), p.folketallsgrense());
    }

    /** Whether the class and the population qualify, without the reasons' texts (for counts over many kommuner). */
    public static boolean kvalifisert(int sentralitetsklasse, int folketall, SortedSet<Integer> klasser, int folketallsgrense) {
        return klasser.contains(sentralitetsklasse) && folketall < folketallsgrense;
    }

    public static Kvalifisering av(Kommunefakta f, SortedSet<Integer> klasser, int folketallsgrense) {
        boolean klasseOk = klasser.contains(f.sentralitetsklasse());
        boolean folketallOk = f.folketall() < folketallsgrense;
        List<Arsak> arsaker = new ArrayList<>(2);
        if (!klasseOk) {
            arsaker.add(Arsak.av(Arsakskode.IKKE_KVALIFISERT_KLASSE, "Kommunen er i sentralitetsklasse " + f.sentralitetsklasse()
                    + " (SSB " + f.folketallAar() + "); ordningen gjelder " + klasser(klasser) + ".",
                    f.sentralitetsklasse(), f.folketallAar(), liste(klasser, " og "), klasser.size(), liste(klasser, " and ")));
        }
        if (!folketallOk) {
            arsaker.add(Arsak.av(Arsakskode.IKKE_KVALIFISERT_FOLKETALL, "Kommunen hadde " + Kroner.tall(f.folketall())
                    + " innbyggere 1. januar " + f.folketallAar() + "; ordningen gjelder kommuner med under "
                    + Kroner.tall(folketallsgrense) + ".", Kroner.tall(f.folketall()), f.folketallAar(), Kroner.tall(folketallsgrense)));
        }
        if (klasseOk && folketallOk) {
            arsaker.add(Arsak.av(Arsakskode.KVALIFISERT, "Kommunen er i sentralitetsklasse " + f.sentralitetsklasse()
                    + " (SSB " + f.folketallAar() + ") og hadde "
                    + Kroner.tall(f.folketall()) + " innbyggere 1. januar " + f.folketallAar() + " (under "
                    + Kroner.tall(folketallsgrense) + ").", f.sentralitetsklasse(), f.folketallAar(), Kroner.tall(f.folketall()),
                    Kroner.tall(folketallsgrense)));
        }
        return new Kvalifisering(klasseOk, folketallOk, arsaker);
    }

    /** "6", "5 og 6", "4, 5 og 6": the classes joined with {@code og}, or with another language's word for a sentence in it. */
    private static String liste(SortedSet<Integer> sett, String og) {
        List<String> klasser = sett.stream().map(String::valueOf).toList();
        return klasser.size() == 1 ? klasser.get(0)
                : String.join(", ", klasser.subList(0, klasser.size() - 1)) + og + klasser.get(klasser.size() - 1);
    }

    private static String klasser(SortedSet<Integer> sett) {
        List<String> klasser = sett.stream().map(String::valueOf).toList();
        if (klasser.size() == 1) {
            return "klasse " + klasser.get(0);
        }
        return "klasse " + String.join(", ", klasser.subList(0, klasser.size() - 1)) + " og " + klasser.get(klasser.size() - 1);
    }
}
