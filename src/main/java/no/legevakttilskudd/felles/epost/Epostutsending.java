package no.legevakttilskudd.felles.epost;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends what waits in the outbox. Each mail is taken in its own short transaction with {@code FOR UPDATE SKIP LOCKED}
 * and the row stays locked until its outcome is stored, so two runs, on one instance or on several, never deliver
 * the same mail twice; a run simply skips rows another run holds. A failure is recorded on the row and tried again
 * later with a growing pause; after the last attempt the mail is marked FEILET for staff to follow up.
 */
@ApplicationScoped
public class Epostutsending {

    private static final Logger LOG = Logger.getLogger(Epostutsending.class);
    private static final int MAKS_FEILTEKST = 2000;

    @Inject
    EntityManager entityManager;

    @Inject
    Epostkanal kanal;

    @Inject
    Clock clock;

    @ConfigProperty(name = "legevakttilskudd.epost.maks-forsok", defaultValue = "8")
    int maksForsok;

    @ConfigProperty(name = "legevakttilskudd.epost.forste-pause", defaultValue = "PT1M")
    Duration forstePause;

    @ConfigProperty(name = "legevakttilskudd.epost.lengste-pause", defaultValue = "PT6H")
    Duration lengstePause;

    @ConfigProperty(name = "legevakttilskudd.epost.per-runde", defaultValue = "100")
    int perRunde;

    enum Utfall {
        INGEN, SENDT, FEILET_FORSOK, GITT_OPP
    }

    @Scheduled(identity = "epost-utboks", every = "${legevakttilskudd.epost.intervall}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void planlagt() {
        sendForfalte(clock.instant());
    }

    /**
     * Sends the mails due at {@code naa}, at most a round's worth, and returns how many were delivered. Every mail is
     * tried at most once per run: a failed one is due again only after its pause.
     */
    public int sendForfalte(Instant naa) {
        int levert = 0;
        for (int i = 0; i < perRunde; i++) {
            Utfall utfall = QuarkusTransaction.requiringNew().call(() -> sendNeste(naa));
            if (utfall == Utfall.INGEN) {
                break;
            }
            if (utfall == Utfall.SENDT) {
                levert++;
            }
        }
        return levert;
    }

    private Utfall sendNeste(Instant naa) {
        Epost epost = (Epost) entityManager.createNativeQuery("select * from epost_utboks where status = 'VENTER'"
                + " and neste_forsok <= :naa order by neste_forsok, id limit 1 for update skip locked", Epost.class)
                .setParameter("naa", naa)
                .getResultStream().findFirst().orElse(null);
        if (epost == null) {
            return Utfall.INGEN;
        }
        epost.antallForsok++;
        try {
            kanal.lever(epost);
        } catch (RuntimeException feil) {
            epost.sisteFeil = kort(feil);
            if (epost.antallForsok >= maksForsok) {
                epost.status = EpostStatus.FEILET;
                LOG.warnf("E-post %d (%s om %s %s) ble ikke sendt etter %d forsøk og er merket FEILET: %s", epost.id, epost.grunn,
                        epost.entitet, epost.entitetId, epost.antallForsok, epost.sisteFeil);
                return Utfall.GITT_OPP;
            }
            epost.nesteForsok = naa.plus(pause(epost.antallForsok));
            LOG.infof("E-post %d (%s) feilet i forsøk %d, prøver igjen %s: %s", epost.id, epost.grunn, epost.antallForsok,
                    epost.nesteForsok, epost.sisteFeil);
            return Utfall.FEILET_FORSOK;
        }
        epost.status = EpostStatus.SENDT;
        epost.sendt = clock.instant();
        return Utfall.SENDT;
    }

    /** 1, 2, 4, 8 … times the first pause, never longer than the longest. */
    Duration pause(int forsok) {
        Duration pause = forstePause;
        for (int i = 1; i < forsok && pause.compareTo(lengstePause) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(lengstePause) > 0 ? lengstePause : pause;
    }

    private static String kort(RuntimeException feil) {
        String tekst = feil.getMessage() == null ? feil.getClass().getName() : feil.getClass().getSimpleName() + ": " + feil.getMessage();
        return tekst.length() <= MAKS_FEILTEKST ? tekst : tekst.substring(0, MAKS_FEILTEKST - 1) + "…";
    }
}
