package no.legevakttilskudd.felles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Dates and times as people type them in the forms, and as the forms show them back. */
class TidsformatTest {

    @Test
    void datoPaNorskOgIso() {
        assertEquals(Optional.of(LocalDate.of(2026, 3, 15)), Tidsformat.lesDato("15.03.2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 15)), Tidsformat.lesDato(" 15.3.2026 "));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 15)), Tidsformat.lesDato("2026-03-15"));
        for (String feil : new String[] {"", null, "03/15/2026", "30.02.2026", "2026-02-30", "15.03.26", "15.03.20260", "i morgen"}) {
            assertTrue(Tidsformat.lesDato(feil).isEmpty(), feil);
        }
    }

    @Test
    void tidspunktPaNorskOgIso() {
        LocalDateTime frist = LocalDateTime.of(2022, 5, 18, 23, 59);
        for (String tekst : new String[] {"18.05.2022 23:59", "18.5.2022 kl. 23.59", "18.05.2022 kl 23:59", "2022-05-18T23:59",
                "2022-05-18 23:59"}) {
            assertEquals(Optional.of(frist), Tidsformat.lesTidspunkt(tekst), tekst);
        }
        for (String feil : new String[] {"18.05.2022", "18.05.2022 24:00", "18.05.2022 23:60", "05/18/2022 11:59 PM", ""}) {
            assertTrue(Tidsformat.lesTidspunkt(feil).isEmpty(), feil);
        }
    }

    @Test
    void skjemaetViserDetSomKanLesesTilbake() {
        Instant frist = Instant.parse("2022-05-18T21:59:00Z");
        assertEquals("18.05.2022 23:59", Tidsformat.skjematidspunkt(frist));
        assertEquals(Optional.of(LocalDateTime.of(2022, 5, 18, 23, 59)), Tidsformat.lesTidspunkt(Tidsformat.skjematidspunkt(frist)));
        assertEquals("01.04.2023", Tidsformat.skjemadato(LocalDate.of(2023, 4, 1)));
    }
}
