package no.legevakttilskudd.drift;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Calls with many applications, for measuring how the work list and the case page grow with a round's size (issue 18):
 * a real round has a few hundred, so 1 000 and 10 000 need kommuner that do not exist. They are written straight into
 * the database, as the benchmark's own set-up and never as the application's data: a registry version with every
 * four-digit number (the real kommuner as they are, the rest as "Prøvekommune"), which the given calls are moved to,
 * and sent applications copied from one the application itself made, so every column holds what a real one holds.
 */
final class StoreRunder {

    private final EmbeddedPostgres postgres;
    private Long versjon;

    StoreRunder(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Fills {@code utlysning} with sent applications until it has {@code antall}, copied from {@code mal} (a sent
     * application of the application's own making in that call), one per kommune of the large registry.
     */
    void fyll(long utlysning, long mal, int antall) throws SQLException {
        try (Connection db = postgres.getPostgresDatabase().getConnection()) {
            db.setAutoCommit(false);
            long register = register(db);
            try (PreparedStatement flytt = db.prepareStatement("update utlysning set kommuneregister_versjon_id = ? where id = ?")) {
                flytt.setLong(1, register);
                flytt.setLong(2, utlysning);
                flytt.executeUpdate();
            }
            try (PreparedStatement kopier = db.prepareStatement("""
                    with nye as (
                        insert into soknad (utlysning_id, kommunenummer, status, referanse, kontakt_navn, kontakt_epost, kontakt_telefon,
                                            antall_leger, vaktdeling, vaktdogn_per_lege, vaktform, formal, omsokt, opprettet, opprettet_av,
                                            endret, sendt)
                        select m.utlysning_id, k.kommunenummer, 'SENDT', 'LVB-' || m.utlysning_id || '-' || k.kommunenummer,
                               m.kontakt_navn, m.kontakt_epost, m.kontakt_telefon, m.antall_leger, m.vaktdeling, m.vaktdogn_per_lege,
                               m.vaktform, m.formal, 100000 + (k.kommunenummer::int * 7919) % 1400000, m.opprettet, m.opprettet_av,
                               m.endret, m.sendt + make_interval(secs => k.kommunenummer::int)
                        from soknad m, kommune k
                        where m.id = ? and k.versjon_id = ?
                          and not exists (select 1 from soknad s where s.utlysning_id = m.utlysning_id
                                          and s.kommunenummer = k.kommunenummer and s.status <> 'TRUKKET')
                        order by k.kommunenummer
                        limit ?
                        returning id, kommunenummer)
                    insert into soknad_legevakt_kommune (soknad_id, rekkefolge, kommunenummer) select id, 0, kommunenummer from nye
                    """)) {
                kopier.setLong(1, mal);
                kopier.setLong(2, register);
                kopier.setInt(3, antall - antall(db, utlysning));
                kopier.executeUpdate();
            }
            db.commit();
            if (antall(db, utlysning) != antall) {
                throw new IllegalStateException("Utlysning " + utlysning + " fikk ikke " + antall + " søknader");
            }
        }
    }

    /** The large registry version, made once: the active one's kommuner, and a made-up kommune for every other number. */
    private long register(Connection db) throws SQLException {
        if (versjon != null) {
            return versjon;
        }
        try (Statement sql = db.createStatement()) {
            try (ResultSet rs = sql.executeQuery("insert into kommuneregister_versjon (kilde, lastet_inn, lastet_inn_av, antall_kommuner, aktiv)"
                    + " values ('Lastbenchmarkens store register', now(), 'lastbenchmark', 10000, false) returning id")) {
                rs.next();
                versjon = rs.getLong(1);
            }
            sql.executeUpdate("insert into kommune (versjon_id, kommunenummer, navn, fylkesnummer, fylkesnavn, sentralitetsklasse,"
                    + " sentralitetsindeks, folketall, folketall_aar, organisasjonsnummer)"
                    + " select " + versjon + ", kommunenummer, navn, fylkesnummer, fylkesnavn, sentralitetsklasse, sentralitetsindeks,"
                    + " folketall, folketall_aar, organisasjonsnummer from kommune"
                    + " where versjon_id = (select id from kommuneregister_versjon where aktiv)");
            // Spread over classes and sizes like the real ones, so the rules' groups and order have work to do.
            sql.executeUpdate("insert into kommune (versjon_id, kommunenummer, navn, fylkesnummer, fylkesnavn, sentralitetsklasse,"
                    + " sentralitetsindeks, folketall, folketall_aar)"
                    + " select " + versjon + ", lpad(n::text, 4, '0'), 'Prøvekommune ' || lpad(n::text, 4, '0'), lpad((n / 100)::text, 2, '0'),"
                    + " 'Prøvefylke ' || lpad((n / 100)::text, 2, '0'), 1 + n % 6, (n * 37) % 1001, 300 + (n * 131) % 9000, 2024"
                    + " from generate_series(0, 9999) n"
                    + " where lpad(n::text, 4, '0') not in (select kommunenummer from kommune where versjon_id = " + versjon + ")");
        }
        return versjon;
    }

    private static int antall(Connection db, long utlysning) throws SQLException {
        try (PreparedStatement sql = db.prepareStatement("select count(*) from soknad where utlysning_id = ? and status <> 'UTKAST'")) {
            sql.setLong(1, utlysning);
            try (ResultSet rs = sql.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
