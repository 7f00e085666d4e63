package no.legevakttilskudd.vedtak.kommuneside;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.legevakttilskudd.vedtak.Utfall;
import no.legevakttilskudd.vedtak.Vedtak;
import no.legevakttilskudd.vedtak.VedtakStatus;
import no.legevakttilskudd.vedtak.aksept.Aksept;
import no.legevakttilskudd.vedtak.klage.Klage;
import no.legevakttilskudd.vedtak.klage.Klageutfall;
import no.legevakttilskudd.vedtak.rapport.Rapport;
import no.legevakttilskudd.vedtak.rapport.RapportStatus;

/** What the kommune may do with a sent decision, step by step from award to closed report, and for a refusal. */
class KommunehandlingerTest {

    private static Vedtak vedtak(Utfall utfall) {
        Vedtak vedtak = new Vedtak();
        vedtak.utfall = utfall;
        vedtak.status = VedtakStatus.SENDT;
        return vedtak;
    }

    private static Rapport rapport(RapportStatus status) {
        Rapport rapport = new Rapport();
        rapport.status = status;
        return rapport;
    }

    private static Klage klage(Klageutfall utfall) {
        Klage klage = new Klage();
        klage.utfall = utfall;
        return klage;
    }

    @Test
    void fraTilskuddTilGodkjentRapport() {
        Vedtak innvilget = vedtak(Utfall.INNVILGET);
        Aksept aksept = new Aksept();
        // kanAkseptere, kanRapportere, venterPaUtbetaling, kanKlage, rapportVenter, rapportGodkjent, rapportTrengerMer
        assertEquals(new Kommunehandlinger(true, false, false, true, false, false, false),
                Kommunehandlinger.av(innvilget, null, null, List.of(), true, 0));
        assertEquals(new Kommunehandlinger(false, false, true, true, false, false, false),
                Kommunehandlinger.av(innvilget, aksept, null, List.of(), true, 0), "akseptert, men ingenting utbetalt");
        assertEquals(new Kommunehandlinger(false, true, false, true, false, false, false),
                Kommunehandlinger.av(innvilget, aksept, null, List.of(), true, 1));
        assertEquals(new Kommunehandlinger(false, false, false, true, true, false, false),
                Kommunehandlinger.av(innvilget, aksept, rapport(RapportStatus.SENDT), List.of(), true, 900_000));
        assertEquals(new Kommunehandlinger(false, true, false, true, false, false, true),
                Kommunehandlinger.av(innvilget, aksept, rapport(RapportStatus.MER_INFO), List.of(), true, 900_000));
        assertEquals(new Kommunehandlinger(false, false, false, true, false, true, false),
                Kommunehandlinger.av(innvilget, aksept, rapport(RapportStatus.GODKJENT), List.of(), true, 900_000));
    }

    @Test
    void avslagKanBareKlagesOgBareEnApenKlageOmGangen() {
        Vedtak avslag = vedtak(Utfall.AVSLATT);
        assertEquals(new Kommunehandlinger(false, false, false, true, false, false, false),
                Kommunehandlinger.av(avslag, null, null, List.of(klage(Klageutfall.IKKE_MEDHOLD)), true, 0));
        assertEquals(new Kommunehandlinger(false, false, false, false, false, false, false),
                Kommunehandlinger.av(avslag, null, null, List.of(klage(null)), true, 0));
        assertEquals(new Kommunehandlinger(false, false, false, false, false, false, false),
                Kommunehandlinger.av(avslag, null, null, List.of(), false, 0));
    }
}
