package no.legevakttilskudd.vedtak.tilbakebetaling;

import java.time.LocalDate;
import java.util.List;

/**
 * A claim with what is paid on it and where it stands on a given day: the one place the status is worked out.
 *
 * @param linjer the lines paid, oldest first
 */
public record Kravvisning(Tilbakebetalingskrav krav, List<Tilbakebetaling> linjer, long betalt, long gjenstar, Kravstatus status) {

    /** Money can still be paid in on it: it is not settled. */
    public boolean kanBetales() {
        return status != Kravstatus.BETALT;
    }

    static Kravvisning av(Tilbakebetalingskrav krav, List<Tilbakebetaling> linjer, LocalDate idag) {
        long betalt = linjer.stream().mapToLong(l -> l.belop).sum();
        long gjenstar = krav.belop - betalt;
        Kravstatus status = gjenstar <= 0 ? Kravstatus.BETALT : idag.isAfter(krav.forfall) ? Kravstatus.FORFALT : Kravstatus.APENT;
        return new Kravvisning(krav, linjer, betalt, gjenstar, status);
    }
}
