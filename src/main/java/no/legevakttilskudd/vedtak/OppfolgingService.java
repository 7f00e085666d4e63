package no.legevakttilskudd.vedtak;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import no.legevakttilskudd.vedtak.rapport.RapportStatus;

/**
 * What waits on staff after a decision is sent (SPEC §5): accepted awards not yet paid in full, and reports the kommune
 * has sent that nobody has reviewed. Each list is one query, oldest first, so the longest wait is at the top.
 */
@ApplicationScoped
public class OppfolgingService {

    /** An accepted award with money left to pay. */
    public record TilUtbetaling(long vedtakId, long soknadId, String referanse, String kommunenummer, long belop, long utbetalt,
            Instant akseptert) {

        public long gjenstar() {
            return belop - utbetalt;
        }
    }

    /** A report waiting for a caseworker's approval or request for more. */
    public record RapportTilBehandling(long vedtakId, long soknadId, String referanse, String kommunenummer, long belop, long brukt,
            long ubrukt, Instant innsendt, boolean forSen) {
    }

    @Inject
    EntityManager entityManager;

    public List<TilUtbetaling> tilUtbetaling() {
        String utbetalt = "(select coalesce(sum(u.belop), 0) from Utbetaling u where u.vedtakId = v.id)";
        return entityManager.createQuery("select v.id, s.id, s.referanse, s.kommunenummer, v.belop, " + utbetalt + ", a.akseptert "
                + "from Vedtak v, Soknad s, Aksept a where s.id = v.soknadId and a.vedtakId = v.id and v.status = :sendt "
                + "and not exists (select n from Vedtak n where n.erstatterId = v.id and n.status = :sendt) "
                + "and v.belop > " + utbetalt + " order by a.akseptert, v.id", Object[].class)
                .setParameter("sendt", VedtakStatus.SENDT)
                .getResultList().stream()
                .map(r -> new TilUtbetaling((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (Long) r[4], ((Number) r[5]).longValue(),
                        (Instant) r[6]))
                .toList();
    }

    public List<RapportTilBehandling> rapporterTilBehandling() {
        return entityManager.createQuery("select v.id, s.id, s.referanse, s.kommunenummer, v.belop, r.brukt, r.ubrukt, r.innsendt, r.forSen "
                + "from Vedtak v, Soknad s, Rapport r where s.id = v.soknadId and r.vedtakId = v.id and r.status = :sendt "
                + "order by r.innsendt, v.id", Object[].class)
                .setParameter("sendt", RapportStatus.SENDT)
                .getResultList().stream()
                .map(r -> new RapportTilBehandling((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (Long) r[4], (Long) r[5],
                        (Long) r[6], (Instant) r[7], (Boolean) r[8]))
                .toList();
    }
}
