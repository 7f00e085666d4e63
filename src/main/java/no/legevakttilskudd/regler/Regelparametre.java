package no.legevakttilskudd.regler;

import java.time.Instant;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The call's rule parameters (SPEC §4). 2022 values: classes {6}, population strictly under 5 000, cap 1 500 000,
 * minimum 0, frame 50 000 000 (later 62 000 000), PARTIAL.
 *
 * @param folketallAar  the population year the registry rows carry (null: the registry's own year)
 * @param soknadsfrist  the deadline; applications sent after it are AVVIST (null: no deadline check, as in simulation)
 */
public record Regelparametre(SortedSet<Integer> sentralitetsklasser, int folketallsgrense, Integer folketallAar, long tak,
        long minstebelop, long ramme, Marginalregel marginal, Instant soknadsfrist) {

    public static final int STANDARD_FOLKETALLSGRENSE = 5_000;
    public static final long STANDARD_TAK = 1_500_000;
    public static final long STANDARD_RAMME_2022 = 50_000_000;

    public Regelparametre {
        if (sentralitetsklasser == null || sentralitetsklasser.isEmpty()) {
            throw new IllegalArgumentException("Minst én sentralitetsklasse må kvalifisere");
        }
        sentralitetsklasser = new TreeSet<>(sentralitetsklasser);
        if (folketallsgrense <= 0 || tak <= 0 || minstebelop < 0 || minstebelop > tak || ramme < 0 || marginal == null) {
            throw new IllegalArgumentException("Ugyldige regelparametre");
        }
    }

    public static Regelparametre standard2022() {
        return new Regelparametre(new TreeSet<>(Set.of(6)), STANDARD_FOLKETALLSGRENSE, null, STANDARD_TAK, 0,
                STANDARD_RAMME_2022, Marginalregel.PARTIAL, null);
    }

    public Regelparametre medRamme(long nyRamme) {
        return new Regelparametre(sentralitetsklasser, folketallsgrense, folketallAar, tak, minstebelop, nyRamme, marginal,
                soknadsfrist);
    }
}
