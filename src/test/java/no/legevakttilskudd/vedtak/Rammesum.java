package no.legevakttilskudd.vedtak;

import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * What a call's approved and sent decisions add up to, read with plain SQL so the frame tests do not trust the service
 * they test. A corrected decision counts once, by its correction.
 */
final class Rammesum {

    private Rammesum() {
    }

    static long godkjentOgSendt(DataSource dataSource, long utlysning) throws SQLException {
        try (var tilkobling = dataSource.getConnection(); var setning = tilkobling.createStatement();
                var rs = setning.executeQuery("select coalesce(sum(belop), 0) from vedtak v where utlysning_id = " + utlysning
                        + " and status in ('GODKJENT', 'SENDT') and not exists (select 1 from vedtak n where n.erstatter_id = v.id"
                        + " and n.status in ('GODKJENT', 'SENDT'))")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
