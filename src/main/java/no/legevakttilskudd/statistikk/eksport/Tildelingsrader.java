package no.legevakttilskudd.statistikk.eksport;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import no.legevakttilskudd.felles.Tidsformat;

/**
 * The awards as a stream of rows straight from a database cursor, so an export of any size is written in constant
 * memory. Plain SQL over four packages' tables: the statistics read them and never change them.
 *
 * <p>JDBC rather than a Hibernate native query: Hibernate's row handling cost about 1 s per 100 000 rows on top of the
 * database's own 1.2 s (docs/performance.md), and the rows are scalars that need none of it. The connection is the
 * transaction's own (Agroal enlists it), so the read is still one transaction. The query takes the connection as an
 * argument, so the benchmark reads through exactly this code.
 */
@ApplicationScoped
public class Tildelingsrader {

    /** Rows per round trip: large enough that the network is not the limit, small enough to stay a few hundred kB. */
    private static final int PORSJON = 1000;

    /**
     * Current sent awards (the view vedtak_i_kraft): a decision replaced by a sent correction is left out, so the
     * correction alone stands for the award (a correction to a refusal removes it). Only the columns a row has: the contact person and the account
     * number are never selected. The population is the one the rules used (the call's reference year, if it has one).
     * The measure categories are each named once, in the order of the form, grouped for all applications at once: one
     * pass over the measures costs less than a subquery per row (0.5 s per 100 000 rows).
     */
    private static final String SQL = "select v.id as vedtak, v.erstatter_id as erstatter, u.id as utlysning, u.aar as aar, "
            + "u.tittel as tittel, s.referanse as referanse, s.kommunenummer as kommunenummer, k.navn as navn, k.fylkesnavn as fylke, "
            + "k.sentralitetsklasse as klasse, coalesce(kf.folketall, k.folketall) as folketall, "
            + "case when kf.folketall is null then k.folketall_aar else kf.aar end as folketall_aar, k.organisasjonsnummer as orgnr, "
            + "v.utfall as utfall, s.omsokt as omsokt, v.belop as belop, s.sendt as soknad_sendt, v.sendt as vedtak_sendt, "
            + "coalesce(kat.kategorier, '') as kategorier, s.formal as formal, "
            // Money moves on the decision in force, and before a correction on the decision it replaced.
            + "coalesce((select sum(ub.belop) from utbetaling ub where ub.vedtak_id in (v.id, v.erstatter_id)), 0) as utbetalt, "
            + "coalesce((select sum(tb.belop) from tilbakebetaling tb join tilbakebetalingskrav tk on tk.id = tb.krav_id "
            + "where tk.vedtak_id in (v.id, v.erstatter_id)), 0) as tilbakebetalt "
            + "from vedtak_i_kraft v join soknad s on s.id = v.soknad_id join utlysning u on u.id = v.utlysning_id "
            + "left join (select soknad_id, string_agg(kategori, ',' order by forst) as kategorier from "
            + "(select soknad_id, kategori, min(rekkefolge) as forst from tiltak group by soknad_id, kategori) t "
            + "group by soknad_id) kat on kat.soknad_id = s.id "
            + "left join kommune k on k.versjon_id = u.kommuneregister_versjon_id and k.kommunenummer = s.kommunenummer "
            + "left join kommune_folketall kf on kf.versjon_id = k.versjon_id and kf.kommunenummer = k.kommunenummer "
            + "and kf.aar = u.folketall_aar "
            + "where v.utfall in ('INNVILGET', 'DELVIS_INNVILGET') ";

    @Inject
    DataSource dataSource;

    /**
     * Writes the awards in one read-only transaction, opened here because a download is written after the resource
     * method has returned.
     */
    @Transactional
    public void skriv(Long utlysningId, boolean medUpubliserte, Eksportskriver skriver, OutputStream ut) throws IOException {
        try (Connection forbindelse = dataSource.getConnection();
                Stream<Tildelingsrad> rader = strom(forbindelse, utlysningId, medUpubliserte)) {
            skriver.skriv(rader, ut);
        } catch (SQLException e) {
            throw new IllegalStateException("Kunne ikke lese tildelingene: " + e.getMessage(), e);
        }
    }

