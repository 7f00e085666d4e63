package no.legevakttilskudd.utlysning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import no.legevakttilskudd.felles.Aktor;
import no.legevakttilskudd.felles.hendelse.HendelseService;

/**
 * The scheme's real rounds (2022, 2023 with its re-announcement, 2024) as data: read from {@code utlysning/runder.json}
 * and created on start-up where missing, through the same service and checks as an admin's call, with their sources
 * and a frame change for 2022's raise. A round is known by its key ({@code runde}), so a start never makes one twice and
 * an admin's later changes to it stand; a database that already has a call with the round's year and title keeps it and
 * gets no second. Each round added is an event from {@code system}. Off with {@code legevakttilskudd.ekte-runder=false}.
 */
@ApplicationScoped
public class EkteRunder {

    static final String FIL = "utlysning/runder.json";
    private static final Logger LOG = Logger.getLogger(EkteRunder.class);
    private static final long LAS = 7_401_003L;

    /** The file's shape: the rounds in the order they are created (a re-announcement after the call it names). */
    record Fil(String om, List<Runde> runder) {
    }

    /** One round: its key, the call as the API takes it, its source, and frame changes after it was announced. */
    record Runde(String runde, String gjenutlysningAv, String kilde, Integer kvalifisertePublisert, UtlysningInput utlysning,
            List<Rammeendring> rammeendringer) {
    }

    record Rammeendring(long ramme, String begrunnelse) {
    }

    @Inject
    UtlysningService utlysninger;

    @Inject
    EntityManager entityManager;

    @Inject
    HendelseService hendelser;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "legevakttilskudd.ekte-runder", defaultValue = "true")
    boolean pa;

    @Transactional
    void lastInn(@Observes @Priority(15) StartupEvent event) {
        if (!pa) {
            return;
        }
        entityManager.createNativeQuery("select pg_advisory_xact_lock(" + LAS + ")").getSingleResult();
        int nye = 0;
        for (Runde runde : les().runder()) {
            if (Utlysning.count("runde", runde.runde()) > 0) {
                continue;
            }
            // A database where an admin already made the round keeps that one; the shipped round is not added beside it.
            if (Utlysning.count("aar = ?1 and tittel = ?2", runde.utlysning().aar(), runde.utlysning().tittel()) > 0) {
                LOG.infof("Runde %s finnes alt som en utlysning med samme år og tittel; den legges ikke inn på nytt", runde.runde());
                continue;
            }
            Long forste = runde.gjenutlysningAv() == null ? null
                    : Utlysning.<Utlysning>find("runde", runde.gjenutlysningAv()).firstResultOptional()
                            .orElseThrow(() -> new IllegalStateException(FIL + ": runde " + runde.runde() + " lyser ut resten av "
                                    + runde.gjenutlysningAv() + ", som ikke finnes"))
                            .id;
            Utlysning utlysning = utlysninger.opprett(runde.utlysning().medGjenutlysningAv(forste), Aktor.SYSTEM);
            utlysning.runde = runde.runde();
            utlysning.kilde = runde.kilde();
            utlysning.kvalifisertePublisert = runde.kvalifisertePublisert();
            hendelser.registrer(Aktor.SYSTEM, "UTLYSNING", utlysning.id, "RUNDE_LAGT_INN", null, "runde " + runde.runde()
                    + (runde.kvalifisertePublisert() != null ? ", publisert antall kvalifiserte " + runde.kvalifisertePublisert() : "")
                    + ", kilde: " + runde.kilde());
            for (Rammeendring endring : runde.rammeendringer() == null ? List.<Rammeendring>of() : runde.rammeendringer()) {
                utlysninger.endreRamme(utlysning.id, endring.ramme(), endring.begrunnelse(), Aktor.SYSTEM);
            }
            nye++;
        }
        if (nye > 0) {
            LOG.infof("%d ekte runder lagt inn fra %s", nye, FIL);
        }
    }

    Fil les() {
        try (InputStream inn = Thread.currentThread().getContextClassLoader().getResourceAsStream(FIL)) {
            if (inn == null) {
                throw new IllegalStateException("Fant ikke " + FIL + " på klassestien");
            }
            return json.readValue(inn, Fil.class);
        } catch (IOException e) {
            throw new UncheckedIOException(FIL + " kan ikke leses", e);
        }
    }
}
