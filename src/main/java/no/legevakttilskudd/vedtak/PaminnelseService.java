package no.legevakttilskudd.vedtak;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.vedtak.brev.Utfall;

/**
 * What staff should chase, oldest first, each list one query: sent awards the kommune has not accepted, and accepted
 * awards without an approved report once the report deadline is near (30 days) or passed.
 */
@ApplicationScoped
public class PaminnelseService {

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Days before the report deadline from which a missing report is listed. */
    static final int RAPPORT_VARSEL_DAGER = 30;

    /** Accepted awards whose report is missing or sent back, when the deadline is less than 30 days away or passed. */
    public List<Paminnelse> manglerRapport() {
        LocalDate idag = LocalDate.ofInstant(clock.instant(), Tidsformat.NORGE);
        List<Object[]> rader = entityManager.createQuery("select v.id, s.id, s.referanse, s.kommunenummer, v.belop, v.sendt, u.aar "
                + "from Vedtak v, Soknad s, Aksept a, Utlysning u where s.id = v.soknadId and a.vedtakId = v.id and u.id = v.utlysningId "
                + "and v.status = :sendt and not exists (select r from Rapport r where r.vedtakId = v.id and r.status <> :mer) "
                + "order by v.sendt, v.id", Object[].class)
                .setParameter("sendt", VedtakStatus.SENDT)
                .setParameter("mer", RapportStatus.MER_INFO)
                .getResultList();
        return rader.stream()
                .filter(r -> !RapportService.frist((Integer) r[6]).minusDays(RAPPORT_VARSEL_DAGER).isAfter(idag))
                .map(r -> new Paminnelse((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (Long) r[4], (Instant) r[5],
                        ChronoUnit.DAYS.between(LocalDate.ofInstant((Instant) r[5], Tidsformat.NORGE), idag)))
                .toList();
    }

    public List<Paminnelse> manglerAksept() {
        LocalDate idag = LocalDate.ofInstant(clock.instant(), Tidsformat.NORGE);
        List<Object[]> rader = entityManager.createQuery("select v.id, s.id, s.referanse, s.kommunenummer, v.belop, v.sendt "
                + "from Vedtak v, Soknad s where s.id = v.soknadId and v.status = :sendt and v.utfall in :tilskudd "
                + "and not exists (select a from Aksept a where a.vedtakId = v.id) "
                + "and not exists (select n from Vedtak n where n.erstatterId = v.id and n.status = :sendt) order by v.sendt, v.id",
                Object[].class)
                .setParameter("sendt", VedtakStatus.SENDT)
                .setParameter("tilskudd", List.of(Utfall.INNVILGET,
                        Utfall.DELVIS_INNVILGET))
                .getResultList();
        return rader.stream().map(r -> {
            Instant sendt = (Instant) r[5];
            return new Paminnelse((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (Long) r[4], sendt,
                    ChronoUnit.DAYS.between(LocalDate.ofInstant(sendt, Tidsformat.NORGE), idag));
        }).toList();
    }
}
