package no.legevakttilskudd.drift;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** What a load writes, table by table, from PostgreSQL's own statistics: so "the same inserts" is checked, not assumed. */
final class Skrivestatistikk {

    private Skrivestatistikk() {
    }

    /** Inserts and updates per table per unit of {@code last}. */
    static Map<String, Long> per(EmbeddedPostgres postgres, Lastbenchmark.Maling<?> last, int enheter) throws Exception {
        // A busy backend flushes its statistics at most once a second, an idle one within 10 s (PostgreSQL's
        // PGSTAT_IDLE_INTERVAL): wait that long for the earlier load's, then for this one's.
        Thread.sleep(11_000);
        Map<String, Long> for_ = tellere(postgres);
        last.kjor();
        Thread.sleep(11_000);
        Map<String, Long> etter = tellere(postgres);
        Map<String, Long> per = new TreeMap<>();
        for (Map.Entry<String, Long> e : etter.entrySet()) {
            long endring = Math.round((double) (e.getValue() - for_.getOrDefault(e.getKey(), 0L)) / enheter);
            // The outbox sender marks each e-mail sent in the background, for both; not part of the submission.
            if (endring != 0 && !e.getKey().equals("epost_utboks update")) {
                per.put(e.getKey(), endring);
            }
        }
        return per;
    }

    private static Map<String, Long> tellere(EmbeddedPostgres postgres) throws SQLException {
        Map<String, Long> tellere = new TreeMap<>();
        try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("select relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables")) {
            while (rs.next()) {
                tellere.put(rs.getString(1) + " insert", rs.getLong(2));
                tellere.put(rs.getString(1) + " update", rs.getLong(3));
                tellere.put(rs.getString(1) + " delete", rs.getLong(4));
            }
        }
        return tellere;
    }
}
