package no.legevakttilskudd.utlysning;

import java.util.Optional;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import no.legevakttilskudd.regler.Regelparametre;

/**
 * What frame a call can use, the one place (SPEC §4: a call may announce the unspent remainder of another). A call and
 * its re-announcement share one pot, the first call's frame: each can use what the other has not bound, so what both
 * bind together never exceeds it, and money a late correction in the first call needs is still there. Every approval
 * locks the pot's owner first ({@link #lasPotten}), so two approvals in the two calls cannot both take the last krone.
 */
@ApplicationScoped
public class Rammepott {

    @Inject
    EntityManager entityManager;

    /** The frame the call's rules and approvals use now, in kroner. */
    public long ramme(Utlysning utlysning) {
        if (utlysning.gjenutlysningAv != null) {
            Utlysning forste = Utlysning.findById(utlysning.gjenutlysningAv);
            return Math.max(forste.ramme - bundet(forste.id), 0);
        }
        return gjenutlysning(utlysning.id).map(gjen -> Math.max(utlysning.ramme - bundet(gjen.id), 0)).orElse(utlysning.ramme);
    }

    /** What the call could announce again now: its frame less what it binds and what a re-announcement of it binds. */
    public long ubrukt(Utlysning utlysning) {
        return Math.max(ramme(utlysning) - bundet(utlysning.id), 0);
    }

    /** The call's rule parameters (SPEC §4) with the frame it can use now. */
    public Regelparametre regelparametre(Utlysning utlysning) {
        TreeSet<String> kategorier = new TreeSet<>();
        utlysning.kategorier().forEach(k -> kategorier.add(k.name()));
        return new Regelparametre(utlysning.sentralitetsklasser(), utlysning.folketallsgrense, utlysning.folketallAar, utlysning.tak,
                utlysning.minstebelop, ramme(utlysning), utlysning.marginal, utlysning.soknadsfrist, kategorier, utlysning.gjenutlysningAv);
    }

    /** What the call and its re-announcement bind together: the lowest the first call's frame may go. */
    public long bundetIPotten(long utlysningId) {
        return bundet(utlysningId) + gjenutlysning(utlysningId).map(g -> bundet(g.id)).orElse(0L);
    }

    /** The re-announcement of the call, if it has one. */
    public Optional<Utlysning> gjenutlysning(long utlysningId) {
        return Utlysning.find("gjenutlysningAv", utlysningId).firstResultOptional();
    }

    /** Locks the row of the call that owns the pot (the first call for a re-announcement); the approvals' first lock. */
    public void lasPotten(Utlysning utlysning) {
        if (utlysning.gjenutlysningAv != null) {
            Utlysning.findByIdOptional(utlysning.gjenutlysningAv, LockModeType.PESSIMISTIC_WRITE);
        }
    }

    /** What the call's approved and sent decisions bind: the database's {@code ramme_bundet}, which its trigger also uses. */
    public long bundet(long utlysningId) {
        Number sum = (Number) entityManager.createNativeQuery("select ramme_bundet(:utlysning)").setParameter("utlysning", utlysningId)
                .getSingleResult();
        return sum.longValue();
    }
}
