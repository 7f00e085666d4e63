package no.legevakttilskudd.tilleggsopplysning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import no.legevakttilskudd.felles.Aktor;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.epost.Epostutboks;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.soknad.Soknad;

/**
 * The questions' deadlines, kept: the day before a deadline the kommune is reminded by mail, and once the deadline's day
 * is past without an answer the question is flagged as overdue in the case's history (the work list shows it from its
 * status either way). Each happens once per question, also with several instances running the job: the row is locked
 * and its {@code paminnet} or {@code forfalt} set in the same transaction as the mail and the log entry.
 */
@ApplicationScoped
public class Tilleggsopplysningsutsending {

    private static final Logger LOG = Logger.getLogger(Tilleggsopplysningsutsending.class);

    @Inject
    Epostutboks epostutboks;

    @Inject
    HendelseService hendelser;

    @Inject
    Clock clock;

    @Scheduled(identity = "tilleggsopplysninger", every = "${legevakttilskudd.paminnelser.intervall}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void planlagt() {
        kjor(clock.instant());
    }

    /** Reminds and flags what is due on the Norwegian date of {@code naa}; returns how many questions it acted on. */
    public int kjor(Instant naa) {
        LocalDate idag = LocalDate.ofInstant(naa, Tidsformat.NORGE);
        List<Long> aktuelle = QuarkusTransaction.requiringNew().call(() -> Tilleggsopplysning.<Tilleggsopplysning>list(
                "svar is null and ((paminnet is null and svarfrist = ?1) or (forfalt is null and svarfrist < ?2))", idag.plusDays(1), idag)
                .stream().map(t -> t.id).toList());
        int gjort = 0;
        for (long id : aktuelle) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> behandle(id, idag, naa))) {
                    gjort++;
                }
            } catch (RuntimeException feil) {
                LOG.warnf(feil, "Spørsmål %d ble ikke påminnet eller flagget; prøves igjen ved neste kjøring", id);
            }
        }
        return gjort;
    }

    private boolean behandle(long id, LocalDate idag, Instant naa) {
        // Read again under lock: the kommune may have answered, or another instance acted, since the list was read.
        Tilleggsopplysning t = Tilleggsopplysning.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (t == null || t.besvart != null) {
            return false;
        }
        if (t.status(idag).erForfalt() && t.forfalt == null) {
            t.forfalt = naa;
            hendelser.registrer(Aktor.SYSTEM, TilleggsopplysningService.ENTITET, t.soknadId, "TILLEGGSOPPLYSNING_FORFALT", null,
                    "spørsmål " + t.id + " ikke besvart innen " + Tidsformat.norskDato(t.svarfrist));
            return true;
        }
        if (t.paminnet == null && t.svarfrist.equals(idag.plusDays(1))) {
            t.paminnet = naa;
            Soknad soknad = Soknad.findById(t.soknadId);
            if (soknad.kontaktEpost != null) {
                epostutboks.legg(Tilleggsopplysningsepost.paminnelse(soknad, t), Tilleggsopplysningsepost.GRUNN_PAMINNELSE,
                        TilleggsopplysningService.ENTITET, t.soknadId);
            }
            hendelser.registrer(Aktor.SYSTEM, TilleggsopplysningService.ENTITET, t.soknadId, "TILLEGGSOPPLYSNING_PAMINNET", null,
                    "påminnelse på e-post om spørsmål " + t.id + ", svarfrist " + Tidsformat.norskDato(t.svarfrist));
            return true;
        }
        return false;
    }
}
