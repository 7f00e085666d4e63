package no.legevakttilskudd.regler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    @Test
    void lesesSlikFolkSkriverBelop() {
        for (String tekst : new String[] {"1500000", "1 500 000", "1.500.000", "1\u00a0500\u00a0000", "1\u202f500\u202f000",
                " 1 500 000 kr", "1 500 000 kr.", "1500000 KR", "1 500 000,-", "1 500 000,00", "1  500 000"}) {
            assertEquals(1_500_000L, Kroner.les(tekst), tekst);
        }
        assertEquals(0L, Kroner.les("0"));
        assertEquals(999L, Kroner.les("999"));
        assertEquals(-3L, Kroner.les("-3"));
    }

    @Test
    void avviserDetSomIkkeErHeleKroner() {
        for (String tekst : new String[] {null, "", "  ", "kr", "1,5", "1.5", "15.00.000", "1 500.000", "1 50 000", "abc", "12a",
                "1e6", "--5", "1 234 567 890 123 456", "1234567890123456"}) {
            assertNull(Kroner.les(tekst), String.valueOf(tekst));
        }
    }

    @Test
    void lesErTilbakeTilTekst() {
        // Up to 15 digits, the most an amount may have.
        forAlle("lesErTilbakeTilTekst", 1000, k -> k.hvilkenSomHelstLong() % (long) 1e15, verdi -> {
            assertEquals(verdi, Kroner.les(Kroner.tekst(verdi)));
            assertEquals(verdi, Kroner.les(Kroner.tall(verdi).replace(' ', '.')));
        });
    }
}
