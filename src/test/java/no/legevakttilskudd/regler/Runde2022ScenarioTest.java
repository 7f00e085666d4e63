package no.legevakttilskudd.regler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Shaped like the 2022 round: 76 applications from real kommuner asking for 117 562 671 NOK in total, first a frame of
 * 50 mill, then 62 mill after the December increase with the first decisions already sent.
 */
class Runde2022ScenarioTest {

    private static final long TOTALT_OMSOKT = 117_562_671L;
    private static final List<String> IKKE_KVALIFISERTE = List.of("1840", "1868", "1820", "1837", "5014", "5056");

    @Test
    void femtiMillionerSaSekstitoMedSendteVedtak() {
        List<Soknadsgrunnlag> soknader = soknader();
        assertEquals(76, soknader.size());
        assertEquals(TOTALT_OMSOKT, soknader.stream().mapToLong(Soknadsgrunnlag::omsokt).sum());

        Regelparametre p50 = Regelparametre.standard2022();
        Tildelingsresultat femti = Tildelingsregler.beregn(p50, Register.SSB_2024, soknader);
        assertEquals(TOTALT_OMSOKT, femti.sumOmsokt());
        assertEquals(50_000_000L, femti.sumTildelt(), "etterspørselen er større enn rammen, så PARTIAL bruker hele rammen");
        assertEquals(6, femti.tildelinger().stream().filter(t -> !t.kvalifisert()).count());
        femti.tildelinger().forEach(t -> assertTrue(t.tildelt() <= 1_500_000L, t.toString()));
        long innvilget = femti.tildelinger().stream().filter(t -> t.tildelt() > 0).count();
        assertTrue(innvilget >= 34 && innvilget <= 45, "innvilget fra 50 mill.: " + innvilget);

        List<Soknadsgrunnlag> medVedtak = new ArrayList<>();
        for (Soknadsgrunnlag s : soknader) {
            Tildeling t = femti.tildelinger().stream().filter(x -> x.referanse().equals(s.referanse())).findFirst().orElseThrow();
            medVedtak.add(t.tildelt() > 0 ? new Soknadsgrunnlag(s.referanse(), s.kommunenummer(), s.legevaktKommuner(), s.omsokt(),
                    null, s.sendt(), new Soknadsgrunnlag.FastVedtak(t.status(), t.tildelt())) : s);
        }
        Tildelingsresultat sekstito = Tildelingsregler.beregn(p50.medRamme(62_000_000L), Register.SSB_2024, medVedtak);
        assertEquals(62_000_000L, sekstito.sumTildelt());
        for (Tildeling før : femti.tildelinger()) {
            Tildeling etter = sekstito.tildelinger().stream().filter(x -> x.referanse().equals(før.referanse())).findFirst().orElseThrow();
            if (før.tildelt() > 0) {
                assertEquals(før.tildelt(), etter.tildelt(), "et sendt vedtak endret seg: " + før.referanse());
            }
        }
        List<String> nye = sekstito.tildelinger().stream()
                .filter(t -> t.tildelt() > 0 && t.arsaker().stream().noneMatch(a -> a.kode() == Arsakskode.VEDTAK_SENDT))
                .map(Tildeling::referanse).toList();
        assertEquals(femti.venteliste().subList(0, nye.size()), nye, "de 12 millionene går til de neste på ventelisten, i rekkefølge");
        assertEquals(12_000_000L, sekstito.tildelinger().stream().filter(t -> nye.contains(t.referanse())).mapToLong(Tildeling::tildelt).sum());
        assertTrue(nye.size() >= 7 && nye.size() <= 14, "nye fra 12 mill.: " + nye.size());
    }

    /** 70 eligible (klasse 6, under 5 000) and 6 ineligible kommuner, with amounts that add up to the 2022 total. */
    private static List<Soknadsgrunnlag> soknader() {
        List<String> kvalifiserte = Register.SSB_2024.values().stream()
                .filter(k -> k.sentralitetsklasse() == 6 && k.folketall() < 5000)
                .map(Kommunefakta::kommunenummer).sorted().limit(70).toList();
        List<String> numre = new ArrayList<>(kvalifiserte);
        numre.addAll(IKKE_KVALIFISERTE);
        Random tilfeldig = new Random(2022);
        List<Soknadsgrunnlag> soknader = new ArrayList<>();
        long sum = 0;
        for (int i = 0; i < numre.size(); i++) {
            String nummer = numre.get(i);
            long omsokt = i == numre.size() - 1 ? TOTALT_OMSOKT - sum : 400_000 + tilfeldig.nextInt(2_200_000);
            sum += omsokt;
            List<String> legevakt = i % 3 == 0 ? List.of(nummer, numre.get((i + 1) % numre.size()), numre.get((i + 2) % numre.size()))
                    : List.of(nummer);
            soknader.add(new Soknadsgrunnlag(String.format("LV-2022-%04d", i + 1), nummer, legevakt, omsokt, null,
                    Instant.parse("2022-04-01T08:00:00Z").plusSeconds(3600L * i), null));
        }
        return soknader;
    }
}
