package no.legevakttilskudd.vedtak;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Side;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.habilitet.HabilitetService;

/** The lists of decisions across applications: the approver's queue and what waits to be sent. */
@ApplicationScoped
public class Vedtaksliste {

    @Inject
    VedtakService vedtakService;

    @Inject
    HabilitetService habilitet;

    @Inject
    EntityManager entityManager;

    /**
     * Decisions in one status across applications, oldest proposal first, optionally for one call: the approver's
     * queue (FORESLATT) and what waits to be sent (GODKJENT). One query for the page and one for the count. Cases the
     * user has declared themselves disqualified in are not listed: they may not act on them.
     */
    public Side<Vedtaksrad> liste(VedtakStatus status, Long utlysningId, int side, int storrelse, Innlogget innlogget) {
        Side.valider(side, storrelse);
        if (status == null) {
            throw ProblemException.valideringsfeil("status", "Velg status: FORESLATT, RETURNERT, GODKJENT eller SENDT.");
        }
        String fra = "from Vedtak v, Soknad s, Utlysning u, Kommune k where s.id = v.soknadId and u.id = v.utlysningId "
                + "and k.id.versjonId = u.kommuneregisterVersjonId and k.id.kommunenummer = s.kommunenummer and v.status = :status"
                + (utlysningId != null ? " and v.utlysningId = :utlysning" : "") + " and v.soknadId not in :inhabile";
        // Never empty: «not in ()» is not valid SQL, and no application has id 0.
        Set<Long> inhabile = new HashSet<>(habilitet.inhabileSaker(innlogget));
        inhabile.add(0L);
        var rader = entityManager.createQuery("select v, s.referanse, s.kommunenummer, k.navn, u.tittel " + fra
                + " order by v.foreslatt, v.id", Object[].class).setParameter("status", status);
        var telling = entityManager.createQuery("select count(v) " + fra, Long.class).setParameter("status", status);
        rader.setParameter("inhabile", inhabile);
        telling.setParameter("inhabile", inhabile);
        if (utlysningId != null) {
            rader.setParameter("utlysning", utlysningId);
            telling.setParameter("utlysning", utlysningId);
        }
        List<Vedtaksrad> elementer = rader.setFirstResult(Side.forste(side, storrelse)).setMaxResults(storrelse).getResultList().stream()
                .map(r -> new Vedtaksrad(VedtakDto.fra((Vedtak) r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        vedtakService.handlinger((Vedtak) r[0], innlogget, false)))
                .toList();
        return new Side<>(elementer, side, storrelse, telling.getSingleResult());
    }
}
