package no.legevakttilskudd.sikkerhet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.legevakttilskudd.Skjemaeier;

/**
 * Guard: every table and view in the schema gives the application's role exactly the rights it should have. A new
 * table gets the ordinary ones from the migration owner's default privileges; one the law needs kept (append-only)
 * must be listed here and revoke the rest in its migration (docs/operations.md, «Databaseroller»). So a table without
 * grants, an append-only table that can be changed, or a view that can be written through, fails here.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class DatabaserettigheterTest {

    private static final Set<String> VANLIG = Set.of("SELECT", "INSERT", "UPDATE", "DELETE");
    private static final Set<String> BARE_TILLEGG = Set.of("SELECT", "INSERT");

    /** The tables that differ from {@link #VANLIG}, and why. */
    private static final Map<String, Set<String>> SARSKILT = Map.ofEntries(
            // SPEC §3: the audit log is append-only.
            Map.entry("hendelse", BARE_TILLEGG),
            // A letter is kept exactly as it was sent.
            Map.entry("vedtaksbrev", BARE_TILLEGG),
            // The frame's history: who changed it, when and why.
            Map.entry("rammeendring", BARE_TILLEGG),
            // Payments are accounting records.
            Map.entry("utbetaling", BARE_TILLEGG),
            // Proposed → approved → sent needs UPDATE (the trigger refuses it once sent); a decision is never deleted.
            Map.entry("vedtak", Set.of("SELECT", "INSERT", "UPDATE")),
            // A declaration of disqualification is a document in the case: withdrawn (UPDATE), never deleted.
            Map.entry("habilitetserklaring", Set.of("SELECT", "INSERT", "UPDATE")),
            // A question to the kommune and its answer are documents in the case; the answer's PDFs are kept as sent.
            Map.entry("tilleggsopplysning", Set.of("SELECT", "INSERT", "UPDATE")),
            Map.entry("tilleggsopplysning_vedlegg", BARE_TILLEGG),
            // A change request is decided (UPDATE), never deleted; its amounts and its letter are kept as they were.
            Map.entry("endringssoknad", Set.of("SELECT", "INSERT", "UPDATE")),
            Map.entry("endringssoknad_linje", BARE_TILLEGG),
            Map.entry("endringsbrev", BARE_TILLEGG),
            // A repayment claim is a decision as sent; what is paid on it is accounting; its letter is kept as sent.
            Map.entry("tilbakebetalingskrav", BARE_TILLEGG),
            Map.entry("tilbakebetaling", BARE_TILLEGG),
            Map.entry("tilbakebetalingsbrev", BARE_TILLEGG),
            // A payment batch moves from made to approved to sent (UPDATE), never deleted; its lines are the creditors as
            // they stood when it was made.
            Map.entry("utbetalingsbunt", Set.of("SELECT", "INSERT", "UPDATE")),
            Map.entry("utbetalingsbunt_linje", BARE_TILLEGG),
            // The retention runs are the record of what was deleted, and when.
            Map.entry("sletting", BARE_TILLEGG),
            // Flyway's own bookkeeping belongs to the migration owner alone.
            Map.entry("flyway_schema_history", Set.of()));

    private static final List<String> RETTIGHETER = List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER");

    @Inject
    DataSource dataSource;

    @Test
    void hverTabellOgVisningGirApplikasjonsrollenAkkuratDetDenSkalHa() throws SQLException {
        String eier = Skjemaeier.navn();
        Map<String, Set<String>> forventet = new TreeMap<>();
        Map<String, Set<String>> faktisk = new TreeMap<>();
        List<String> feilEier = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (Tabell tabell : tabeller(c, DatabaserolleTest.app())) {
                // A view is read only: written through, it would act with its owner's rights on the table beneath.
                forventet.put(tabell.navn(), SARSKILT.getOrDefault(tabell.navn(), tabell.visning() ? Set.of("SELECT") : VANLIG));
                faktisk.put(tabell.navn(), tabell.rettigheter());
                if (!eier.equals(tabell.eier())) {
                    feilEier.add(tabell.navn() + " eies av " + tabell.eier());
                }
            }
        }
        assertTrue(faktisk.keySet().containsAll(SARSKILT.keySet()), "tabeller i listen finnes ikke: " + SARSKILT.keySet());
        assertTrue(faktisk.size() > 20, "for få tabeller: " + faktisk.keySet());
        assertEquals(forventet, faktisk, "applikasjonsrollens rettigheter per tabell");
        assertEquals(List.of(), feilEier, "alt i skjemaet skal eies av migreringseieren " + eier);
    }

    /** As a later migration would: the owner makes tables, in a transaction that is rolled back. */
    @Test
    void enNyTabellFarDeVanligeRettigheteneAvSegSelvOgEnUtenRettigheterSkillerSegUt() throws SQLException {
        try (Connection eier = Skjemaeier.tilkobling()) {
            eier.setAutoCommit(false);
            try (Statement s = eier.createStatement()) {
                s.execute("create table vaktprove_ny (id bigint generated always as identity)");
                s.execute("create table vaktprove_uten (id bigint)");
                s.execute("revoke all on vaktprove_uten from \"" + DatabaserolleTest.app() + "\"");
                Map<String, Set<String>> rettigheter = new TreeMap<>();
                for (Tabell tabell : tabeller(eier, DatabaserolleTest.app())) {
                    rettigheter.put(tabell.navn(), tabell.rettigheter());
                }
                assertEquals(VANLIG, rettigheter.get("vaktprove_ny"), "standardrettighetene gjelder ikke en ny tabell");
                assertEquals(Set.of(), rettigheter.get("vaktprove_uten"));
            } finally {
                eier.rollback();
            }
        }
    }

    /** A table or view in the schema: its owner and what {@code rolle} may do with it. */
    private record Tabell(String navn, boolean visning, String eier, Set<String> rettigheter) {
    }

    private static List<Tabell> tabeller(Connection c, String rolle) throws SQLException {
        List<Tabell> tabeller = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select c.relname, c.relkind in ('v', 'm'), pg_get_userbyid(c.relowner) from pg_class c"
                        + " where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'f') order by 1");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                tabeller.add(new Tabell(rs.getString(1), rs.getBoolean(2), rs.getString(3), rettigheter(c, rolle, rs.getString(1))));
            }
        }
        return tabeller;
    }

    @Test
    void sekvenseneKanBrukesMenIkkeSettes() throws SQLException {
        String app = DatabaserolleTest.app();
        List<String> feil = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select sequencename, has_sequence_privilege(?, quote_ident(sequencename), 'USAGE'),"
                        + " has_sequence_privilege(?, quote_ident(sequencename), 'UPDATE') from pg_sequences where schemaname = 'public'")) {
            s.setString(1, app);
            s.setString(2, app);
            try (ResultSet rs = s.executeQuery()) {
                int antall = 0;
                while (rs.next()) {
                    antall++;
                    if (!rs.getBoolean(2) || rs.getBoolean(3)) {
                        feil.add(rs.getString(1));
                    }
                }
                assertTrue(antall > 5, "for få sekvenser");
            }
        }
        assertEquals(List.of(), feil, "sekvenser applikasjonen ikke kan bruke, eller kan sette (setval)");
    }

    private static Set<String> rettigheter(Connection c, String rolle, String tabell) throws SQLException {
        Set<String> har = new TreeSet<>();
        try (PreparedStatement s = c.prepareStatement("select has_table_privilege(?, quote_ident(?), ?)")) {
            for (String rettighet : RETTIGHETER) {
                s.setString(1, rolle);
                s.setString(2, tabell);
                s.setString(3, rettighet);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        har.add(rettighet);
                    }
                }
            }
        }
        return new TreeSet<>(har);
    }
}
