package no.legevakttilskudd.felles.drift;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;

/**
 * The business figures for Prometheus (/q/metrics): applications per status, sent applications, decisions per status,
 * and each call's frame and the part of it held by approved and sent decisions. Read from PostgreSQL on a schedule, not
 * counted in memory, so every instance reports the same truth and a restart loses nothing. Plain SQL on purpose: the
 * figures span the feature packages, and this one must not depend on them.
 */
@ApplicationScoped
public class Forretningsmetrikker {

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager entityManager;

    private MultiGauge soknader;
    private MultiGauge sendteSoknader;
    private MultiGauge vedtak;
    private MultiGauge ramme;
    private MultiGauge rammeBrukt;

    @PostConstruct
    void lag() {
        soknader = MultiGauge.builder("legevakttilskudd.soknader").description("Søknader per status").register(registry);
        sendteSoknader = MultiGauge.builder("legevakttilskudd.soknader.sendt").description("Søknader som er sendt, per utlysning")
                .register(registry);
        vedtak = MultiGauge.builder("legevakttilskudd.vedtak").description("Vedtak per status").register(registry);
        ramme = MultiGauge.builder("legevakttilskudd.ramme").description("Utlysningens ramme").baseUnit("kroner").register(registry);
        rammeBrukt = MultiGauge.builder("legevakttilskudd.ramme.brukt").description("Godkjente og sendte tilskudd i utlysningen")
                .baseUnit("kroner").register(registry);
    }

    @Scheduled(every = "{legevakttilskudd.metrikker.intervall}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void oppdater() {
        soknader.register(rader("select status, count(*) from soknad group by status", "status"), true);
        sendteSoknader.register(rader("select utlysning_id, count(*) from soknad where sendt is not null group by utlysning_id",
                "utlysning"), true);
        vedtak.register(rader("select status, count(*) from vedtak group by status", "status"), true);
        ramme.register(rader("select id, ramme from utlysning", "utlysning"), true);
        // The frame invariant's own sum: a corrected decision counts once, by its correction.
        rammeBrukt.register(rader("select u.id, coalesce(sum(v.belop), 0) from utlysning u left join vedtak_mot_rammen v "
                + "on v.utlysning_id = u.id group by u.id", "utlysning"), true);
    }

    @SuppressWarnings("unchecked")
    private List<MultiGauge.Row<?>> rader(String sql, String tag) {
        List<Object[]> rader = entityManager.createNativeQuery(sql).getResultList();
        return rader.stream().<MultiGauge.Row<?>>map(r -> MultiGauge.Row.of(Tags.of(tag, String.valueOf(r[0])),
                ((Number) r[1]).doubleValue())).toList();
    }
}
