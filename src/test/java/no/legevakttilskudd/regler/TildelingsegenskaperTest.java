package no.legevakttilskudd.regler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static no.legevakttilskudd.Egenskaper.forAlle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import no.legevakttilskudd.Egenskaper.Kilde;

/**
 * The invariants of SPEC §4 over random calls and applications from the real registry, 1 000 tries each. A failure names
 * its seed and try; see {@link no.legevakttilskudd.Egenskaper} for replaying it.
 */
class TildelingsegenskaperTest {

    private static final List<String> NUMRE = List.copyOf(new TreeSet<>(Register.SSB_2024.keySet()));

    record Runde(Regelparametre parametre, List<Soknadsgrunnlag> soknader) {
    }

    record Stokking(Runde runde, long fro) {
    }

    record Okning(Runde runde, long okning) {
    }

    @Test
    void summenOverstigerAldriRammen() {
        forAlle("summenOverstigerAldriRammen", 1000, TildelingsegenskaperTest::runde, runde -> {
            Tildelingsresultat r = beregn(runde);
            assertTrue(r.sumTildelt() <= runde.parametre().ramme(), r.sumTildelt() + " > " + runde.parametre().ramme());
            assertEquals(runde.parametre().ramme() - r.sumTildelt(), r.rammeIgjen());
        });
    }

    @Test
    void ingenTildelingOverTakOmsoktEllerGodkjent() {
        forAlle("ingenTildelingOverTakOmsoktEllerGodkjent", 1000, TildelingsegenskaperTest::runde, runde -> {
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
        });
    }

    @Test
    void ikkeKvalifisertFarAldriPenger() {
        forAlle("ikkeKvalifisertFarAldriPenger", 1000, TildelingsegenskaperTest::runde, runde -> {
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
        });
    }

    @Test
    void rekkefolgenErTotalOgUavhengigAvInnrekkefolgen() {
        forAlle("rekkefolgenErTotalOgUavhengigAvInnrekkefolgen", 1000, k -> new Stokking(runde(k), k.hvilkenSomHelstLong()), stokking -> {
            Runde runde = stokking.runde();
            List<Soknadsgrunnlag> stokket = new ArrayList<>(runde.soknader());
            Collections.shuffle(stokket, new Random(stokking.fro()));
            Tildelingsresultat a = beregn(runde);
            Tildelingsresultat b = Tildelingsregler.beregn(runde.parametre(), Register.SSB_2024, stokket);
            assertEquals(a.tildelinger(), b.tildelinger());
            List<Integer> plasser = a.tildelinger().stream().map(Tildeling::rekkefolge).filter(p -> p != null).toList();
            for (int i = 0; i < plasser.size(); i++) {
                assertEquals(i + 1, plasser.get(i));
            }
            assertEquals(runde.soknader().size(), a.tildelinger().size());
        });
    }

    @Test
    void rekkefolgenFolgerSpec43ParForPar() {
        forAlle("rekkefolgenFolgerSpec43ParForPar", 1000, TildelingsegenskaperTest::runde, runde -> {
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
        });
    }

    @Test
    void partialGirHoystEnDelvisTildeling() {
        forAlle("partialGirHoystEnDelvisTildeling", 1000, TildelingsegenskaperTest::runde, runde -> {
            long delvise = beregn(runde).tildelinger().stream().filter(t -> t.status() == Tildelingsstatus.DELVIS_INNVILGET).count();
            if (runde.parametre().marginal() == Marginalregel.PARTIAL) {
                assertTrue(delvise <= 1, "delvise: " + delvise);
            } else {
                assertEquals(0, delvise);
            }
        });
    }

    @Test
    void okningAvRammenFlytterEllerSenkerAldriSendteVedtak() {
        forAlle("okningAvRammenFlytterEllerSenkerAldriSendteVedtak", 1000, k -> new Okning(runde(k), k.heltall(0L, 20_000_000L)), o -> {
            Runde runde = o.runde();
            long okning = o.okning();
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
        });
    }

    /**
     * The input space of the jqwik arbitraries these properties used before: a call with 1 to 6 centrality classes,
     * population limit 500–10 000, cap 100 000–3 000 000, a minimum of 0 below 50 % and up to half the cap above, frame up
     * to 60 million and any marginal rule; and up to 60 applications from the real registry.
     */
    private static Runde runde(Kilde k) {
        SortedSet<Integer> klasser = new TreeSet<>(k.mengde(1, 6, e -> e.heltall(1, 6)));
        int grense = k.heltall(500, 10_000);
        long tak = k.heltall(100_000L, 3_000_000L);
        int minsteProsent = k.heltall(0, 100);
        long ramme = k.heltall(0L, 60_000_000L);
        Marginalregel marginal = k.enAv(Marginalregel.class);
        Regelparametre parametre = new Regelparametre(klasser, grense, null, tak, minsteProsent < 50 ? 0 : tak * (minsteProsent - 50) / 100,
                ramme, marginal, null);
        List<Soknadsgrunnlag> soknader = k.liste(0, 60, TildelingsegenskaperTest::soknad);
        // Unique references, as the stored applications have.
        List<Soknadsgrunnlag> unike = new ArrayList<>();
        for (int i = 0; i < soknader.size(); i++) {
            Soknadsgrunnlag s = soknader.get(i);
            unike.add(new Soknadsgrunnlag("S" + i + "-" + s.referanse(), s.kommunenummer(), s.legevaktKommuner(), s.omsokt(),
                    s.godkjentBudsjett(), s.sendt(), null));
        }
        return new Runde(parametre, unike);
    }

    /** One application: any kommune, up to 4 legevakt partners (repeats allowed), an approved budget of 0–120 % or none. */
    private static Soknadsgrunnlag soknad(Kilde k) {
        String nummer = k.enAv(NUMRE);
        List<String> legevakt = k.liste(0, 4, e -> e.enAv(NUMRE));
        long omsokt = k.heltall(0L, 3_000_000L);
        int godkjentProsent = k.heltall(0, 150);
        Long sekunder = k.ellerNull(0.1, e -> e.heltall(1_640_995_200L, 1_672_531_200L));
        String referanse = k.siffer(4);
        return new Soknadsgrunnlag(referanse, nummer, legevakt, omsokt, godkjentProsent > 120 ? null : omsokt * godkjentProsent / 100,
                sekunder == null ? null : Instant.ofEpochSecond(sekunder), null);
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
