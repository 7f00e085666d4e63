package no.legevakttilskudd.regler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.legevakttilskudd.regler.Omdisponering.Feil;
import no.legevakttilskudd.regler.Omdisponering.Feilen;
import no.legevakttilskudd.regler.Omdisponering.Tiltaksbelop;

class OmdisponeringTest {

    private static final List<Tiltaksbelop> PLAN = List.of(new Tiltaksbelop("REKRUTTERING", 600_000),
            new Tiltaksbelop("REKRUTTERING", 200_000), new Tiltaksbelop("UTSTYR", 100_000));

    @Test
    void innenforSammeKategoriTrengerIkkeFireOyne() {
        Omdisponering.Resultat r = Omdisponering.vurder(900_000, PLAN, List.of(500_000L, 300_000L, 100_000L));
        assertTrue(r.gyldig());
        assertEquals(900_000, r.sum());
        assertFalse(r.mellomKategorier());
    }

    @Test
    void pengerTilEnAnnenKategoriTrengerFireOyne() {
        Omdisponering.Resultat r = Omdisponering.vurder(900_000, PLAN, List.of(550_000L, 200_000L, 150_000L));
        assertTrue(r.gyldig());
        assertTrue(r.mellomKategorier());
    }

    /** A call that funds no equipment (the 2023 re-announcement): money can leave equipment, never go to it. */
    @Test
    void ingenPengerTilEnKategoriUtlysningenIkkeGirTilskuddTil() {
        List<Omdisponering.Tiltaksbelop> plan = List.of(new Omdisponering.Tiltaksbelop("REKRUTTERING", 600_000),
                new Omdisponering.Tiltaksbelop("UTSTYR", 0));
        Regelparametre utenUtstyr = new Regelparametre(new java.util.TreeSet<>(java.util.Set.of(5, 6)), 5000, null, 1_000_000, 0,
                10_000_000, Marginalregel.PARTIAL, null, new java.util.TreeSet<>(java.util.Set.of("REKRUTTERING", "KOMPETANSE")), 7L);
        Omdisponering.Resultat r = Omdisponering.vurder(600_000, plan, List.of(500_000L, 100_000L), utenUtstyr);
        assertEquals(List.of(new Omdisponering.Feilen(Omdisponering.Feil.KATEGORI_UTENFOR, 1)), r.feil());
        assertTrue(Omdisponering.vurder(600_000, plan, List.of(500_000L, 0L), utenUtstyr).gyldig());
        assertTrue(Omdisponering.vurder(600_000, plan, List.of(500_000L, 100_000L)).gyldig(), "en utlysning som tar imot alt");
    }

    @Test
    void bareKuttIngenFlytting() {
        assertFalse(Omdisponering.vurder(900_000, PLAN, List.of(400_000L, 100_000L, 0L)).mellomKategorier());
    }

    @Test
    void aldriOverTildeltBelop() {
        Omdisponering.Resultat r = Omdisponering.vurder(900_000, PLAN, List.of(600_000L, 200_000L, 100_001L));
        assertEquals(List.of(new Feilen(Feil.OVER_TILDELT, -1)), r.feil());
        assertFalse(r.mellomKategorier(), "en ugyldig plan sier ingenting om flytting");
    }

    @Test
    void ettBelopPerTiltakOgIngenNegative() {
        assertEquals(List.of(new Feilen(Feil.FEIL_ANTALL, -1)), Omdisponering.vurder(900_000, PLAN, List.of(1L, 2L)).feil());
        assertEquals(List.of(new Feilen(Feil.NEGATIVT_BELOP, 1), new Feilen(Feil.NEGATIVT_BELOP, 2)),
                Omdisponering.vurder(900_000, PLAN, Arrays.asList(1L, -5L, null)).feil());
    }
}
