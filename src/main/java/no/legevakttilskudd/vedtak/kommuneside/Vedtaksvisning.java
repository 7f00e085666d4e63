package no.legevakttilskudd.vedtak.kommuneside;

import java.time.LocalDate;
import java.util.List;

import no.legevakttilskudd.vedtak.Utfall;
import no.legevakttilskudd.vedtak.Vedtak;
import no.legevakttilskudd.vedtak.aksept.Aksept;
import no.legevakttilskudd.vedtak.aksept.Kontonummer;
import no.legevakttilskudd.vedtak.endring.Tilskuddsplan;
import no.legevakttilskudd.vedtak.klage.Klage;
import no.legevakttilskudd.vedtak.rapport.Rapport;

/**
 * A sent decision as the kommune sees it, with its acceptance when given and what the kommune may do with it now.
 *
 * @param utfall       the outcome as the kommune is told it, as in the letter: less than asked is partly granted
 * @param fristenErUte the appeal deadline has passed (an appeal is still taken, marked late)
 * @param rapportfrist the report deadline in force (a granted extension moves it)
 * @param budsjett     the budget per measure in force, which the report form shows beside each measure; empty when
 *                     the kommune cannot report now
 */
public record Vedtaksvisning(Vedtak vedtak, Utfall utfall, Aksept aksept, boolean klageadgang, LocalDate klagefrist, boolean fristenErUte,
        List<Klage> klager, Rapport rapport, LocalDate rapportfrist, Kommunehandlinger handlinger, LocalDate akseptfrist,
        boolean akseptfristenErUte, List<Tilskuddsplan.Tiltaksbudsjett> budsjett) {

    public String kontonummer() {
        return aksept == null ? null : Kontonummer.les(aksept.kontonummer).map(Kontonummer::formatert).orElse(aksept.kontonummer);
    }
}
