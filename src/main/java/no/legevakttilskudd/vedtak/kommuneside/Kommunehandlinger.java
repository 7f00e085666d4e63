package no.legevakttilskudd.vedtak.kommuneside;

import java.util.List;

import no.legevakttilskudd.vedtak.Vedtak;
import no.legevakttilskudd.vedtak.aksept.Aksept;
import no.legevakttilskudd.vedtak.klage.Klage;
import no.legevakttilskudd.vedtak.rapport.Rapport;
import no.legevakttilskudd.vedtak.rapport.RapportService;
import no.legevakttilskudd.vedtak.rapport.RapportStatus;

/**
 * What the kommune may do with one of its sent decisions now, and what has become of its report, decided by
 * {@link #av} from the same conditions accepting, reporting and appealing refuse with; pages only show it (the
 * application's own actions are in {@code soknad/Soknadshandlinger}, the staff's in {@link Vedtakshandlinger}).
 *
 * @param kanAkseptere      accept the terms with an account number: a grant not yet accepted
 * @param kanRapportere     report on the grant's use: accepted, something paid, and no report yet or one sent back for more
 * @param venterPaUtbetaling accepted, but nothing is paid yet: the report comes after the money
 * @param kanKlage          appeal: the call gives the right to appeal, and no appeal of this decision is still open
 * @param rapportVenter     a report is sent and waits on the caseworker
 * @param rapportGodkjent   the report is approved, which closes the grant
 * @param rapportTrengerMer the caseworker asked for more; the kommune reports again
 */
public record Kommunehandlinger(boolean kanAkseptere, boolean kanRapportere, boolean venterPaUtbetaling, boolean kanKlage, boolean rapportVenter,
        boolean rapportGodkjent, boolean rapportTrengerMer) {

    /**
     * @param aksept      the acceptance, or null
     * @param rapport     the report, or null
     * @param klager      the appeals of the decision
     * @param klageadgang whether the call gives the right to appeal
     * @param utbetalt    what is paid on the decision, in kroner
     */
    public static Kommunehandlinger av(Vedtak vedtak, Aksept aksept, Rapport rapport, List<Klage> klager, boolean klageadgang,
            long utbetalt) {
        boolean tilskudd = vedtak.utfall.girTilskudd();
        RapportStatus status = rapport == null ? null : rapport.status;
        boolean rapportApen = tilskudd && aksept != null && (status == null || status.kanSendesIgjen());
        boolean erUtbetalt = RapportService.erUtbetalt(utbetalt);
        return new Kommunehandlinger(tilskudd && aksept == null, rapportApen && erUtbetalt, rapportApen && !erUtbetalt,
                klageadgang && klager.stream().noneMatch(Klage::erApen),
                status == RapportStatus.SENDT, status == RapportStatus.GODKJENT, status == RapportStatus.MER_INFO);
    }
}
