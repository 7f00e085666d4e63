package no.legevakttilskudd.vedtak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import no.legevakttilskudd.felles.hendelse.Hendelse;

/** The kommune's history is an allow-list: an event type nobody has named for the kommune stays internal. */
class SoknadshistorikkFilterTest {

    private static Hendelse hendelse(String entitet, String handling, String aktor, String rolle) {
        Hendelse h = new Hendelse();
        h.tidspunkt = Instant.parse("2030-06-20T10:00:00Z");
        h.entitet = entitet;
        h.entitetId = "7";
        h.handling = handling;
        h.aktor = aktor;
        h.rolle = rolle;
        h.etterVerdi = "noe";
        return h;
    }

    @Test
    void enNyHendelsestypeErSkjultTilNoenHarBestemtAtKommunenSkalSeDen() {
        assertNull(Soknadshistorikk.forKommunen(hendelse("SOKNAD", "NY_INTERN_MERKNAD", "kari", "saksbehandler")));
        assertNull(Soknadshistorikk.forKommunen(hendelse("VEDTAK", "NY_INTERN_MERKNAD", "kari", "saksbehandler")));
        assertNull(Soknadshistorikk.forKommunen(hendelse("SOKNAD", "VURDERT", "kari", "saksbehandler")));
        assertNull(Soknadshistorikk.forKommunen(hendelse("VEDTAK", "FORESLATT", "kari", "saksbehandler")));
        assertNull(Soknadshistorikk.forKommunen(hendelse("VEDTAK", "GODKJENT", "ola", "godkjenner")));
        assertNull(Soknadshistorikk.forKommunen(hendelse("VEDTAK", "RETURNERT", "ola", "godkjenner")));
        assertNull(Soknadshistorikk.forKommunen(hendelse("UTLYSNING", "SENDT", "admin", "admin")));
    }

    @Test
    void direktoratetsFolkVisesSomDirektoratetOgSystemetSomSystem() {
        Soknadshistorikk.Rad sendt = Soknadshistorikk.forKommunen(hendelse("VEDTAK", "SENDT", "ola", "godkjenner,saksbehandler"));
        assertEquals("Helsedirektoratet", sendt.aktor());
        assertEquals("saksbehandler", sendt.rolle());
        Soknadshistorikk.Rad paminnelse = Soknadshistorikk.forKommunen(hendelse("VEDTAK", "PAMINNELSE_SENDT", "system", "system"));
        assertEquals("Helsedirektoratet", paminnelse.aktor());
        assertEquals("system", paminnelse.rolle());
        Soknadshistorikk.Rad egen = Soknadshistorikk.forKommunen(hendelse("VEDTAK", "AKSEPTERT", "soker-1856", "soker"));
        assertEquals("soker-1856", egen.aktor());
        assertEquals("noe", egen.etterVerdi());
    }
}
