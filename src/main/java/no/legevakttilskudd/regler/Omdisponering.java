package no.legevakttilskudd.regler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moving an award between the application's measures after the decision (endringssøknad), as a pure function: the new
 * plan has one amount per measure, none negative, and together never more than the award; and it says whether money
 * moves between categories, which needs a second person's approval as a decision does.
 */
public final class Omdisponering {

    /** One measure's amount in a plan, with the category it belongs to (the category's code). */
    public record Tiltaksbelop(String kategori, long belop) {
    }

    /** What is wrong with the new plan, if anything. */
    public enum Feil {
        /** Not one amount per measure of the application. */
        FEIL_ANTALL,
        /** An amount below zero. */
        NEGATIVT_BELOP,
        /** The new plan adds up to more than the award. */
        OVER_TILDELT,
        /** More to a measure in a category the call does not fund (§4.4: the rules struck it from the award). */
        KATEGORI_UTENFOR
    }

    /**
     * @param feil what is wrong, with the index of the measure where it is about one (-1 for the whole plan); empty when valid
     * @param sum the new plan's total
     * @param mellomKategorier some category gets more than it has in the current plan
     */
    public record Resultat(List<Feilen> feil, long sum, boolean mellomKategorier) {

        public boolean gyldig() {
            return feil.isEmpty();
        }
    }

    /** One error, at a measure (its index) or at the whole plan (-1). */
    public record Feilen(Feil feil, int tiltak) {
    }

    private Omdisponering() {
    }

    /**
     * @param tildelt the award in NOK
     * @param gjeldende the plan in force, one entry per measure in the application's order
     * @param ny the new amounts, in the same order
     */
    public static Resultat vurder(long tildelt, List<Tiltaksbelop> gjeldende, List<Long> ny) {
        return vurder(tildelt, gjeldende, ny, Regelparametre.standard2022());
    }

    /** As above, under the call's parameters: a measure in a category the call does not fund can only get less. */
    public static Resultat vurder(long tildelt, List<Tiltaksbelop> gjeldende, List<Long> ny, Regelparametre parametre) {
        List<Feilen> feil = new ArrayList<>();
        if (ny == null || ny.size() != gjeldende.size()) {
            feil.add(new Feilen(Feil.FEIL_ANTALL, -1));
            return new Resultat(feil, 0, false);
        }
        long sum = 0;
        Map<String, Long> for_ = new LinkedHashMap<>();
        Map<String, Long> etter = new LinkedHashMap<>();
        for (int i = 0; i < gjeldende.size(); i++) {
            Long belop = ny.get(i);
            if (belop == null || belop < 0) {
                feil.add(new Feilen(Feil.NEGATIVT_BELOP, i));
                continue;
            }
            sum = Math.addExact(sum, belop);
            Tiltaksbelop tiltak = gjeldende.get(i);
            if (!parametre.tarImot(tiltak.kategori()) && belop > tiltak.belop()) {
                feil.add(new Feilen(Feil.KATEGORI_UTENFOR, i));
            }
            for_.merge(tiltak.kategori(), tiltak.belop(), Long::sum);
            etter.merge(tiltak.kategori(), belop, Long::sum);
        }
        if (feil.isEmpty() && sum > tildelt) {
            feil.add(new Feilen(Feil.OVER_TILDELT, -1));
        }
        boolean mellomKategorier = etter.entrySet().stream().anyMatch(e -> e.getValue() > for_.getOrDefault(e.getKey(), 0L));
        return new Resultat(List.copyOf(feil), sum, feil.isEmpty() && mellomKategorier);
    }
}
