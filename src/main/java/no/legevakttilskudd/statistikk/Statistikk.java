package no.legevakttilskudd.statistikk;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import no.legevakttilskudd.regler.TiltakKategori;

/**
 * Where the money went, to whom and for what (SPEC §6), for one call or across calls. Only counts, sums and the public
 * registry facts of the kommuner: no contact persons, account numbers, assessments or case texts. "Søknader" are the
 * sent ones (not drafts, not withdrawn); "tildelt" is the current sent decisions that give a grant, a corrected
 * decision counted once, by its correction.
 *
 * @param utlysningId       the call, or null for all calls
 * @param utlysning         the call's title, or null for all calls
 * @param antallUtlysninger how many calls the figures cover
 */
public record Statistikk(Long utlysningId, String utlysning, long antallUtlysninger, Nokkeltall nokkeltall, Dekning kommuner,
        List<Fordeling> fylker, List<Fordeling> sentralitetsklasser, List<Fordeling> prioritetsgrupper,
        List<Fordeling> folketallsgrupper, List<Kategori> tiltakskategorier, Vaktbelastningstall vaktbelastning) {

    /** No sent application: the page says so instead of drawing empty charts. */
    public boolean tom() {
        return nokkeltall.soknader() == 0;
    }

    /**
     * @param ramme              the frame: one call's frame in use now, or the calls' frames added up with each shared pot
     *                           once (a re-announcement adds nothing to its first call's)
     * @param rammeBruktProsent  tildelt as a share of the frame, in per cent with one decimal; null when the frame is 0
     * @param gjennomsnittTildelt mean award of the applications that got one, two decimals; null when none did
     * @param medianTildelt      median award of the same, two decimals; null when none did
     * @param venteliste         applications on the rules' waiting list, added up over the calls
     * @param utbetalt           what is paid out on the calls' decisions
     * @param tilbakebetalt      what has come back on repayment claims, paid in or set off against a later payment
     * @param netto              paid out less what came back: what the calls have cost so far
     */
    public record Nokkeltall(long soknader, long omsokt, long tildelteSoknader, long tildelt, long ramme, BigDecimal rammeBruktProsent,
            BigDecimal gjennomsnittTildelt, BigDecimal medianTildelt, long venteliste, long utbetalt, long tilbakebetalt, long netto) {
    }

    /**
     * Kommuner, each counted once across calls.
     *
     * @param kvalifiserte         in an eligible class and under the population limit in the call's registry version
     * @param sokte                sent an application
     * @param sokteKvalifiserte    sent one and were eligible
     * @param tildelte             got a grant
     * @param tildelteKvalifiserte got a grant and were eligible
     * @param sokteProsent         eligible kommuner that applied, in per cent of the eligible; null when none is eligible
     * @param tildelteProsent      eligible kommuner that got a grant, in per cent of the eligible; null when none is eligible
     */
    public record Dekning(long kvalifiserte, long sokte, long sokteKvalifiserte, long tildelte, long tildelteKvalifiserte,
            BigDecimal sokteProsent, BigDecimal tildelteProsent) {
    }

    /**
     * One row of a breakdown by a fact of the applicant: fylke, sentralitetsklasse, priority group or population band.
     *
     * @param nokkel               fylkesnummer, the class, the group (1 or 2) or the band ({@link Folketallsgruppe});
     *                             null for an applicant missing from the registry version
     * @param navn                 the fylke's name; null in the other breakdowns
     * @param kommuner             kommuner that applied
     * @param tildelteKommuner     kommuner that got a grant
     * @param kvalifiserteKommuner eligible kommuner in the row; not given for priority groups, which belong to applications
     */
    public record Fordeling(String nokkel, String navn, long soknader, long kommuner, long omsokt, long tildelteSoknader,
            long tildelteKommuner, long tildelt, @JsonInclude(JsonInclude.Include.NON_NULL) Long kvalifiserteKommuner) {

        /** What was asked and not granted, for the stacked bar; never below zero. */
        public long ikkeTildelt() {
            return Math.max(omsokt - tildelt, 0);
        }
    }

    /**
     * What the money was asked for. A grant is not split by measure, so the awarded side is the amount asked for in this
     * category by the applications that got a grant.
     *
     * @param omsokt          the measures' budget lines added up
     * @param tildelteSoknader applications with a measure in the category that got a grant
     * @param omsoktITildelte the category's budget lines in those applications
     */
    public record Kategori(TiltakKategori kategori, long tiltak, long soknader, long omsokt, long tildelteSoknader, long omsoktITildelte) {
    }

    /** Today's duty burden per doctor (SPEC §4.8) of all applicants, those that got a grant and those that did not. */
    public record Vaktbelastningstall(Snitt sokere, Snitt tildelte, Snitt ikkeTildelte) {
    }

    /**
     * Averages over applications.
     *
     * @param timerPerLege    hours a year per doctor as SPEC §4.8 computes them from the rota and the form of duty
     *                        (vaktklasse 1, 5:1, 253 weekdays and 112 weekend days), two decimals; null without applications
     * @param vaktdognPerLege duty days a year per doctor as the kommuner stated them, two decimals; null without applications
     */
    public record Snitt(long soknader, BigDecimal timerPerLege, BigDecimal vaktdognPerLege) {
    }
}
