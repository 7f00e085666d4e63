package no.legevakttilskudd.vedtak.paminnelse;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.vedtak.Utfall;
import no.legevakttilskudd.vedtak.VedtakStatus;
import no.legevakttilskudd.vedtak.rapport.RapportStatus;
import no.legevakttilskudd.vedtak.rapport.Rapportfrist;

/**
 * What the kommune owes on its awards, each list one query, oldest first: sent awards not accepted, and accepted awards
 * without a report once the report deadline in force ({@link Rapportfrist}: the call's, or a granted extension) is near
 * (30 days) or passed. Staff see the lists; the same conditions pick the reminders mailed to the kommune
 * ({@link Paminnelsesutsending}).
 */
@ApplicationScoped
public class PaminnelseService {

    /** Days after sending from which an award not accepted gets a reminder by e-mail. */
    static final int AKSEPT_PAMINNELSE_DAGER = 14;

    /** Days before the report deadline from which a missing report is listed and mailed about. */
    static final int RAPPORT_VARSEL_DAGER = 30;

    /** A sent award that still stands: a sent correction replaces it, and is accepted and reported on its own. */
    private static final String GJELDENDE_TILSKUDD = "from Vedtak v, Soknad s, Rapportfrist f where s.id = v.soknadId "
            + "and f.vedtakId = v.id and v.status = :sendt and v.utfall in :tilskudd "
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
        return finn(MANGLER_RAPPORT + " and f.frist <= :varsel",
                Map.of("mer", RapportStatus.MER_INFO, "varsel", idag.plusDays(RAPPORT_VARSEL_DAGER)), idag);
    }

    /**
     * The awards whose reminder of this kind is due on {@code idag} and has not been mailed, to a contact person with
     * an address. With {@code vedtakId}, only that award: the sender checks again in the transaction that mails it.
     * A reminder that was due while the job did not run is sent when it runs again, never skipped.
     */
    List<Paminnelse> forfalt(Paminnelsestype type, LocalDate idag, Long vedtakId) {
        Map<String, Object> parametre = new HashMap<>();
        StringBuilder vilkar = new StringBuilder();
        switch (type) {
            case AKSEPT -> {
                // Sent on or before the day 14 days ago (Norwegian date), i.e. before the start of the day after it.
                vilkar.append(IKKE_AKSEPTERT).append(" and v.sendt < :sendtFor");
                parametre.put("sendtFor", idag.minusDays(AKSEPT_PAMINNELSE_DAGER - 1L).atStartOfDay(Tidsformat.NORGE).toInstant());
            }
            case RAPPORT_FRIST -> {
                vilkar.append(MANGLER_RAPPORT).append(" and f.frist between :idag and :varsel");
                parametre.put("varsel", idag.plusDays(RAPPORT_VARSEL_DAGER));
            }
            case RAPPORT_FORSINKET -> vilkar.append(MANGLER_RAPPORT).append(" and f.frist < :idag");
        }
        if (type != Paminnelsestype.AKSEPT) {
            parametre.put("mer", RapportStatus.MER_INFO);
            parametre.put("idag", idag);
        }
        vilkar.append(" and s.kontaktEpost is not null")
                .append(" and not exists (select p from PaminnelseEpost p where p.vedtakId = v.id and p.type = :type)");
        parametre.put("type", type);
        if (vedtakId != null) {
            vilkar.append(" and v.id = :vedtakId");
            parametre.put("vedtakId", vedtakId);
        }
        return finn(vilkar.toString(), parametre, idag);
    }

    private List<Paminnelse> finn(String vilkar, Map<String, Object> parametre, LocalDate idag) {
        TypedQuery<Object[]> sporring = entityManager.createQuery("select v.id, s.id, s.referanse, s.kommunenummer, v.belop, v.sendt, "
                + "f.frist " + GJELDENDE_TILSKUDD + vilkar + " order by v.sendt, v.id", Object[].class)
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
