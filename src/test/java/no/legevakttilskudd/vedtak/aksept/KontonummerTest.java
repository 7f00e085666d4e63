package no.legevakttilskudd.vedtak.aksept;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KontonummerTest {

    @Test
    void gyldigeNummerLesesMedOgUtenSkilletegn() {
        // 1234.56.78903: 1·5+2·4+3·3+4·2+5·7+6·6+7·5+8·4+9·3+0·2 = 195, 195 mod 11 = 8, 11 − 8 = 3.
        assertEquals("12345678903", Kontonummer.les("1234.56.78903").orElseThrow().siffer());
        assertEquals("12345678903", Kontonummer.les(" 1234 56 78903 ").orElseThrow().siffer());
        assertEquals("1234.56.78903", Kontonummer.les("12345678903").orElseThrow().formatert());
    }

    @Test
    void feilKontrollsifferLengdeOgTegnAvvises() {
        assertFalse(Kontonummer.les("12345678904").isPresent());
        assertFalse(Kontonummer.les("1234567890").isPresent());
        assertFalse(Kontonummer.les("123456789034").isPresent());
        assertFalse(Kontonummer.les("1234a678903").isPresent());
        assertFalse(Kontonummer.les(null).isPresent());
    }

    @Test
    void restEnGirKontrollsifferTiSomAldriErGyldig() {
        // Find a prefix whose remainder is 1 (check digit would be 10): no eleventh digit can make it valid.
        String prefiks = "0000000006"; // 6·2 = 12, 12 mod 11 = 1
        for (int siste = 0; siste <= 9; siste++) {
            assertFalse(Kontonummer.gyldig(prefiks + siste), prefiks + siste);
        }
        assertTrue(Kontonummer.gyldig("00000000000"));
    }
}
