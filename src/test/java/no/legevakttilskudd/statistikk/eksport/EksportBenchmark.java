package no.legevakttilskudd.statistikk.eksport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.legevakttilskudd.Migrering;

/**
 * Benchmark, not a test: 100 000 sent awards in a real (embedded) PostgreSQL with the application's Flyway schema,
 * exported in every format through the same row stream ({@link Tildelingsrader#strom}) and writers the endpoints use,
 * into an output stream that only counts. Reports the time and how much the live heap grows. Run with
 * {@code ./mvnw -q -Pbenchmark test-compile exec:exec -Dbenchmark=eksport}; the figures go in docs/performance.md.
 */
public final class EksportBenchmark {

    private static final int TILDELINGER = 100_000;
    /** Awards that were corrected: the original stays in the table and must be left out by the query. */
    private static final int RETTELSER = 1_000;
    private static final int RUNDER = 3;
    private static final int MALEPUNKT = 25_000;
    private static final MemoryMXBean MINNE = ManagementFactory.getMemoryMXBean();

    private EksportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            Migrering.somEier(postgres.getPort());
            long start = System.nanoTime();
            fyll(url);
            System.out.printf("%d tildelinger (og %d erstattede vedtak) lagt inn på %.1f s%n%n", TILDELINGER, RETTELSER,
                    (System.nanoTime() - start) / 1e9);
            Giving360.Utgiver utgiver = new Giving360.Utgiver("legevakttilskudd", "NO-BRC-983544622", "Helsedirektoratet");
            try (Connection forbindelse = DriverManager.getConnection(url, "postgres", "postgres")) {
                forbindelse.setAutoCommit(false);
                System.out.printf("%-18s %8s %10s %10s %10s %10s %14s %14s%n", "format", "rader", "MB", "median s", "min s", "rader/s",
                        "heap topp MB", "heap etter MB");
                maal(forbindelse, "bare lesing", (rader, ut) -> rader.forEach(r -> { }));
                for (Eksportformat format : Eksportformat.values()) {
                    maal(forbindelse, format.filnavn(null), format.skriver(utgiver));
                }
            }
        }
    }

    /**
     * A warm-up, {@link #RUNDER} timed runs, and one run that measures the live heap (used heap right after a full GC):
     * before it, every {@link #MALEPUNKT} rows while it reads, at every 4 MB written, and after it. «Topp» is the largest
     * of those minus the first, what the export holds while it runs, not garbage waiting for the collector; «etter» is
     * what is left when it is done.
     */
    private static void maal(Connection forbindelse, String navn, Eksportskriver skriver) throws IOException, SQLException {
        kjor(forbindelse, skriver, new Teller(null), UnaryOperator.identity());
        long[] tider = new long[RUNDER];
        Teller teller = null;
        for (int i = 0; i < RUNDER; i++) {
            teller = new Teller(null);
            long start = System.nanoTime();
            long rader = kjor(forbindelse, skriver, teller, UnaryOperator.identity());
            tider[i] = System.nanoTime() - start;
            if (rader != TILDELINGER) {
                throw new IllegalStateException(navn + ": " + rader + " rader, ventet " + TILDELINGER);
            }
        }
        Arrays.sort(tider);
        long for_ = levendeHeap();
        AtomicLong hoyest = new AtomicLong(for_);
        Runnable mal = () -> hoyest.accumulateAndGet(levendeHeap(), Math::max);
        AtomicLong lest = new AtomicLong();
        kjor(forbindelse, skriver, new Teller(mal), rader -> rader.peek(r -> {
            if (lest.incrementAndGet() % MALEPUNKT == 0) {
                mal.run();
            }
        }));
        long etter = levendeHeap();
        double median = tider[RUNDER / 2] / 1e9;
        System.out.printf("%-18s %8d %10.1f %10.2f %10.2f %10.0f %14.1f %14.1f%n", navn, TILDELINGER, teller.antall / 1e6, median,
                tider[0] / 1e9, TILDELINGER / median, (Math.max(hoyest.get(), etter) - for_) / 1e6, (etter - for_) / 1e6);
    }

    /** One export, in one read-only transaction, as {@link Tildelingsrader#skriv} runs it in the application. */
    private static long kjor(Connection forbindelse, Eksportskriver skriver, OutputStream ut, UnaryOperator<Stream<Tildelingsrad>> underveis)
            throws IOException, SQLException {
        AtomicLong antall = new AtomicLong();
        try (Stream<Tildelingsrad> rader = Tildelingsrader.strom(forbindelse, null)) {
            skriver.skriv(underveis.apply(rader.peek(r -> antall.incrementAndGet())), ut);
        }
        forbindelse.commit();
        return antall.get();
    }

    private static long levendeHeap() {
        System.gc();
        return MINNE.getHeapMemoryUsage().getUsed();
    }

    /**
     * The real registry, 281 published calls (a kommune has one live application per call) and 100 000 sent awards with
     * contact persons and two measures each, in bulk SQL; 1 000 of them replace an earlier sent decision.
     */
    private static void fyll(String url) throws IOException, SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            long versjon;
            try (ResultSet rs = s.executeQuery("insert into kommuneregister_versjon (kilde, lastet_inn, lastet_inn_av, antall_kommuner, "
                    + "aktiv) values ('benchmark', now(), 'benchmark', 357, true) returning id")) {
                rs.next();
                versjon = rs.getLong(1);
            }
            try (PreparedStatement kommune = c.prepareStatement("insert into kommune (versjon_id, kommunenummer, navn, fylkesnummer, "
                    + "fylkesnavn, sentralitetsklasse, sentralitetsindeks, folketall, folketall_aar) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    BufferedReader csv = new BufferedReader(new InputStreamReader(
                            EksportBenchmark.class.getResourceAsStream("/kommuneregister/kommuner.csv"), StandardCharsets.UTF_8))) {
                csv.readLine();
                for (String linje = csv.readLine(); linje != null; linje = csv.readLine()) {
                    String[] f = linje.split(",");
                    kommune.setLong(1, versjon);
                    for (int i = 0; i < 8; i++) {
                        if (i >= 4) {
                            kommune.setInt(i + 2, Integer.parseInt(f[i]));
                        } else {
                            kommune.setString(i + 2, f[i]);
                        }
                    }
                    kommune.addBatch();
                }
                kommune.executeBatch();
            }
            s.execute("insert into utlysning (aar, tittel, apner, soknadsfrist, rapportfrist, ramme, sentralitetsklasser, folketallsgrense, "
                    + "tak, minstebelop, marginal, klageadgang, publisert, kommuneregister_versjon_id, opprettet, opprettet_av) "
                    + "select 2000 + g, 'Tilskudd til styrking av legevakttjenesten i distriktskommuner ' || (2000 + g), "
                    + "'2022-03-01', '2022-05-18 21:59Z', '2023-04-01', 10000000000, '5,6', 5000, 1500000, 0, 'PARTIAL', true, true, "
                    + versjon + ", now(), 'benchmark' from generate_series(1, 281) g");
            s.execute("insert into soknad (utlysning_id, kommunenummer, status, referanse, kontakt_navn, kontakt_epost, kontakt_telefon, "
                    + "formal, omsokt, opprettet, opprettet_av, endret, sendt) "
                    + "select u.id, k.kommunenummer, 'INNVILGET', 'LV-' || u.id || '-' || k.kommunenummer, 'Kari Nordmann', "
                    + "'kari@kommune.no', '75000000', 'Færre vaktdøgn per lege; flere i turnusen.', 900000 + (u.id * 7919 + k.sentralitetsindeks) % 600000, "
                    + "now(), 'benchmark', now(), now() - interval '30 days' "
                    + "from utlysning u cross join kommune k order by u.id, k.kommunenummer limit " + TILDELINGER);
            s.execute("insert into tiltak (soknad_id, rekkefolge, kategori, beskrivelse) select id, 0, 'REKRUTTERING', 'Vikarlege' from soknad "
                    + "union all select id, 1, case when id % 2 = 0 then 'UTSTYR' else 'KOMPETANSE' end, 'Utstyr og kurs' from soknad");
            s.execute("insert into vedtak (soknad_id, utlysning_id, utfall, belop, begrunnelse, status, foreslatt, foreslatt_av, behandlet, "
                    + "behandlet_av, sendt, versjon, grunnlag) select id, utlysning_id, 'INNVILGET', least(omsokt, 1500000), 'Kvalifisert.', "
                    + "'SENDT', now(), 'saksbehandler', now(), 'godkjenner', now() - interval '1 day', 0, '{\"format\": 1}' from soknad");
            s.execute("insert into vedtak (soknad_id, utlysning_id, utfall, belop, begrunnelse, status, foreslatt, foreslatt_av, behandlet, "
                    + "behandlet_av, sendt, erstatter_id, versjon, grunnlag) select soknad_id, utlysning_id, 'DELVIS_INNVILGET', belop - 100000, "
                    + "'Rettet.', 'SENDT', now(), 'saksbehandler', now(), 'godkjenner', now(), id, 0, grunnlag from vedtak order by id limit " + RETTELSER);
            s.execute("analyze");
        }
    }

    /** Counts the bytes and throws them away; calls {@code ved} at every 4 MB, for the heap measurements. */
    private static final class Teller extends OutputStream {

        private static final long HVERT = 4_000_000;
        private final Runnable ved;
        long antall;

        Teller(Runnable ved) {
            this.ved = ved;
        }

        @Override
        public void write(int b) {
            telle(1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            telle(len);
        }

        private void telle(long n) {
            long for_ = antall;
            antall += n;
            if (ved != null && for_ / HVERT != antall / HVERT) {
                ved.run();
            }
        }
    }
}
