package no.legevakttilskudd.felles.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SidenavigasjonTest {

    private static Sidenavigasjon av(int side, long sider) {
        return Sidenavigasjon.av(side, sider, nr -> "?side=" + nr);
    }

    @Test
    void lenkerBareDitDetFinnesSider() {
        assertEquals(new Sidenavigasjon(1, 1, null, null), av(1, 1));
        assertEquals(new Sidenavigasjon(1, 3, null, "?side=2"), av(1, 3));
        assertEquals(new Sidenavigasjon(2, 3, "?side=1", "?side=3"), av(2, 3));
        assertEquals(new Sidenavigasjon(3, 3, "?side=2", null), av(3, 3));
    }

    @Test
    void forbiSisteSideLederForrigeTilbakeTilDenSiste() {
        Sidenavigasjon forbi = av(9, 3);
        assertEquals("?side=3", forbi.forrige());
        assertNull(forbi.neste());
    }
}
