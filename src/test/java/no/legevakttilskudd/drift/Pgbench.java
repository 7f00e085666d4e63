package no.legevakttilskudd.drift;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * pgbench doing a submission's writes without the application: the same two transactions (create, then send), the
 * same inserts and updates in the same tables, with the texts the application wrote (audit entries and the receipt
 * e-mail), on the same database. Each pgbench "transaction" is one whole submission, so its rate compares directly.
 */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final EmbeddedPostgres postgres;
    private final Path skript;

    Pgbench(EmbeddedPostgres postgres, Path mappe) {
        this.postgres = postgres;
        this.skript = mappe.resolve("innsending.pgbench").toAbsolutePath();
    }

    /**
     * A place (call, kommune) per submission, numbered, so no two clients hit the one-application-per-kommune rule;
     * and the texts of the newest submission the application made.
     */
    void forbered(List<Long> utlysninger, List<String> kommuner) throws Exception {
        try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
            sql.execute("create sequence lastbenchmark_nummer");
            sql.execute("create table lastbenchmark_plass (nummer bigint primary key, utlysning_id bigint not null, aar integer not null,"
                    + " kommunenummer varchar(4) not null)");
            try (PreparedStatement plass = db.prepareStatement("insert into lastbenchmark_plass "
                    + "select ?, id, aar, ? from utlysning where id = ?")) {
                long nummer = 1;
                for (long utlysning : utlysninger) {
                    for (String kommune : kommuner) {
                        plass.setLong(1, nummer++);
                        plass.setString(2, kommune);
                        plass.setLong(3, utlysning);
                        plass.addBatch();
                    }
                }
                plass.executeBatch();
            }
            sql.execute("create table lastbenchmark_tekst as select "
                    + "(select aktor from hendelse where entitet = 'SOKNAD' and handling = 'OPPRETTET' order by id desc limit 1) aktor, "
                    + "(select etter_verdi from hendelse where entitet = 'SOKNAD' and handling = 'OPPRETTET' order by id desc limit 1) opprettet, "
                    + "(select etter_verdi from hendelse where entitet = 'SOKNAD' and handling = 'SENDT' order by id desc limit 1) sendt, "
                    + "til epost_til, emne epost_emne, tekst epost_tekst, grunn epost_grunn "
                    + "from epost_utboks where entitet = 'SOKNAD' order by id desc limit 1");
        }
        Files.writeString(skript, """
                SELECT nextval('lastbenchmark_nummer') AS n \\gset
                SELECT p.utlysning_id AS utlysning, p.aar, p.kommunenummer AS kommune, t.aktor, t.opprettet, t.sendt, t.epost_til, t.epost_emne, t.epost_tekst, t.epost_grunn FROM lastbenchmark_plass p, lastbenchmark_tekst t WHERE p.nummer = :n \\gset
                BEGIN;
                INSERT INTO soknad (utlysning_id, kommunenummer, status, kontakt_navn, kontakt_epost, kontakt_telefon, antall_leger, vaktdeling, vaktdogn_per_lege, vaktform, formal, omsokt, opprettet, opprettet_av, endret, versjon) VALUES (:utlysning, :kommune, 'UTKAST', 'Kari Nordmann', 'kari@kommune.no', '75 68 20 00', 3, 3, 122, 'HJEMMEVAKT', 'Færre vaktdøgn per lege.', 900000, now(), :aktor, now(), 0) RETURNING id AS soknad \\gset
                INSERT INTO tiltak (soknad_id, rekkefolge, kategori, beskrivelse) VALUES (:soknad, 0, 'REKRUTTERING', 'Vikarlege i rotasjon') RETURNING id AS tiltak1 \\gset
                INSERT INTO tiltak (soknad_id, rekkefolge, kategori, beskrivelse) VALUES (:soknad, 1, 'UTSTYR', 'Akuttutstyr') RETURNING id AS tiltak2 \\gset
                INSERT INTO budsjettlinje (tiltak_id, rekkefolge, belop, tekst) VALUES (:tiltak1, 0, 700000, 'Lønn');
                INSERT INTO budsjettlinje (tiltak_id, rekkefolge, belop, tekst) VALUES (:tiltak1, 1, 150000, 'Reise og bolig');
                INSERT INTO budsjettlinje (tiltak_id, rekkefolge, belop, tekst) VALUES (:tiltak2, 0, 50000, 'Defibrillator');
                INSERT INTO soknad_legevakt_kommune (soknad_id, rekkefolge, kommunenummer) VALUES (:soknad, 0, :kommune);
                INSERT INTO hendelse (tidspunkt, aktor, rolle, entitet, entitet_id, handling, for_verdi, etter_verdi) VALUES (now(), :aktor, 'soker', 'SOKNAD', :soknad, 'OPPRETTET', NULL, :opprettet);
                COMMIT;
                BEGIN;
                INSERT INTO referanseteller (aar, siste) VALUES (:aar, 1) ON CONFLICT (aar) DO UPDATE SET siste = referanseteller.siste + 1 RETURNING siste \\gset
                UPDATE soknad SET status = 'SENDT', referanse = 'LV-' || :aar || '-' || lpad(:siste, 4, '0'), sendt = now(), endret = now(), versjon = versjon + 1 WHERE id = :soknad;
                INSERT INTO hendelse (tidspunkt, aktor, rolle, entitet, entitet_id, handling, for_verdi, etter_verdi) VALUES (now(), :aktor, 'soker', 'SOKNAD', :soknad, 'SENDT', 'UTKAST', :sendt);
                INSERT INTO epost_utboks (til, emne, tekst, grunn, entitet, entitet_id, opprettet, status, antall_forsok, neste_forsok) VALUES (:epost_til, :epost_emne, :epost_tekst, :epost_grunn, 'SOKNAD', :soknad, now(), 'VENTER', 0, now());
                COMMIT;
                """, StandardCharsets.UTF_8);
    }

    /** {@code transaksjoner} submissions by {@code klienter} connections (prepared statements, as JDBC); the rate per second. */
    double kjor(int klienter, int transaksjoner) throws Exception {
        if (transaksjoner % klienter != 0) {
            throw new IllegalArgumentException(transaksjoner + " går ikke opp i " + klienter + " klienter");
        }
        Process pgbench = new ProcessBuilder("pgbench", "-n", "-M", "prepared", "-c", String.valueOf(klienter), "-j", "2",
                "-t", String.valueOf(transaksjoner / klienter), "-f", skript.toString(), "-h", "localhost",
                "-p", String.valueOf(postgres.getPort()), "-U", "postgres", "postgres").redirectErrorStream(true).start();
        String ut = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher tps = TPS.matcher(ut);
        if (pgbench.waitFor() != 0 || !tps.find()) {
            throw new IllegalStateException("pgbench feilet:\n" + ut);
        }
        return Double.parseDouble(tps.group(1));
    }
}