    /**
     * The rows of one call, or of all calls when {@code utlysningId} is null, by year, call and kommunenummer. The
     * connection must be in a transaction (not autocommit): only then does PostgreSQL send the rows in portions. The
     * transaction is made read-only first, so an export can never write. Close the stream: it holds the cursor.
     */
    public static Stream<Tildelingsrad> strom(Connection forbindelse, Long utlysningId) throws SQLException {
        return strom(forbindelse, utlysningId, true);
    }

    /** @param medUpubliserte whether awards of calls that are not published count (staff); an evaluator sees none of them */
    public static Stream<Tildelingsrad> strom(Connection forbindelse, Long utlysningId, boolean medUpubliserte) throws SQLException {
        try (Statement skrivebeskyttet = forbindelse.createStatement()) {
            skrivebeskyttet.execute("set transaction read only");
        }
        PreparedStatement sporring = forbindelse.prepareStatement(SQL + "and (u.publisert or ?) "
                + (utlysningId == null ? "" : "and v.utlysning_id = ? ") + "order by u.aar, u.id, s.kommunenummer, v.id");
        try {
            sporring.setFetchSize(PORSJON);
            sporring.setBoolean(1, medUpubliserte);
            if (utlysningId != null) {
                sporring.setLong(2, utlysningId);
            }
            ResultSet rader = sporring.executeQuery();
            Spliterator<Tildelingsrad> neste = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                    Spliterator.ORDERED | Spliterator.NONNULL) {
                @Override
                public boolean tryAdvance(Consumer<? super Tildelingsrad> mottaker) {
                    try {
                        if (!rader.next()) {
                            return false;
                        }
                        mottaker.accept(rad(rader));
                        return true;
                    } catch (SQLException e) {
                        throw new IllegalStateException("Kunne ikke lese tildelingene: " + e.getMessage(), e);
                    }
                }
            };
            return StreamSupport.stream(neste, false).onClose(() -> lukk(sporring));
        } catch (SQLException | RuntimeException e) {
            lukk(sporring);
            throw e;
        }
    }

    private static Tildelingsrad rad(ResultSet r) throws SQLException {
        String kategorier = r.getString("kategorier");
        return new Tildelingsrad(r.getLong("vedtak"), lang(r, "erstatter"), r.getLong("utlysning"), r.getInt("aar"), r.getString("tittel"),
                r.getString("referanse"), r.getString("kommunenummer"), r.getString("navn"), r.getString("fylke"), heltall(r, "klasse"),
                heltall(r, "folketall"), heltall(r, "folketall_aar"), r.getString("orgnr"), r.getString("utfall"), r.getLong("omsokt"),
                r.getLong("belop"), dato(r, "soknad_sendt"), dato(r, "vedtak_sendt"),
                kategorier.isEmpty() ? List.of() : List.of(kategorier.split(",")), r.getString("formal"), r.getLong("utbetalt"),
                r.getLong("tilbakebetalt"));
    }

    private static Long lang(ResultSet r, String kolonne) throws SQLException {
        long verdi = r.getLong(kolonne);
        return r.wasNull() ? null : verdi;
    }

    private static Integer heltall(ResultSet r, String kolonne) throws SQLException {
        int verdi = r.getInt(kolonne);
        return r.wasNull() ? null : verdi;
    }

    /** The Norwegian date of a stored instant. */
    private static LocalDate dato(ResultSet r, String kolonne) throws SQLException {
        OffsetDateTime tidspunkt = r.getObject(kolonne, OffsetDateTime.class);
        return tidspunkt == null ? null : LocalDate.ofInstant(tidspunkt.toInstant(), Tidsformat.NORGE);
    }

    /** Closing the statement closes its result set and with it the cursor. */
    private static void lukk(Statement sporring) {
        try {
            sporring.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Kunne ikke lukke spørringen: " + e.getMessage(), e);
        }
    }
}
