package no.legevakttilskudd.regler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The check figures of SPEC §4.8, from the Saltdal study (2014), computed exactly. */
class VaktbelastningTest {

    private static Vaktbelastning.Resultat hjemmevakt(int deling, int faktor) {
        return Vaktbelastning.beregn(new Vaktbelastning.Grunnlag(deling, Vaktform.HJEMMEVAKT, 10, faktor, 253, 112));
    }

    @Test
    void hjemmevaktKlasse1FireTilEnGir2573TimerIAret() {
        Vaktbelastning.Resultat r = hjemmevakt(1, 4);
        assertEquals(new BigDecimal("1143.75"), r.aktiveTimer());
        assertEquals(new BigDecimal("1429.69"), r.omregnedeTimer());
        assertEquals(new BigDecimal("2573.44"), r.timerTotalt(), "studien runder til 2 560");
        assertEquals(365, r.vaktdognPerLege());
    }

    @Test
    void firedeltGir91VaktdognOgEnFjerdedelAvTimene() {
        Vaktbelastning.Resultat r = hjemmevakt(4, 4);
        assertEquals(91, r.vaktdognPerLege());
        assertEquals(new BigDecimal("643.36"), r.timerPerLege());
    }

    @Test
    void attedeltGir46Vaktdogn() {
        assertEquals(46, hjemmevakt(8, 4).vaktdognPerLege());
    }

    @Test
    void tilstedevaktTellerHverTime() {
        Vaktbelastning.Resultat alle = Vaktbelastning.beregn(Vaktbelastning.Grunnlag.standard(1, Vaktform.TILSTEDEVAKT));
        assertEquals(new BigDecimal("6862.50"), alle.timerTotalt(), "studien: 6 865");
        assertEquals(new BigDecimal("0.00"), alle.omregnedeTimer());
        Vaktbelastning.Resultat tolvdelt = Vaktbelastning.beregn(Vaktbelastning.Grunnlag.standard(12, Vaktform.TILSTEDEVAKT));
        assertEquals(new BigDecimal("571.88"), tolvdelt.timerPerLege(), "om lag 572 timer");
        assertEquals(30, tolvdelt.vaktdognPerLege());
    }

    @Test
    void lovensFemTilEnGirMindreEnnFireTilEn() {
        Vaktbelastning.Resultat lov = Vaktbelastning.beregn(Vaktbelastning.Grunnlag.standard(1, Vaktform.HJEMMEVAKT));
        assertEquals(new BigDecimal("1143.75"), lov.aktiveTimer());
        assertEquals(new BigDecimal("1143.75"), lov.omregnedeTimer(), "5 718,75 passive timer ÷ 5");
        assertEquals(new BigDecimal("2287.50"), lov.timerTotalt());
    }

    @Test
    void ugyldigGrunnlagAvvises() {
        assertThrows(IllegalArgumentException.class, () -> new Vaktbelastning.Grunnlag(0, Vaktform.HJEMMEVAKT, 10, 5, 253, 112));
        assertThrows(IllegalArgumentException.class, () -> new Vaktbelastning.Grunnlag(4, Vaktform.HJEMMEVAKT, 61, 5, 253, 112));
        assertThrows(IllegalArgumentException.class, () -> new Vaktbelastning.Grunnlag(4, Vaktform.HJEMMEVAKT, 10, 5, 300, 112));
    }
}
