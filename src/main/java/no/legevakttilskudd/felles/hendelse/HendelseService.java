package no.legevakttilskudd.felles.hendelse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.hibernate.jpa.HibernateHints;

import no.legevakttilskudd.felles.Aktor;
import no.legevakttilskudd.felles.Side;

/**
 * Writes the audit log, always inside the caller's transaction ({@code MANDATORY}), so a state change and its audit row
 * are stored together or not at all; and reads it, for one thing's history or, filtered, for the administrator.
 */
@ApplicationScoped
public class HendelseService {

    private static final int MAKS_SAMMENDRAG = 4000;
    /** Rows the database sends per round trip while an export streams; the export never holds more than these. */
    private static final int EKSPORT_PORSJON = 500;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

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

    /** One page of the log, newest first, with the filters applied in the database and the total count. */
    public Side<Hendelse> sok(Hendelsesfilter filter, int side, int storrelse) {
        Side.valider(side, storrelse);
        Utvalg utvalg = utvalg(filter);
        Query telling = utvalg.parametre(entityManager.createNativeQuery("select count(*) from hendelse h" + utvalg.where(), Long.class));
        @SuppressWarnings("unchecked")
        List<Hendelse> elementer = rader(utvalg).setFirstResult(Side.forste(side, storrelse)).setMaxResults(storrelse).getResultList();
        return new Side<>(elementer, side, storrelse, (Long) telling.getSingleResult());
    }

    /**
     * Every row that matches, newest first, handed to {@code rad} one at a time as the database sends them: an export
     * of the whole log streams through a database cursor and never holds the table in memory.
     */
    @Transactional
    public void hver(Hendelsesfilter filter, Consumer<Hendelse> rad) {
        Query sporring = rader(utvalg(filter)).setHint(HibernateHints.HINT_FETCH_SIZE, EKSPORT_PORSJON)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        @SuppressWarnings("unchecked")
        Stream<Hendelse> strom = sporring.getResultStream();
        try (strom) {
            strom.forEach(h -> {
                rad.accept(h);
                // Rows are not needed once written; kept, the persistence context would grow with the table.
                entityManager.detach(h);
            });
        }
    }

    /** Newest first; the id orders rows written in the same microsecond, as they were written. */
    private Query rader(Utvalg utvalg) {
        return utvalg.parametre(entityManager.createNativeQuery("select h.* from hendelse h" + utvalg.where()
                + " order by h.tidspunkt desc, h.id desc", Hendelse.class));
    }

    /**
     * The filters as SQL. Native SQL because a case's decisions live in the vedtak table, which this package must not
     * know as an entity; the subquery reads only its two columns.
     */
    private static Utvalg utvalg(Hendelsesfilter filter) {
        return new Utvalg()
                .hvis("((h.entitet = 'SOKNAD' and h.entitet_id = cast(:sak as varchar)) or (h.entitet = 'VEDTAK' and h.entitet_id in "
                        + "(select cast(v.id as varchar) from vedtak v where v.soknad_id = :sak)))", "sak", filter.sak())
                .hvis("h.entitet = :entitet", "entitet", filter.entitet())
                .hvis("h.entitet_id = :entitetId", "entitetId", filter.entitetId())
                .hvis("lower(h.aktor) like :aktor escape '\\'", "aktor",
                        filter.aktor() == null ? null : likeStart(filter.aktor().toLowerCase(Locale.ROOT)))
                .hvis("h.handling = :handling", "handling", filter.handling())
                .hvis("h.tidspunkt >= :fra", "fra", filter.fraTidspunkt())
                .hvis("h.tidspunkt < :forbi", "forbi", filter.forbiTidspunkt());
    }

    /** A LIKE pattern for "starts with": the user's % and _ are plain characters, not wildcards. */
    private static String likeStart(String tekst) {
        return tekst.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The conditions that apply (a filter left out is no condition) and their values, bound as parameters. */
    private static final class Utvalg {

        private final List<String> vilkar = new ArrayList<>();
        private final Map<String, Object> verdier = new LinkedHashMap<>();

        Utvalg hvis(String betingelse, String parameter, Object verdi) {
            if (verdi != null) {
                vilkar.add(betingelse);
                verdier.put(parameter, verdi);
            }
            return this;
        }

        String where() {
            return vilkar.isEmpty() ? "" : " where " + String.join(" and ", vilkar);
        }

        Query parametre(Query sporring) {
            verdier.forEach(sporring::setParameter);
            return sporring;
        }
    }

    private static String kort(String tekst) {
        if (tekst == null || tekst.length() <= MAKS_SAMMENDRAG) {
            return tekst;
        }
        return tekst.substring(0, MAKS_SAMMENDRAG - 1) + "…";
    }
}
