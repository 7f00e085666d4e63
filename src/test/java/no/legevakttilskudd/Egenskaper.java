package no.legevakttilskudd;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

import org.opentest4j.AssertionFailedError;

/**
 * Property tests with plain JUnit 5: a check run against many generated inputs, reproducible from a seed.
 *
 * <p>Each property has a fixed default seed (the hash of its name), so every run tries the same inputs. Another seed is
 * given with {@code -Degenskaper.fro=N}, and one try alone is replayed with {@code -Degenskaper.forsok=K}; a failure
 * names its property, seed, try and input, with the flags that replay it. The first tries use the edges of every range
 * (all smallest, all largest, then mixes of the two), so empty lists and the bounds are always tried; later tries mix
 * uniform values with values near zero and an occasional edge, as the library these tests used to run on did.
 */
public final class Egenskaper {

    /** System property overriding the seed of every property in the run. */
    public static final String FRO = "egenskaper.fro";
    /** System property running only this try (1-based) of each property, to replay a failure quickly. */
    public static final String FORSOK = "egenskaper.forsok";

    private Egenskaper() {
    }

    /** Runs {@code sjekk} on {@code forsok} inputs from {@code generator}; the seed is the default or {@value #FRO}. */
    public static <T> void forAlle(String navn, int forsok, Function<Kilde, T> generator, Consumer<T> sjekk) {
        long fro = Long.getLong(FRO, navn.hashCode());
        Integer bare = Integer.getInteger(FORSOK);
        kjor(navn, fro, forsok, bare, generator, sjekk);
    }

    /** As {@link #forAlle}, with the seed and the single try given, so a test can check the helper itself. */
    static <T> void kjor(String navn, long fro, int forsok, Integer bareForsok, Function<Kilde, T> generator, Consumer<T> sjekk) {
        // Each try gets its own seed from the property's seed, so one try can be replayed without running those before it.
        SplittableRandom forsoksfro = new SplittableRandom(fro);
        int kanter = 2 + forsok / 20;
        for (int nr = 1; nr <= forsok; nr++) {
            long dette = forsoksfro.nextLong();
            if (bareForsok != null && bareForsok != nr) {
                continue;
            }
            Modus modus = nr == 1 ? Modus.MINSTE : nr == 2 ? Modus.STORSTE : nr <= kanter ? Modus.KANTER : Modus.TILFELDIG;
            T inndata = null;
            try {
                inndata = generator.apply(new Kilde(new SplittableRandom(dette), modus));
                sjekk.accept(inndata);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionFailedError("Egenskapen " + navn + " feilet i forsøk " + nr + " av " + forsok + " med frø " + fro
                        + " (gjenta med -D" + FRO + "=" + fro + " -D" + FORSOK + "=" + nr + "): " + e
                        + "\nInndata: " + inndata, e);
            }
        }
    }

    enum Modus {
        /** Every draw takes the lower bound: smallest numbers, shortest (often empty) lists. */
        MINSTE,
        /** Every draw takes the upper bound. */
        STORSTE,
        /** Every draw takes one of its range's edge values. */
        KANTER,
        /** Random draws, now and then an edge. */
        TILFELDIG
    }

    /** The draws of one try: numbers, choices, lists and sets, each from a range, so the try knows its edges. */
    public static final class Kilde {

        private final SplittableRandom tilfeldig;
        private final Modus modus;

        Kilde(SplittableRandom tilfeldig, Modus modus) {
            this.tilfeldig = tilfeldig;
            this.modus = modus;
        }

        /** The raw random source, for draws with no edges of their own. */
        public SplittableRandom tilfeldig() {
            return tilfeldig;
        }

        /** Any long, biased towards small magnitudes like the old {@code @ForAll long}. */
        public long hvilkenSomHelstLong() {
            return heltall(Long.MIN_VALUE, Long.MAX_VALUE);
        }

        public int heltall(int min, int maks) {
            return (int) heltall((long) min, maks);
        }

        /** A long in [min, maks]; edges are min, min+1, -1, 0, 1, maks-1 and maks where in range. */
        public long heltall(long min, long maks) {
            if (min > maks) {
                throw new IllegalArgumentException(min + " > " + maks);
            }
            return switch (modus) {
                case MINSTE -> min;
                case STORSTE -> maks;
                case KANTER -> kant(min, maks);
                case TILFELDIG -> kantNaa() ? kant(min, maks) : tilfeldig.nextBoolean() ? jevnt(min, maks) : naerNull(min, maks);
            };
        }

        /** One of the values, uniformly; the first and the last are its edges. */
        public <E> E enAv(List<E> verdier) {
            Boolean nedre = kantside();
            return verdier.get(nedre == null ? tilfeldig.nextInt(verdier.size()) : nedre ? 0 : verdier.size() - 1);
        }

