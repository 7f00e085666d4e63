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
 * What this instance last computed from a call's sent applications — the allocation, and the work list's rows — with
 * the call's revision at that time. The revision is the database's ({@code tildelingsrevisjon}, V1.19.0): raised in
 * the same transaction as any change to the sent applications (status, kommune, legevakt, amount, time, reference), their
 * assessed budgets, the decisions and the call, by triggers, so a stored value is used only while nothing it rests on
 * has changed, in any instance. Only what is computed from those, and from the call's registry version (which never
 * changes), may be kept here. The revision is read before the data, so a value is never newer in its key than in what
 * it holds; at worst it is computed once more than needed.
 */
@ApplicationScoped
public class Tildelingsbuffer {

    private record Nokkel(long utlysningId, Class<?> hva) {
    }

    private record Beregnet(long revisjon, Object verdi) {
    }

    private final Map<Nokkel, Beregnet> beregnet = new ConcurrentHashMap<>();
    private final Map<Nokkel, Object> laser = new ConcurrentHashMap<>();

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionManager transaksjoner;

    /** The call's {@code hva} as computed at the call's current revision; {@code beregn} makes it when there is none. */
    public <T> T hent(long utlysningId, Class<T> hva, Supplier<T> beregn) {
        if (iTransaksjon()) {
            // A transaction may have changed what the value rests on without committing: its revision is raised only at
            // commit. What it sees is its own, and neither taken from nor given to the others.
            return beregn.get();
        }
        long revisjon = revisjon(utlysningId);
        Nokkel nokkel = new Nokkel(utlysningId, hva);
        Beregnet lagret = beregnet.get(nokkel);
        if (lagret != null && lagret.revisjon() >= revisjon) {
            return hva.cast(lagret.verdi());
        }
        // One computation per call and kind at a time: the others wait for it instead of all reading the whole call at
        // once, which on a large call emptied the connection pool. A value of a later revision than this request read
        // rests on data at least as new, so it is as good an answer.
        synchronized (laser.computeIfAbsent(nokkel, n -> new Object())) {
            lagret = beregnet.get(nokkel);
            if (lagret != null && lagret.revisjon() >= revisjon) {
                return hva.cast(lagret.verdi());
            }
            T verdi = beregn.get();
            beregnet.put(nokkel, new Beregnet(revisjon, verdi));
            return verdi;
        }
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
