package no.legevakttilskudd.vedtak;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.vedtak.brev.Utfall;

/**
 * What staff should chase, oldest first, each list one query: sent awards the kommune has not accepted, and accepted
 * awards without a report once the call's report deadline is near (30 days) or passed.
 */
@ApplicationScoped
public class PaminnelseService {

    /** Days before the report deadline from which a missing report is listed. */
    static final int RAPPORT_VARSEL_DAGER = 30;

    /** A sent award that still stands: a sent correction replaces it, and is accepted and reported on its own. */
    private static final String GJELDENDE_TILSKUDD = "from Vedtak v, Soknad s, Utlysning u where s.id = v.soknadId "
            + "and u.id = v.utlysningId and v.status = :sendt and v.utfall in :tilskudd "
            + "and not exists (select n from Vedtak n where n.erstatterId = v.id and n.status = :sendt)";

    private static final String IKKE_AKSEPTERT = " and not exists (select a from Aksept a where a.vedtakId = v.id)";

    /** Accepted, and no report that is sent or approved: none yet, or one sent back for more. */
    private static final String MANGLER_RAPPORT = " and exists (select a from Aksept a where a.vedtakId = v.id) "
            + "and not exists (select r from Rapport r where r.vedtakId = v.id and r.status <> :mer)";

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    public List<Paminnelse> manglerAksept() {
        return finn(IKKE_AKSEPTERT, Map.of(), idag());
    }

    /** Accepted awards whose report is missing or sent back, when the deadline is less than 30 days away or passed. */
    public List<Paminnelse> manglerRapport() {
        LocalDate idag = idag();
        return finn(MANGLER_RAPPORT + " and u.rapportfrist <= :varsel",
                Map.of("mer", RapportStatus.MER_INFO, "varsel", idag.plusDays(RAPPORT_VARSEL_DAGER)), idag);
    }

    private List<Paminnelse> finn(String vilkar, Map<String, Object> parametre, LocalDate idag) {
        TypedQuery<Object[]> sporring = entityManager.createQuery("select v.id, s.id, s.referanse, s.kommunenummer, v.belop, v.sendt, "
                + "u.rapportfrist " + GJELDENDE_TILSKUDD + vilkar + " order by v.sendt, v.id", Object[].class)
                .setParameter("sendt", VedtakStatus.SENDT)
                .setParameter("tilskudd", List.of(Utfall.INNVILGET, Utfall.DELVIS_INNVILGET));
        parametre.forEach(sporring::setParameter);
        return sporring.getResultList().stream().map(r -> {
            Instant sendt = (Instant) r[5];
            return new Paminnelse((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (Long) r[4], sendt,
                    ChronoUnit.DAYS.between(LocalDate.ofInstant(sendt, Tidsformat.NORGE), idag), (LocalDate) r[6]);
        }).toList();
    }

    private LocalDate idag() {
        return LocalDate.ofInstant(clock.instant(), Tidsformat.NORGE);
    }
}
