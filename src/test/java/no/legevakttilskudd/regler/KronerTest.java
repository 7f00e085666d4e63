package no.legevakttilskudd.regler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static no.legevakttilskudd.Egenskaper.forAlle;

import org.junit.jupiter.api.Test;

class KronerTest {

    @Test
    void norskeTusenskilletegn() {
        assertEquals("0 kr", Kroner.tekst(0));
        assertEquals("999 kr", Kroner.tekst(999));
        assertEquals("1 500 000 kr", Kroner.tekst(1_500_000));
        assertEquals("117 562 671", Kroner.tall(117_562_671));
        assertEquals("-12 000", Kroner.tall(-12_000));
    }

    @Test
    void tilbakeTilSammeTall() {
        forAlle("tilbakeTilSammeTall", 1000, k -> k.hvilkenSomHelstLong(), verdi -> {
            if (verdi != Long.MIN_VALUE) {
                assertEquals(verdi, Long.parseLong(Kroner.tall(verdi).replace(" ", "")));
            }
        });
    }
}
