package no.legevakttilskudd.vedtak.utbetaling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.vedtak.Vedtak;
import no.legevakttilskudd.vedtak.VedtakService;
import no.legevakttilskudd.vedtak.VedtakStatus;
import no.legevakttilskudd.vedtak.aksept.Aksept;

/**
 * Payments recorded by staff: only for an accepted award, and never more than the award in total. The decision's row is
 * locked while the sum is read, so two payments registered at once cannot together pass the award.
 */
@ApplicationScoped
public class UtbetalingService {

    @Inject
    HendelseService hendelser;

    @Inject
    Clock clock;

    public List<Utbetaling> forVedtak(long vedtakId) {
        return Utbetaling.list("vedtakId = ?1 order by dato, id", vedtakId);
    }

    /**
     * What is paid on the decision and on the decisions it corrects: a sent correction replaces the award, not the money
     * already paid on the award it replaced.
     */
    public long utbetaltMedErstattede(long vedtakId) {
        return utbetaltMedErstattede(List.of(vedtakId)).getOrDefault(vedtakId, 0L);
    }

    /** As {@link #utbetaltMedErstattede(long)} for many decisions in one query, by decision id (those with nothing paid left out). */
    @SuppressWarnings("unchecked")
    public Map<Long, Long> utbetaltMedErstattede(Collection<Long> vedtakIder) {
        Map<Long, Long> utbetalt = new HashMap<>();
        if (vedtakIder.isEmpty()) {
            return utbetalt;
        }
        List<Object[]> rader = Vedtak.getEntityManager().createNativeQuery("with recursive kjede(topp, id) as ("
                + "select v.id, v.id from vedtak v where v.id in (:vedtak) union all select k.topp, v.erstatter_id from vedtak v "
                + "join kjede k on v.id = k.id where v.erstatter_id is not null) "
                + "select k.topp, sum(u.belop) from kjede k join utbetaling u on u.vedtak_id = k.id group by k.topp")
                .setParameter("vedtak", vedtakIder).getResultList();
        rader.forEach(r -> utbetalt.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return utbetalt;
    }

    public long utbetalt(long vedtakId) {
        return forVedtak(vedtakId).stream().mapToLong(u -> u.belop).sum();
    }

    /**
     * Whether a payment can be registered on the decision now, as {@link #registrer} decides it, for the case page: a
     * sent award in force that the kommune has accepted and that is not fully paid. The page has already read the
     * acceptance and the payments, so they are passed in rather than read again.
     */
    public boolean kanUtbetales(Vedtak vedtak, Aksept aksept, List<Utbetaling> utbetalinger) {
        return vedtak.status == VedtakStatus.SENDT && vedtak.utfall.girTilskudd() && aksept != null
                && utbetalinger.stream().mapToLong(u -> u.belop).sum() < vedtak.belop && iKraft(vedtak.id);
    }

    /** The view vedtak_i_kraft says which sent decisions hold for the kommune: not replaced by a sent correction. */
    public boolean iKraft(long vedtakId) {
        return !Vedtak.getEntityManager().createNativeQuery("select 1 from vedtak_i_kraft where id = :id")
                .setParameter("id", vedtakId).getResultList().isEmpty();
    }

    @Transactional
    public Utbetaling registrer(long vedtakId, Long belop, LocalDate dato, Innlogget innlogget) {
        Vedtak vedtak = Vedtak.<Vedtak>findByIdOptional(vedtakId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.ikkeFunnet("Vedtak " + vedtakId + " finnes ikke."));
        if (vedtak.status != VedtakStatus.SENDT || !vedtak.utfall.girTilskudd()) {
            throw ProblemException.konflikt("ikke-utbetalbart", "Bare sendte vedtak om tilskudd kan utbetales.");
        }
        if (!iKraft(vedtakId)) {
            Vedtak rettelse = Vedtak.find("erstatterId = ?1 order by id desc", vedtakId).firstResult();
            throw ProblemException.konflikt("vedtak-erstattet", "Vedtak " + vedtakId + " er erstattet av det rettede vedtaket "
                    + rettelse.id + ", som er sendt til kommunen. Registrer utbetalingen på vedtak " + rettelse.id + ".");
        }
        if (Aksept.findById(vedtakId) == null) {
            throw ProblemException.konflikt("ikke-akseptert", "Kommunen har ikke akseptert vilkårene ennå; tilskuddet kan ikke utbetales.");
        }
        List<Feltfeil> feil = new ArrayList<>();
        if (belop == null || belop <= 0) {
            feil.add(new Feltfeil("belop", "Oppgi utbetalt beløp i hele kroner (over 0)."));
        }
        LocalDate idag = LocalDate.ofInstant(clock.instant(), Tidsformat.NORGE);
        if (dato == null) {
            feil.add(new Feltfeil("dato", "Oppgi datoen pengene ble utbetalt (ÅÅÅÅ-MM-DD)."));
        } else if (dato.isAfter(idag)) {
            feil.add(new Feltfeil("dato", "Datoen kan ikke være etter i dag."));
        }
        if (!feil.isEmpty()) {
            throw ProblemException.valideringsfeil(feil);
        }
        long tidligere = utbetaltMedErstattede(vedtakId);
        if (tidligere + belop > vedtak.belop) {
            throw ProblemException.valideringsfeil("belop", "Utbetalingene kan ikke bli mer enn tilskuddet på " + Kroner.tekst(vedtak.belop)
                    + "; " + Kroner.tekst(tidligere) + " er allerede utbetalt.");
        }
        Utbetaling utbetaling = new Utbetaling();
        utbetaling.vedtakId = vedtakId;
        utbetaling.belop = belop;
        utbetaling.dato = dato;
        utbetaling.registrert = clock.instant();
        utbetaling.registrertAv = innlogget.brukernavn();
        utbetaling.persist();
        hendelser.registrer(innlogget.aktor(), VedtakService.ENTITET, vedtakId, "UTBETALT", Kroner.tekst(tidligere),
                Kroner.tekst(tidligere + belop) + " (" + dato + ")");
        return utbetaling;
    }
}
