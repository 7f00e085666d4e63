package no.legevakttilskudd.regler;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * SPEC §4.8: today's duty burden made comparable across kommuner, after the Saltdal study (2014). A year has weekday
 * duties (15:30–08:00, 16,5 h) and weekend/holiday days (24 h). With hjemmevakt, each duty has an active part set by
 * the vaktklasse (klasse 1: up to 10 minutes per hour) and the passive rest is converted to active time by a factor
 * (5:1 by arbeidsmiljøloven § 10-4, 4:1 as the doctors argued); with tilstedevakt every hour counts. One doctor in an
 * n-delt rota carries 1/n of the hours and of the duty days. The system computes exactly; the study rounded.
 */
public final class Vaktbelastning {

    public static final BigDecimal TIMER_HVERDAGSVAKT = new BigDecimal("16.5");
    public static final BigDecimal TIMER_HELGEDOGN = new BigDecimal("24");
    /** Vaktklasse 1: at most 10 active minutes per hour. */
    public static final int AKTIVE_MINUTTER_KLASSE_1 = 10;
    /** Arbeidsmiljøloven § 10-4 (3): 1/5 of passive on-call time counts as working time. */
    public static final int OMREGNINGSFAKTOR_LOVEN = 5;
    /** The study's calendar: 253 weekdays and 112 weekend and holiday days. */
    public static final int HVERDAGER = 253;
    public static final int HELGEDAGER = 112;

    private static final int SKALA = 10;
    private static final BigDecimal SEKSTI = new BigDecimal("60");

    /**
     * @param aktiveMinutterPerTime active minutes per hour of hjemmevakt (10 for vaktklasse 1); ignored for tilstedevakt
     * @param omregningsfaktor      passive hours per counted hour (5 by law, 4 as argued); ignored for tilstedevakt
     */
    public record Grunnlag(int vaktdeling, Vaktform vaktform, int aktiveMinutterPerTime, int omregningsfaktor, int hverdager,
            int helgedager) {

        public Grunnlag {
            if (vaktdeling < 1 || vaktform == null || aktiveMinutterPerTime < 0 || aktiveMinutterPerTime > 60 || omregningsfaktor < 1
                    || hverdager < 0 || helgedager < 0 || hverdager + helgedager > 366) {
                throw new IllegalArgumentException("Ugyldig grunnlag for vaktbelastning");
            }
        }

        /** Vaktklasse 1, the law's 5:1 and the study's calendar. */
        public static Grunnlag standard(int vaktdeling, Vaktform vaktform) {
            return new Grunnlag(vaktdeling, vaktform, AKTIVE_MINUTTER_KLASSE_1, OMREGNINGSFAKTOR_LOVEN, HVERDAGER, HELGEDAGER);
        }
    }

    /**
     * Hours for the whole rota (as if one doctor had every duty) and for one doctor in it.
     *
     * @param aktiveTimer    active hours a year
     * @param omregnedeTimer passive hours converted to active time
     * @param timerTotalt    active + converted
     * @param timerPerLege   timerTotalt ÷ vaktdeling, two decimals
     * @param vaktdognPerLege duty days a year per doctor, rounded to whole days
     */
    public record Resultat(Grunnlag grunnlag, BigDecimal aktiveTimer, BigDecimal omregnedeTimer, BigDecimal timerTotalt,
            BigDecimal timerPerLege, int vaktdognPerLege) {
    }

    private Vaktbelastning() {
    }

    public static Resultat beregn(Grunnlag g) {
        BigDecimal timerHverdager = TIMER_HVERDAGSVAKT.multiply(BigDecimal.valueOf(g.hverdager()));
        BigDecimal timerHelg = TIMER_HELGEDOGN.multiply(BigDecimal.valueOf(g.helgedager()));
        BigDecimal alleTimer = timerHverdager.add(timerHelg);
        BigDecimal aktive;
        BigDecimal omregnet;
        if (g.vaktform() == Vaktform.TILSTEDEVAKT) {
            aktive = alleTimer;
            omregnet = BigDecimal.ZERO;
        } else {
            aktive = alleTimer.multiply(BigDecimal.valueOf(g.aktiveMinutterPerTime())).divide(SEKSTI, SKALA, RoundingMode.HALF_UP);
            omregnet = alleTimer.subtract(aktive).divide(BigDecimal.valueOf(g.omregningsfaktor()), SKALA, RoundingMode.HALF_UP);
        }
        BigDecimal totalt = aktive.add(omregnet);
        BigDecimal perLege = totalt.divide(BigDecimal.valueOf(g.vaktdeling()), 2, RoundingMode.HALF_UP);
        int dogn = BigDecimal.valueOf(g.hverdager() + g.helgedager())
                .divide(BigDecimal.valueOf(g.vaktdeling()), 0, RoundingMode.HALF_UP).intValueExact();
        return new Resultat(g, to(aktive), to(omregnet), to(totalt), perLege, dogn);
    }

    private static BigDecimal to(BigDecimal timer) {
        return timer.setScale(2, RoundingMode.HALF_UP);
    }
}
