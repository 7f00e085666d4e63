package no.legevakttilskudd.felles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;

/** Writing CSV fields for Excel, and reading them back with the same rules. */
class CsvTest {

    @Test
    void feltMedSkilletegnAnforselOgLinjeskiftSettesIAnforselstegn() {
        assertEquals("", Csv.felt(null));
        assertEquals("Røst", Csv.felt("Røst"));
        assertEquals("\"a;b\"", Csv.felt("a;b"));
        assertEquals("\"si \"\"hei\"\"\"", Csv.felt("si \"hei\""));
        assertEquals("\"linje 1\nlinje 2\"", Csv.felt("linje 1\nlinje 2"));
        assertEquals("\"cr\r\"", Csv.felt("cr\r"));
    }

    @Test
    void detSkriverenLagerLesesTilbakeOgsaLinjeskiftIEtFelt() {
        List<String> verdier = List.of("a;b", "si \"hei\"", "linje 1\nlinje 2", "æøå");
        String fil = Csv.BOM + "a;b;c;d" + Csv.LINJESKIFT + String.join(";", verdier.stream().map(Csv::felt).toList()) + Csv.LINJESKIFT
                + "1;2;3;4" + Csv.LINJESKIFT;
        Csv.Tabell tabell = Csv.les(fil);
        assertEquals(List.of("a", "b", "c", "d"), tabell.overskrift(), "BOM er ikke en del av første kolonne");
        assertEquals(List.of(new Csv.Rad(2, verdier), new Csv.Rad(4, List.of("1", "2", "3", "4"))), rader(tabell),
                "raden etter linjeskiftet i et felt begynner på linje 4");
    }

    @Test
    void kommaErSkilletegnNarOverskriftenIkkeHarSemikolon() {
        Csv.Tabell tabell = Csv.les("navn,tall\n\"Kárásjohka, Karasjok\",\"1;2\"\n\n  \n");
        assertTrue(tabell.harKolonne("tall"));
        List<Csv.Rad> rader = rader(tabell);
        assertEquals(List.of("Kárásjohka, Karasjok", "1;2"), rader.get(0).felter());
        assertEquals(2, rader.get(0).linje());
        assertTrue(rader.get(1).erTom() && rader.get(2).erTom(), "tomme linjer og linjer med bare mellomrom hoppes over av den som leser");
        assertEquals(3, rader.size());
    }

    @Test
    void verdiFinnesUtenHensynTilStoreBokstaverOgMellomrom() {
        Csv.Tabell tabell = Csv.les(" Navn ;Tall\n  Røst  ;\n");
        Csv.Rad rad = tabell.iterator().next();
        assertEquals("Røst", tabell.verdi(rad, "navn"));
        assertEquals("", tabell.verdi(rad, "tall"));
        assertEquals("", tabell.verdi(rad, "finnes-ikke"));
    }

    @Test
    void anforselstegnSomIkkeLukkesGirFeilPaLinjenRadenBegynnerPa() {
        Csv.Tabell tabell = Csv.les("a;b\n1;2\n3;\"ikke lukket\n4;5\n");
        List<Csv.Rad> lest = new ArrayList<>();
        ProblemException e = assertThrows(ProblemException.class, () -> tabell.forEach(lest::add));
        assertEquals(1, lest.size(), "radene før feilen er lest");
        assertEquals(400, e.problem().status());
        Feltfeil feil = e.problem().feil().get(0);
        assertEquals("linje 3", feil.felt());
        assertTrue(feil.melding().startsWith("Anførselstegnene går ikke opp fra denne linjen:"), feil.melding());
        assertThrows(ProblemException.class, () -> Csv.les("\"a;b\n"), "også i overskriften");
    }

    private static List<Csv.Rad> rader(Csv.Tabell tabell) {
        List<Csv.Rad> rader = new ArrayList<>();
        tabell.forEach(rader::add);
        return rader;
    }
}
