package no.legevakttilskudd.felles.hendelse;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.legevakttilskudd.felles.Aktor;

/**
 * Writes the audit log. Always inside the caller's transaction ({@code MANDATORY}), so a state change and its
 * audit row are stored together or not at all.
 */
@ApplicationScoped
public class HendelseService {

    private static final int MAKS_SAMMENDRAG = 4000;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void registrer(Aktor aktor, String entitet, Object entitetId, String handling, String forVerdi, String etterVerdi) {
        Hendelse hendelse = new Hendelse();
        hendelse.tidspunkt = clock.instant();
        hendelse.aktor = aktor.navn();
        hendelse.rolle = aktor.rolle();
        hendelse.entitet = entitet;
        hendelse.entitetId = String.valueOf(entitetId);
        hendelse.handling = handling;
        hendelse.forVerdi = kort(forVerdi);
        hendelse.etterVerdi = kort(etterVerdi);
        hendelse.persist();
    }

    public List<Hendelse> forEntitet(String entitet, Object entitetId) {
        return Hendelse.list("entitet = ?1 and entitetId = ?2 order by tidspunkt, id", entitet, String.valueOf(entitetId));
    }

    /**
     * One thing and the things that belong to it in one time line, such as a case and its decisions, so a reader sees
     * every step (proposed, approved, sent, accepted, paid, reported) where it happened.
     */
    public List<Hendelse> forEntitetMedDeler(String entitet, Object entitetId, String delEntitet, List<?> delIder) {
        if (delIder.isEmpty()) {
            return forEntitet(entitet, entitetId);
        }
        return Hendelse.list("(entitet = ?1 and entitetId = ?2) or (entitet = ?3 and entitetId in ?4) order by tidspunkt, id", entitet,
                String.valueOf(entitetId), delEntitet, delIder.stream().map(String::valueOf).toList());
    }

    private static String kort(String tekst) {
        if (tekst == null || tekst.length() <= MAKS_SAMMENDRAG) {
            return tekst;
        }
        return tekst.substring(0, MAKS_SAMMENDRAG - 1) + "…";
    }
}
