package no.legevakttilskudd.tildeling;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

/**
 * Each call's allocation as this instance last computed it, with the call's revision at that time. The revision is
 * the database's ({@code tildelingsrevisjon}, V1.19.0): raised in the same transaction as any change the allocation is
 * computed from, by triggers, so a stored result is used only while nothing it rests on has changed, in any instance.
 * The revision is read before the applications, so a result is never newer in its key than in its data; at worst it is
 * computed once more than needed.
 */
@ApplicationScoped
class Tildelingsbuffer {

    private record Beregnet(long revisjon, TildelingDto tildeling) {
    }

    private final Map<Long, Beregnet> beregnet = new ConcurrentHashMap<>();

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionManager transaksjoner;

    TildelingDto hent(long utlysningId, Supplier<TildelingDto> beregn) {
        if (iTransaksjon()) {
            // A transaction may have changed what the allocation rests on without committing: its revision is raised only
            // at commit. What it sees is its own, and neither taken from nor given to the others.
            return beregn.get();
        }
        long revisjon = revisjon(utlysningId);
        Beregnet lagret = beregnet.get(utlysningId);
        if (lagret != null && lagret.revisjon() == revisjon) {
            return lagret.tildeling();
        }
        TildelingDto tildeling = beregn.get();
        beregnet.merge(utlysningId, new Beregnet(revisjon, tildeling), (gammel, ny) -> ny.revisjon() >= gammel.revisjon() ? ny : gammel);
        return tildeling;
    }

    private long revisjon(long utlysningId) {
        return ((Number) entityManager.createNativeQuery("select coalesce((select revisjon from tildelingsrevisjon where utlysning_id = :id), 0)")
                .setParameter("id", utlysningId).getSingleResult()).longValue();
    }

    private boolean iTransaksjon() {
        try {
            return transaksjoner.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            return true;
        }
    }
}
