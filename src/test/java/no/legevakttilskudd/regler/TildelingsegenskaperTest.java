package no.legevakttilskudd.regler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The invariants of SPEC §4 over random calls and applications from the real registry, 1 000 tries each. */
class TildelingsegenskaperTest {

    private static final List<String> NUMRE = List.copyOf(new TreeSet<>(Register.SSB_2024.keySet()));

    record Runde(Regelparametre parametre, List<Soknadsgrunnlag> soknader) {
    }

    @Property(tries = 1000)
    void summenOverstigerAldriRammen(@ForAll("runder") Runde runde) {
        Tildelingsresultat r = beregn(runde);
        assertTrue(r.sumTildelt() <= runde.parametre().ramme(), r.sumTildelt() + " > " + runde.parametre().ramme());
        assertEquals(runde.parametre().ramme() - r.sumTildelt(), r.rammeIgjen());
    }

    @Property(tries = 1000)
    void ingenTildelingOverTakOmsoktEllerGodkjent(@ForAll("runder") Runde runde) {
        for (Tildeling t : beregn(runde).tildelinger()) {
            Soknadsgrunnlag s = finn(runde, t.referanse());
            assertTrue(t.tildelt() >= 0);
            assertTrue(t.tildelt() <= runde.parametre().tak(), t.toString());
            assertTrue(t.tildelt() <= s.omsokt(), t.toString());
            if (s.godkjentBudsjett() != null) {
                assertTrue(t.tildelt() <= s.godkjentBudsjett(), t.toString());
            }
            if (t.tildelt() > 0 && t.status() == Tildelingsstatus.INNVILGET) {
                assertTrue(t.tildelt() >= runde.parametre().minstebelop(), t.toString());
            }
        }
    }

    @Property(tries = 1000)
    void ikkeKvalifisertFarAldriPenger(@ForAll("runder") Runde runde) {
        for (Tildeling t : beregn(runde).tildelinger()) {
            Kommunefakta f = Register.SSB_2024.get(t.kommunenummer());
            boolean kvalifisert = runde.parametre().sentralitetsklasser().contains(f.sentralitetsklasse())
                    && f.folketall() < runde.parametre().folketallsgrense();
            assertEquals(kvalifisert, t.kvalifisert());
            if (!kvalifisert) {
                assertEquals(0, t.tildelt(), t.toString());
                assertEquals(Tildelingsstatus.AVSLATT, t.status());
            }
        }
    }

    @Property(tries = 1000)
    void rekkefolgenErTotalOgUavhengigAvInnrekkefolgen(@ForAll("runder") Runde runde, @ForAll long frø) {
        List<Soknadsgrunnlag> stokket = new ArrayList<>(runde.soknader());
        Collections.shuffle(stokket, new Random(frø));
        Tildelingsresultat a = beregn(runde);
        Tildelingsresultat b = Tildelingsregler.beregn(runde.parametre(), Register.SSB_2024, stokket);
        assertEquals(a.tildelinger(), b.tildelinger());
        List<Integer> plasser = a.tildelinger().stream().map(Tildeling::rekkefolge).filter(p -> p != null).toList();
        for (int i = 0; i < plasser.size(); i++) {
            assertEquals(i + 1, plasser.get(i));
        }
        assertEquals(runde.soknader().size(), a.tildelinger().size());
    }

    @Property(tries = 1000)
    void rekkefolgenFolgerSpec43ParForPar(@ForAll("runder") Runde runde) {
        List<Tildeling> ordnet = beregn(runde).tildelinger().stream().filter(t -> t.rekkefolge() != null).toList();
        for (int i = 1; i < ordnet.size(); i++) {
            Tildeling a = ordnet.get(i - 1);
            Tildeling b = ordnet.get(i);
            Soknadsgrunnlag sa = finn(runde, a.referanse());
            Soknadsgrunnlag sb = finn(runde, b.referanse());
            Kommunefakta fa = Register.SSB_2024.get(a.kommunenummer());
            Kommunefakta fb = Register.SSB_2024.get(b.kommunenummer());
            int c = Integer.compare(a.prioritetsgruppe(), b.prioritetsgruppe());
            c = c != 0 ? c : Integer.compare(fa.sentralitetsindeks(), fb.sentralitetsindeks());
            c = c != 0 ? c : Boolean.compare(sa.godkjentBudsjett() == null, sb.godkjentBudsjett() == null);
            c = c != 0 ? c : Integer.compare(fa.folketall(), fb.folketall());
            c = c != 0 ? c : java.util.Comparator.nullsLast(java.util.Comparator.<Instant>naturalOrder()).compare(sa.sendt(), sb.sendt());
            c = c != 0 ? c : sa.kommunenummer().compareTo(sb.kommunenummer());
            c = c != 0 ? c : sa.referanse().compareTo(sb.referanse());
            assertTrue(c < 0, "feil rekkefølge: " + a + " før " + b);
        }
    }

