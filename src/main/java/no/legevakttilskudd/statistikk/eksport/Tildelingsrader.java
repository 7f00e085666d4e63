package no.legevakttilskudd.statistikk.eksport;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.hibernate.jpa.HibernateHints;

import no.legevakttilskudd.felles.Tidsformat;

/**
 * The awards as a stream of rows straight from a database cursor, so an export of any size is written in constant
 * memory. Plain SQL over four packages' tables: the statistics read them and never change them. The query takes the
 * {@link EntityManager} as an argument, so the benchmark reads through exactly this code outside the application.
 */
@ApplicationScoped
public class Tildelingsrader {

    /** Rows per round trip: large enough that the network is not the limit, small enough to stay a few hundred kB. */
    static final int PORSJON = 1000;

    /**
     * Current sent awards: a decision replaced by a sent correction is left out, so the correction alone stands for the
     * award (a correction to a refusal removes it). Only the columns a row has: the contact person and the account
     * number are never selected. The population is the one the rules used (the call's reference year, if it has one).
     */
    private static final String SQL = "select v.id, v.erstatter_id, u.id, u.aar, u.tittel, s.referanse, s.kommunenummer, k.navn, "
            + "k.fylkesnavn, k.sentralitetsklasse, coalesce(kf.folketall, k.folketall), "
            + "case when kf.folketall is null then k.folketall_aar else kf.aar end, k.organisasjonsnummer, v.utfall, s.omsokt, "
            + "v.belop, s.sendt, v.sendt, "
            + "(select string_agg(t.kategori, ',' order by t.forst) from "
            + "(select kategori, min(rekkefolge) as forst from tiltak where soknad_id = s.id group by kategori) t), s.formal "
            + "from vedtak v join soknad s on s.id = v.soknad_id join utlysning u on u.id = v.utlysning_id "
            + "left join kommune k on k.versjon_id = u.kommuneregister_versjon_id and k.kommunenummer = s.kommunenummer "
            + "left join kommune_folketall kf on kf.versjon_id = k.versjon_id and kf.kommunenummer = k.kommunenummer "
            + "and kf.aar = u.folketall_aar "
            + "where v.status = 'SENDT' and v.utfall in ('INNVILGET', 'DELVIS_INNVILGET') "
            + "and not exists (select 1 from vedtak n where n.erstatter_id = v.id and n.status = 'SENDT') ";

    @Inject
    EntityManager entityManager;

    /**
     * Writes the awards in one read-only transaction, opened here because a download is written after the resource
     * method has returned. Read-only rows of scalars: nothing enters the persistence context, so memory stays flat.
     */
    @Transactional
    public void skriv(Long utlysningId, Eksportskriver skriver, OutputStream ut) throws IOException {
        try (Stream<Tildelingsrad> rader = strom(entityManager, utlysningId)) {
            skriver.skriv(rader, ut);
        }
    }

    /**
     * The rows of one call, or of all calls when {@code utlysningId} is null, by year, call and kommunenummer. Call it
     * inside a transaction and close the stream: PostgreSQL only fetches in portions within a transaction, and the open
     * cursor holds a connection. The transaction is made read-only first, so the export can never write.
     */
    @SuppressWarnings("unchecked")
    public static Stream<Tildelingsrad> strom(EntityManager em, Long utlysningId) {
        em.createNativeQuery("set transaction read only").executeUpdate();
        Query sporring = em.createNativeQuery(SQL + (utlysningId == null ? "" : "and v.utlysning_id = :utlysning ")
                + "order by u.aar, u.id, s.kommunenummer, v.id")
                .setHint(HibernateHints.HINT_FETCH_SIZE, PORSJON)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        if (utlysningId != null) {
            sporring.setParameter("utlysning", utlysningId);
        }
        return ((Stream<Object[]>) sporring.getResultStream()).map(Tildelingsrader::rad);
    }

    private static Tildelingsrad rad(Object[] r) {
        String kategorier = (String) r[18];
        return new Tildelingsrad(lang(r[0]), r[1] == null ? null : lang(r[1]), lang(r[2]), heltall(r[3]), (String) r[4], (String) r[5],
                (String) r[6], (String) r[7], (String) r[8], heltall(r[9]), heltall(r[10]), heltall(r[11]), (String) r[12],
                (String) r[13], lang(r[14]), lang(r[15]), dato(r[16]), dato(r[17]),
                kategorier == null ? List.of() : List.of(kategorier.split(",")), (String) r[19]);
    }

    private static long lang(Object verdi) {
        return ((Number) verdi).longValue();
    }

    private static Integer heltall(Object verdi) {
        return verdi == null ? null : ((Number) verdi).intValue();
    }

    /** The Norwegian date of a stored instant, whichever Java type the driver gives for timestamptz. */
    private static LocalDate dato(Object verdi) {
        Instant tidspunkt;
        if (verdi == null) {
            return null;
        } else if (verdi instanceof Instant i) {
            tidspunkt = i;
        } else if (verdi instanceof OffsetDateTime o) {
            tidspunkt = o.toInstant();
        } else if (verdi instanceof Timestamp t) {
            tidspunkt = t.toInstant();
        } else {
            throw new IllegalStateException("Uventet type for et tidspunkt: " + verdi.getClass());
        }
        return LocalDate.ofInstant(tidspunkt, Tidsformat.NORGE);
    }
}
