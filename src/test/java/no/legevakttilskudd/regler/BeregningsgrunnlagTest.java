package no.legevakttilskudd.regler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * What a decision stores as its basis is enough: for every application in a whole round over the shipped registry, the
 * rules run on that application's basis alone give the result the whole round gave it, and the re-check finds nothing.
 */
class BeregningsgrunnlagTest {

    @Test
    void hverSoknadsGrunnlagAleneGirSammeResultatSomHeleRunden() {
        Regelparametre parametre = new Regelparametre(new TreeSet<>(Set.of(5, 6)), 5_000, null, 1_500_000, 50_000, 20_000_000,
                Marginalregel.PARTIAL, Instant.parse("2022-05-18T10:00:00Z"));
        List<Soknadsgrunnlag> soknader = new ArrayList<>();
        int i = 0;
        for (Kommunefakta k : Register.SSB_2024.values().stream().sorted((a, b) -> a.kommunenummer().compareTo(b.kommunenummer())).toList()) {
            if (i % 3 == 0) {
                // Every kind: large and small legevakter, approved budgets above and below the cap, one late.
                List<String> legevakt = i % 2 == 0 ? List.of(k.kommunenummer()) : List.of(k.kommunenummer(), "1856", "1857");
                Long godkjent = i % 4 == 0 ? null : (long) (200_000 + (i * 37_000) % 1_700_000);
                Instant sendt = Instant.parse("2022-05-01T08:00:00Z").plusSeconds(i * 60L + (i == 300 ? 30L * 86_400 : 0));
                soknader.add(new Soknadsgrunnlag("R" + i, k.kommunenummer(), legevakt, 300_000 + (i * 53_000L) % 1_900_000, godkjent,
                        sendt, null));
            }
            i++;
        }
        Tildelingsresultat runden = Tildelingsregler.beregn(parametre, Register.SSB_2024, soknader);
        Map<String, Soknadsgrunnlag> perReferanse = soknader.stream().collect(Collectors.toMap(Soknadsgrunnlag::referanse, Function.identity()));
        assertTrue(runden.tildelinger().stream().anyMatch(t -> t.status() == Tildelingsstatus.DELVIS_INNVILGET
                || t.status() == Tildelingsstatus.VENTELISTE), "rammen tar slutt i runden, så rammen foran betyr noe");
        assertTrue(runden.tildelinger().stream().anyMatch(t -> !t.kvalifisert()), "noen er ikke kvalifisert");

        for (Tildeling t : runden.tildelinger()) {
            Beregningsgrunnlag grunnlag = new Beregningsgrunnlag(parametre, Register.SSB_2024.get(t.kommunenummer()),
                    perReferanse.get(t.referanse()), t.rammeForan());
            Tildeling alene = grunnlag.beregn();
            assertEquals(t.status(), alene.status(), t.referanse());
            assertEquals(t.tildelt(), alene.tildelt(), t.referanse());
            assertEquals(t.beregnet(), alene.beregnet(), t.referanse());
            assertEquals(t.kvalifisert(), alene.kvalifisert(), t.referanse());
            assertEquals(t.prioritetsgruppe(), alene.prioritetsgruppe(), t.referanse());
            assertEquals(t.arsaker().stream().map(Arsak::kode).toList(), alene.arsaker().stream().map(Arsak::kode).toList(), t.referanse());
            Vedtakskontroll.Resultat kontroll = Vedtakskontroll.kontroller(Tildelingsregler.VERSJON, grunnlag, t, grunnlag);
            assertTrue(kontroll.uendret(), t.referanse() + ": " + kontroll);
        }
    }

    @Test
    void kontrollenNavngirKildenTilHverForskjell() {
        Regelparametre parametre = Regelparametre.standard2022();
        Kommunefakta rost = Register.SSB_2024.get("1856");
        Soknadsgrunnlag soknad = new Soknadsgrunnlag("R", "1856", List.of("1856"), 900_000, 800_000L, Instant.parse("2022-05-01T08:00:00Z"), null);
        Beregningsgrunnlag lagret = new Beregningsgrunnlag(parametre, rost, soknad, 50_000_000L);
        Tildeling resultat = lagret.beregn();

        Beregningsgrunnlag idag = new Beregningsgrunnlag(new Regelparametre(parametre.sentralitetsklasser(), 5_000, null, 500_000, 0,
                parametre.ramme(), Marginalregel.PARTIAL, null), new Kommunefakta("1856", "Røst", 6, rost.sentralitetsindeks(), 5_200, 2025),
                new Soknadsgrunnlag("R", "1856", List.of("1856"), 900_000, 700_000L, soknad.sendt(), null), 50_000_000L);
        Vedtakskontroll.Resultat kontroll = Vedtakskontroll.kontroller("2020.1", lagret, resultat, idag);

        assertFalse(kontroll.uendret());
        assertEquals(List.of("regelversjon"), kontroll.regelendringer().stream().map(Vedtakskontroll.Avvik::felt).toList());
        Map<String, Vedtakskontroll.Kilde> kilder = kontroll.dataendringer().stream()
                .collect(Collectors.toMap(Vedtakskontroll.Avvik::felt, Vedtakskontroll.Avvik::kilde));
        assertEquals(Vedtakskontroll.Kilde.PARAMETRE, kilder.get("parametre.tak"));
        assertEquals(Vedtakskontroll.Kilde.REGISTER, kilder.get("kommune.folketall"));
        assertEquals(Vedtakskontroll.Kilde.VURDERING, kilder.get("vurdering.godkjentBudsjett"));
        assertEquals(0, kontroll.paDagensData().tildelt(), "ikke kvalifisert med dagens folketall");
        assertTrue(kontroll.utfallIdag().stream().anyMatch(a -> a.felt().equals("resultat.kvalifisert")));
    }
}
