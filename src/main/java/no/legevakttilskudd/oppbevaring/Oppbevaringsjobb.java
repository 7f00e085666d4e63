package no.legevakttilskudd.oppbevaring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import no.legevakttilskudd.felles.Aktor;

/** The daily retention run, at night in Norway ({@code legevakttilskudd.oppbevaring.tidspunkt}, off in the tests). */
@ApplicationScoped
public class Oppbevaringsjobb {

    private static final Logger LOG = Logger.getLogger(Oppbevaringsjobb.class);

    @Inject
    OppbevaringService service;

    @Scheduled(identity = "oppbevaring", cron = "${legevakttilskudd.oppbevaring.tidspunkt}", timeZone = "Europe/Oslo",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void planlagt() {
        Sletting sletting = service.kjor(Aktor.SYSTEM);
        if (sletting != null) {
            LOG.infof("Oppbevaring: %d utkast slettet, %d kontaktpersoner visket ut, %d e-poster slettet", sletting.utkastSlettet,
                    sletting.personopplysningerSlettet, sletting.epostSlettet);
        }
    }
}