    @Property(tries = 1000)
    void partialGirHoystEnDelvisTildeling(@ForAll("runder") Runde runde) {
        long delvise = beregn(runde).tildelinger().stream().filter(t -> t.status() == Tildelingsstatus.DELVIS_INNVILGET).count();
        if (runde.parametre().marginal() == Marginalregel.PARTIAL) {
            assertTrue(delvise <= 1, "delvise: " + delvise);
        } else {
            assertEquals(0, delvise);
        }
    }

    @Property(tries = 1000)
    void okningAvRammenFlytterEllerSenkerAldriSendteVedtak(@ForAll("runder") Runde runde, @ForAll("okninger") long okning) {
        Tildelingsresultat forst = beregn(runde);
        List<Soknadsgrunnlag> medVedtak = new ArrayList<>();
        for (Soknadsgrunnlag s : runde.soknader()) {
            Tildeling t = finn(forst, s.referanse());
            medVedtak.add(t.tildelt() > 0 ? new Soknadsgrunnlag(s.referanse(), s.kommunenummer(), s.legevaktKommuner(), s.omsokt(),
                    s.godkjentBudsjett(), s.sendt(), new Soknadsgrunnlag.FastVedtak(t.status(), t.tildelt())) : s);
        }
        Regelparametre storre = runde.parametre().medRamme(runde.parametre().ramme() + okning);
        Tildelingsresultat etter = Tildelingsregler.beregn(storre, Register.SSB_2024, medVedtak);
        for (Tildeling t : forst.tildelinger()) {
            Tildeling nå = finn(etter, t.referanse());
            if (t.tildelt() > 0) {
                assertEquals(t.tildelt(), nå.tildelt(), "sendt vedtak endret: " + t + " → " + nå);
                assertEquals(t.status(), nå.status());
                assertEquals(t.rekkefolge(), nå.rekkefolge(), "sendt vedtak flyttet");
            }
        }
        long nytt = etter.sumTildelt() - forst.sumTildelt();
        assertTrue(nytt >= 0 && nytt <= forst.rammeIgjen() + okning, "nye tildelinger " + nytt + " fra " + okning);
        assertTrue(etter.sumTildelt() <= storre.ramme());
    }

    @Provide
    Arbitrary<Long> okninger() {
        return Arbitraries.longs().between(0, 20_000_000);
    }

    @Provide
    Arbitrary<Runde> runder() {
        Arbitrary<Regelparametre> parametre = Combinators.combine(
                Arbitraries.integers().between(1, 6).set().ofMinSize(1).ofMaxSize(6),
                Arbitraries.integers().between(500, 10_000),
                Arbitraries.longs().between(100_000, 3_000_000),
                Arbitraries.integers().between(0, 100),
                Arbitraries.longs().between(0, 60_000_000),
                Arbitraries.of(Marginalregel.class)).as((klasser, grense, tak, minsteProsent, ramme, marginal) ->
                        new Regelparametre(new TreeSet<>(klasser), grense, null, tak, minsteProsent < 50 ? 0 : tak * (minsteProsent - 50) / 100,
                                ramme, marginal, null));
        Arbitrary<Soknadsgrunnlag> soknad = Combinators.combine(
                Arbitraries.of(NUMRE),
                Arbitraries.of(NUMRE).list().ofMaxSize(4),
                Arbitraries.longs().between(0, 3_000_000),
                Arbitraries.integers().between(0, 150),
                Arbitraries.longs().between(1_640_995_200L, 1_672_531_200L).injectNull(0.1),
                Arbitraries.strings().numeric().ofLength(4)).as((nummer, legevakt, omsokt, godkjentProsent, sekunder, ref) ->
                        new Soknadsgrunnlag(ref, nummer, legevakt, omsokt, godkjentProsent > 120 ? null : omsokt * godkjentProsent / 100,
                                sekunder == null ? null : Instant.ofEpochSecond(sekunder), null));
        return Combinators.combine(parametre, soknad.list().ofMaxSize(60)).as((p, liste) -> {
            // Unique references, as the stored applications have.
            List<Soknadsgrunnlag> unike = new ArrayList<>();
            for (int i = 0; i < liste.size(); i++) {
                Soknadsgrunnlag s = liste.get(i);
                unike.add(new Soknadsgrunnlag("S" + i + "-" + s.referanse(), s.kommunenummer(), s.legevaktKommuner(), s.omsokt(),
                        s.godkjentBudsjett(), s.sendt(), null));
            }
            return new Runde(p, unike);
        });
    }

    private static Tildelingsresultat beregn(Runde runde) {
        return Tildelingsregler.beregn(runde.parametre(), Register.SSB_2024, runde.soknader());
    }

    private static Soknadsgrunnlag finn(Runde runde, String referanse) {
        return runde.soknader().stream().filter(s -> s.referanse().equals(referanse)).findFirst().orElseThrow();
    }

    private static Tildeling finn(Tildelingsresultat r, String referanse) {
        return r.tildelinger().stream().filter(t -> t.referanse().equals(referanse)).findFirst().orElseThrow();
    }
}
