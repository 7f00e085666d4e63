package no.legevakttilskudd.vedtak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.legevakttilskudd.regler.Kommunefakta;
import no.legevakttilskudd.regler.Regelparametre;
import no.legevakttilskudd.regler.Soknadsgrunnlag;
import no.legevakttilskudd.regler.Tildeling;
import no.legevakttilskudd.regler.Tildelingsregler;
import no.legevakttilskudd.regler.Tildelingsstatus;

/** The rules' reasons as the kommune reads them: the facts stay, what was left of the frame goes. */
class KommunebegrunnelseTest {

    /** A frame of 1 000 000 kr and three applications of 600 000 kr: the first in full, the second partly, the third waits. */
    @Test
    void rammensArsakerUtenRammensTall() {
        Regelparametre parametre = Regelparametre.standard2022().medRamme(1_000_000);
        Map<String, Kommunefakta> fakta = Map.of(
                "1856", new Kommunefakta("1856", "Røst", 6, 300, 460, 2024),
                "1857", new Kommunefakta("1857", "Værøy", 6, 310, 683, 2024),
                "1835", new Kommunefakta("1835", "Træna", 6, 320, 450, 2024));
        Instant sendt = Instant.parse("2022-05-01T10:00:00Z");
        List<Tildeling> tildelinger = Tildelingsregler.beregn(parametre, fakta, List.of(
                new Soknadsgrunnlag("LV-2022-0001", "1856", List.of("1856"), 600_000, null, sendt, null),
                new Soknadsgrunnlag("LV-2022-0002", "1857", List.of("1857"), 600_000, null, sendt, null),
                new Soknadsgrunnlag("LV-2022-0003", "1835", List.of("1835"), 600_000, null, sendt, null))).tildelinger();
        assertEquals(List.of(Tildelingsstatus.INNVILGET, Tildelingsstatus.DELVIS_INNVILGET, Tildelingsstatus.VENTELISTE),
                tildelinger.stream().map(Tildeling::status).toList());

        List<String> forste = Kommunebegrunnelse.av(tildelinger.get(0).arsaker());
        assertTrue(forste.contains("Rammen for ordningen hadde plass til hele tilskuddet da søknaden kom fram i rekkefølgen."), forste.toString());
        assertTrue(forste.stream().anyMatch(s -> s.startsWith("Kommunen er i sentralitetsklasse 6")), "fakta beholdes: " + forste);
        assertFalse(String.join(" ", forste).contains("400 000 kr"), "det som var igjen etter tildelingen: " + forste);
        assertTrue(tildelinger.get(0).arsaker().stream().anyMatch(a -> a.tekst().contains("400 000 kr igjen etter denne")),
                "reglenes egen tekst har tallet, for saksbehandlerne");

        List<String> andre = Kommunebegrunnelse.av(tildelinger.get(1).arsaker());
        assertTrue(andre.contains("Rammen for ordningen hadde ikke plass til hele tilskuddet da søknaden kom fram i rekkefølgen; "
                + "kommunen får det som var igjen av rammen."), andre.toString());
        assertTrue(Kommunebegrunnelse.av(tildelinger.get(2).arsaker())
                .contains("Rammen for ordningen var brukt opp før søknaden kom fram i rekkefølgen."));
        for (Tildeling t : tildelinger) {
            assertFalse(String.join(" ", Kommunebegrunnelse.av(t.arsaker())).contains("igjen etter denne"), t.referanse());
        }
    }

    /** Less than asked is partly granted for the kommune; refusals and full awards stay what they are. */
    @Test
    void mindreEnnSoktErDelvisInnvilgetForKommunen() {
        assertEquals(Utfall.DELVIS_INNVILGET, Utfall.INNVILGET.forKommunen(750_000, 900_000));
        assertEquals(Utfall.INNVILGET, Utfall.INNVILGET.forKommunen(900_000, 900_000));
        assertEquals(Utfall.DELVIS_INNVILGET, Utfall.DELVIS_INNVILGET.forKommunen(750_000, 900_000));
        assertEquals(Utfall.AVSLATT, Utfall.AVSLATT.forKommunen(0, 900_000));
        assertEquals(Utfall.AVVIST, Utfall.AVVIST.forKommunen(0, 900_000));
    }
}