        public <E extends Enum<E>> E enAv(Class<E> type) {
            return enAv(List.of(type.getEnumConstants()));
        }

        /** A list of min to maks elements (uniform size); its edges are the shortest and the longest. */
        public <E> List<E> liste(int min, int maks, Function<Kilde, E> element) {
            int storrelse = storrelse(min, maks);
            List<E> liste = new ArrayList<>(storrelse);
            for (int i = 0; i < storrelse; i++) {
                liste.add(element.apply(this));
            }
            return liste;
        }

        /** A set of min to maks distinct elements; the element range must hold at least maks values. */
        public <E> Set<E> mengde(int min, int maks, Function<Kilde, E> element) {
            int storrelse = storrelse(min, maks);
            Set<E> mengde = new LinkedHashSet<>();
            // Edge draws repeat themselves; after the first repeat the rest are drawn at random so the set can fill.
            Kilde kilde = this;
            for (int forsok = 0; mengde.size() < storrelse; forsok++) {
                if (forsok > 1000 * (storrelse + 1)) {
                    throw new IllegalStateException("fant ikke " + storrelse + " ulike verdier");
                }
                if (!mengde.add(element.apply(kilde))) {
                    kilde = new Kilde(tilfeldig, Modus.TILFELDIG);
                }
            }
            return mengde;
        }

        /** Null with the given probability (like jqwik's {@code injectNull}); null is also an edge. */
        public <E> E ellerNull(double andel, Function<Kilde, E> verdi) {
            Boolean nedre = kantside();
            return (nedre == null ? tilfeldig.nextDouble() < andel : nedre) ? null : verdi.apply(this);
        }

        /** A string of decimal digits; its edges are all zeros and all nines. */
        public String siffer(int lengde) {
            StringBuilder tekst = new StringBuilder(lengde);
            for (int i = 0; i < lengde; i++) {
                Boolean nedre = kantside();
                tekst.append((char) ('0' + (nedre == null ? tilfeldig.nextInt(10) : nedre ? 0 : 9)));
            }
            return tekst.toString();
        }

        private int storrelse(int min, int maks) {
            Boolean nedre = kantside();
            if (nedre == null && kantNaa()) {
                nedre = tilfeldig.nextBoolean();
            }
            return nedre == null ? min + tilfeldig.nextInt(maks - min + 1) : nedre ? min : maks;
        }

        /** The edge a two-edged draw takes: the lower (true), the upper (false), or none (null) in a random try. */
        private Boolean kantside() {
            return switch (modus) {
                case MINSTE -> true;
                case STORSTE -> false;
                case KANTER -> tilfeldig.nextBoolean();
                case TILFELDIG -> null;
            };
        }

        private boolean kantNaa() {
            // One random draw in twenty is an edge, as jqwik mixed edge cases into its random generation.
            return tilfeldig.nextInt(20) == 0;
        }

        private long kant(long min, long maks) {
            List<Long> kanter = new ArrayList<>(new LinkedHashSet<>(List.of(min, min < maks ? min + 1 : min, min < maks ? maks - 1 : maks, maks)));
            for (long liten = -1; liten <= 1; liten++) {
                if (liten > min && liten < maks && !kanter.contains(liten)) {
                    kanter.add(liten);
                }
            }
            return kanter.get(tilfeldig.nextInt(kanter.size()));
        }

        private long jevnt(long min, long maks) {
            long bredde = maks - min;
            if (bredde >= 0 && bredde < Long.MAX_VALUE) {
                return min + tilfeldig.nextLong(bredde + 1);
            }
            // The range is wider than a long can count: draw from all longs until one falls in it (at least half do).
            while (true) {
                long verdi = tilfeldig.nextLong();
                if (verdi >= min && verdi <= maks) {
                    return verdi;
                }
            }
        }

        /**
         * A value whose distance from the range's point nearest zero has a uniformly drawn number of bits, so small values
         * are as common as large ones: a uniform draw over [0, 3 000 000] almost never gives a number below 1 000.
         */
        private long naerNull(long min, long maks) {
            long mal = Math.max(min, Math.min(maks, 0));
            long opp = maks - mal;
            long ned = mal - min;
            long lengst = Long.compareUnsigned(opp, ned) >= 0 ? opp : ned;
            int bits = 64 - Long.numberOfLeadingZeros(lengst);
            for (int forsok = 0; forsok < 10 && bits > 0; forsok++) {
                int b = 1 + tilfeldig.nextInt(bits);
                long avstand = tilfeldig.nextLong() >>> (64 - b);
                boolean oppover = ned == 0 || (opp != 0 && tilfeldig.nextBoolean());
                if (Long.compareUnsigned(avstand, oppover ? opp : ned) <= 0) {
                    return oppover ? mal + avstand : mal - avstand;
                }
            }
            return jevnt(min, maks);
        }
    }
}
