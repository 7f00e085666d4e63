package no.legevakttilskudd.regler;

import java.time.Instant;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The call's rule parameters (SPEC §4). 2022 values: classes {6}, population strictly under 5 000, cap 1 500 000,
 * minimum 0, frame 50 000 000 (later 62 000 000), PARTIAL, every measure category.
 *
 * @param folketallAar   the population year the registry rows carry (null: the registry's own year)
 * @param soknadsfrist   the deadline; applications sent after it are AVVIST (null: no deadline check, as in simulation)
 * @param kategorier     the measure categories the call accepts (codes as the application names them); empty: all. A
 *                       budget line in another category is struck by the rules and never awarded (§4.4)
 * @param gjenutlysningAv the call whose unspent remainder this call announces again, or null; then {@code ramme} is that
 *                       remainder as it stood when the rules ran, so the basis says where the frame came from
 */
public record Regelparametre(SortedSet<Integer> sentralitetsklasser, int folketallsgrense, Integer folketallAar, long tak,
        long minstebelop, long ramme, Marginalregel marginal, Instant soknadsfrist, SortedSet<String> kategorier,
        Long gjenutlysningAv) {

    public static final int STANDARD_FOLKETALLSGRENSE = 5_000;
    public static final long STANDARD_TAK = 1_500_000;
    public static final long STANDARD_RAMME_2022 = 50_000_000;

    public Regelparametre {
        if (sentralitetsklasser == null || sentralitetsklasser.isEmpty()) {
            throw new IllegalArgumentException("Minst én sentralitetsklasse må kvalifisere");
        }
        sentralitetsklasser = new TreeSet<>(sentralitetsklasser);
        // A basis stored before the call could exclude categories has none: it accepted every category.
        kategorier = kategorier == null ? new TreeSet<>() : new TreeSet<>(kategorier);
        if (folketallsgrense <= 0 || tak <= 0 || minstebelop < 0 || minstebelop > tak || ramme < 0 || marginal == null) {
            throw new IllegalArgumentException("Ugyldige regelparametre");
        }
    }

    /** A call that accepts every category and announces its own frame. */
    public Regelparametre(SortedSet<Integer> sentralitetsklasser, int folketallsgrense, Integer folketallAar, long tak,
            long minstebelop, long ramme, Marginalregel marginal, Instant soknadsfrist) {
        this(sentralitetsklasser, folketallsgrense, folketallAar, tak, minstebelop, ramme, marginal, soknadsfrist, null, null);
    }

    public static Regelparametre standard2022() {
        return new Regelparametre(new TreeSet<>(Set.of(6)), STANDARD_FOLKETALLSGRENSE, null, STANDARD_TAK, 0,
                STANDARD_RAMME_2022, Marginalregel.PARTIAL, null);
    }

    public Regelparametre medRamme(long nyRamme) {
        return new Regelparametre(sentralitetsklasser, folketallsgrense, folketallAar, tak, minstebelop, nyRamme, marginal,
                soknadsfrist, kategorier, gjenutlysningAv);
    }

    /** Whether a budget line in {@code kategori} can be awarded under this call. */
    public boolean tarImot(String kategori) {
        return kategorier.isEmpty() || kategorier.contains(kategori);
    }
}
