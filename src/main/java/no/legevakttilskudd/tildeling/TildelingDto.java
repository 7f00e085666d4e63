package no.legevakttilskudd.tildeling;

import java.util.List;

import no.legevakttilskudd.regler.Arsak;
import no.legevakttilskudd.regler.Regelparametre;
import no.legevakttilskudd.regler.Tildelingsstatus;

/**
 * An allocation as the API shows it: rows in priority order (eligible first, then the rest), totals and the waiting
 * list, with the rule version and the parameters used.
 *
 * @param bundet the part of sumTildelt held by approved or sent decisions, which no run changes
 */
public record TildelingDto(String regelversjon, Long utlysningId, Regelparametre parametre, long ramme, long sumOmsokt, long sumTildelt,
        long bundet, long rammeIgjen, List<String> venteliste, List<Rad> tildelinger) {

    /** What a larger frame, or a decision not yet made, can still be given from: the frame less what decisions hold. */
    public long ledig() {
        return Math.max(ramme - bundet, 0);
    }

    /** The rows that get money from this run rather than from a decision already made: the next in line. */
    public List<Rad> nyeTildelinger() {
        return tildelinger.stream().filter(r -> !r.vedtakFast() && r.tildelt() > 0).toList();
    }

    /**
     * One application's result; soknadId is set for stored applications.
     *
     * @param vedtakFast the application has an approved or sent decision, and the row shows that decision
     */
    public record Rad(String referanse, Long soknadId, String kommunenummer, String kommunenavn, Integer rekkefolge, int prioritetsgruppe,
            boolean kvalifisert, long omsokt, long tildelt, Tildelingsstatus status, boolean vedtakFast, List<Arsak> arsaker) {
    }
}
