package no.legevakttilskudd.soknad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.regler.TiltakKategori;

/**
 * The measures of an application are written with one INSERT each, their place included, and come back in that order:
 * no UPDATE per measure for the order or the key (docs/performance.md). PostgreSQL counts the backend's writes per
 * table in pg_stat_xact_user_tables until it reports them, which it does not do inside a transaction, so the difference
 * over the save is exact and immediate.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class TiltaksrekkefolgeTest {

    @Inject
    EntityManager entityManager;

    @Test
    @TestTransaction
    void tiltakeneSkrivesMedPlassenSinIEnInsertOgLesesIDenRekkefolgen() {
        long utlysning = Testdata.apenUtlysning();
        long[] for_ = skrevet();
        Soknad soknad = new Soknad();
        soknad.utlysningId = utlysning;
        soknad.kommunenummer = Tokens.VAROY;
        soknad.status = SoknadStatus.UTKAST;
        soknad.opprettet = Instant.parse("2026-03-02T10:00:00Z");
        soknad.endret = soknad.opprettet;
        soknad.opprettetAv = "test";
        for (TiltakKategori kategori : List.of(TiltakKategori.UTSTYR, TiltakKategori.REKRUTTERING, TiltakKategori.KOMPETANSE)) {
            Tiltak tiltak = new Tiltak();
            tiltak.kategori = kategori;
            tiltak.budsjettlinjer.add(new Budsjettlinje("Linje", 1_000));
            soknad.leggTil(tiltak);
        }
        soknad.beregnOmsokt();
        soknad.persist();
        entityManager.flush();

        long[] etter = skrevet();
        assertEquals(3, etter[0] - for_[0], "INSERT i tiltak");
        assertEquals(0, etter[1] - for_[1], "UPDATE i tiltak");

        entityManager.clear();
        Soknad lest = Soknad.findById(soknad.id);
        assertEquals(List.of(TiltakKategori.UTSTYR, TiltakKategori.REKRUTTERING, TiltakKategori.KOMPETANSE),
                lest.tiltak.stream().map(t -> t.kategori).toList());
        assertEquals(List.of(0, 1, 2), lest.tiltak.stream().map(t -> t.rekkefolge).toList());
    }

    /** Inserts and updates in tiltak counted by this backend and not yet reported; within a transaction they only grow. */
    private long[] skrevet() {
        Object[] rad = (Object[]) entityManager
                .createNativeQuery("select n_tup_ins, n_tup_upd from pg_stat_xact_user_tables where relname = 'tiltak'").getSingleResult();
        return new long[] { ((Number) rad[0]).longValue(), ((Number) rad[1]).longValue() };
    }
}
