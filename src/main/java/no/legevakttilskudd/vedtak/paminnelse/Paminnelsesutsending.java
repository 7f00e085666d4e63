package no.legevakttilskudd.vedtak.paminnelse;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import no.legevakttilskudd.felles.Aktor;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.epost.Epostutboks;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.soknad.SoknadService;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.vedtak.VedtakService;
import no.legevakttilskudd.vedtak.rapport.Rapport;
import no.legevakttilskudd.vedtak.rapport.RapportStatus;

/**
 * Mails the kommune its reminders: an award not accepted 14 days after it was sent, and a missing report 30 days before
 * the call's report deadline and again once it has passed. Each reminder goes at most once per decision and kind, also
 * with several instances running the job at the same time: the row in {@code paminnelse_epost} is inserted with
 * {@code ON CONFLICT DO NOTHING} in the same transaction as the outbox row and the audit entry, and only the
 * transaction whose insert took puts the mail in the outbox. {@link no.legevakttilskudd.felles.epost.Epostutsending}
 * delivers it afterwards, so a mail server that is down delays the reminder and never loses it.
 */
@ApplicationScoped
public class Paminnelsesutsending {

    private static final Logger LOG = Logger.getLogger(Paminnelsesutsending.class);

    @Inject
    PaminnelseService paminnelser;

    @Inject
    SoknadService soknader;

    @Inject
    Epostutboks epostutboks;

    @Inject
    HendelseService hendelser;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Scheduled(identity = "paminnelser", every = "${legevakttilskudd.paminnelser.intervall}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void planlagt() {
        sendForfalte(clock.instant());
    }

    /**
     * Puts every reminder due on the Norwegian date of {@code naa} in the outbox and returns how many. A reminder that
     * fails is logged and tried again on the next run; it does not stop the others.
     */
    public int sendForfalte(Instant naa) {
        LocalDate idag = LocalDate.ofInstant(naa, Tidsformat.NORGE);
        int lagt = 0;
        for (Paminnelsestype type : Paminnelsestype.values()) {
            List<Paminnelse> forfalte = QuarkusTransaction.requiringNew().call(() -> paminnelser.forfalt(type, idag, null));
            for (Paminnelse paminnelse : forfalte) {
                try {
                    if (QuarkusTransaction.requiringNew().call(() -> legg(type, paminnelse.vedtakId(), idag, naa))) {
                        lagt++;
                    }
                } catch (RuntimeException feil) {
                    LOG.warnf(feil, "Påminnelse %s for vedtak %d ble ikke lagt i e-postutboksen; prøves igjen ved neste kjøring", type,
                            paminnelse.vedtakId());
                }
            }
        }
        return lagt;
    }

    private boolean legg(Paminnelsestype type, long vedtakId, LocalDate idag, Instant naa) {
        // Asked again in this transaction: the kommune may have accepted or reported since the list was read.
        List<Paminnelse> fortsatt = paminnelser.forfalt(type, idag, vedtakId);
        if (fortsatt.isEmpty()) {
            return false;
        }
        // The primary key decides between runs on several instances: a second insert waits for the first transaction,
        // and once that has committed it inserts nothing, so only one run mails.
        int ny = entityManager.createNativeQuery("insert into paminnelse_epost (vedtak_id, type, sendt) values (:vedtak, :type, :naa) "
                + "on conflict do nothing")
                .setParameter("vedtak", vedtakId)
                .setParameter("type", type.name())
                .setParameter("naa", naa)
                .executeUpdate();
        if (ny == 0) {
            return false;
        }
        Paminnelse paminnelse = fortsatt.get(0);
        Soknad soknad = Soknad.<Soknad>findByIdOptional(paminnelse.soknadId()).orElseThrow();
        Utlysning utlysning = Utlysning.<Utlysning>findByIdOptional(soknad.utlysningId).orElseThrow();
        Rapport rapport = Rapport.findById(vedtakId);
        boolean merInfo = rapport != null && rapport.status == RapportStatus.MER_INFO;
        epostutboks.legg(Paminnelsesepost.av(type, paminnelse, soknad, utlysning, soknader.kommunenavn(soknad), merInfo),
                Paminnelsesepost.grunn(type), VedtakService.ENTITET, vedtakId);
        hendelser.registrer(Aktor.SYSTEM, VedtakService.ENTITET, vedtakId, "PAMINNELSE_SENDT", null,
                "påminnelse på e-post til kontaktpersonen om " + type.gjelder());
        return true;
    }
}
