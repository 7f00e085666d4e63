package no.legevakttilskudd.regler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Benchmark, not a test: times {@link Tildelingsregler#beregn} for 1 000, 10 000 and 100 000 applications drawn from the
 * real registry. Run with {@code ./mvnw -q -Pbenchmark test-compile exec:exec}; the figures go in docs/performance.md.
 */
public final class TildelingBenchmark {

    private static final int[] STORRELSER = {1_000, 10_000, 100_000};

    private TildelingBenchmark() {
    }

    public static void main(String[] args) {
        List<String> numre = new ArrayList<>(new TreeSet<>(Register.SSB_2024.keySet()));
        Regelparametre parametre = new Regelparametre(new TreeSet<>(List.of(5, 6)), 5000, null, 1_500_000, 0, 62_000_000,
                Marginalregel.PARTIAL, Instant.parse("2022-05-18T21:59:00Z"));
        System.out.printf("%-10s %10s %10s %10s %16s%n", "søknader", "median ms", "p90 ms", "min ms", "ns per n·log2(n)");
        for (int n : STORRELSER) {
            List<Soknadsgrunnlag> soknader = soknader(n, numre, new Random(n));
            int runder = n >= 100_000 ? 30 : 100;
            for (int i = 0; i < runder; i++) {
                Tildelingsregler.beregn(parametre, Register.SSB_2024, soknader);
            }
            long[] tider = new long[runder];
            long kontroll = 0;
            for (int i = 0; i < runder; i++) {
                long start = System.nanoTime();
                kontroll += Tildelingsregler.beregn(parametre, Register.SSB_2024, soknader).sumTildelt();
                tider[i] = System.nanoTime() - start;
            }
            Arrays.sort(tider);
            double median = tider[runder / 2] / 1e6;
            double p90 = tider[(int) (runder * 0.9)] / 1e6;
            double min = tider[0] / 1e6;
            double perNLogN = tider[runder / 2] / (n * (Math.log(n) / Math.log(2)));
            System.out.printf("%-10d %10.1f %10.1f %10.1f %16.1f   (kontroll %d)%n", n, median, p90, min, perNLogN, kontroll / runder);
        }
    }

    private static List<Soknadsgrunnlag> soknader(int n, List<String> numre, Random tilfeldig) {
        List<Soknadsgrunnlag> soknader = new ArrayList<>(n);
        Instant start = Instant.parse("2022-03-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            String nummer = numre.get(tilfeldig.nextInt(numre.size()));
            List<String> legevakt = tilfeldig.nextInt(4) == 0
                    ? List.of(nummer, numre.get(tilfeldig.nextInt(numre.size())), numre.get(tilfeldig.nextInt(numre.size())))
                    : List.of(nummer);
            long omsokt = 200_000 + tilfeldig.nextInt(2_500_000);
            Long godkjent = tilfeldig.nextInt(3) == 0 ? (long) (omsokt * 0.8) : null;
            soknader.add(new Soknadsgrunnlag("LV-" + i, nummer, legevakt, omsokt, godkjent, start.plusSeconds(tilfeldig.nextInt(7_000_000)), null));
        }
        return soknader;
    }
}
