package no.legevakttilskudd.vedtak.paminnelse;

import java.time.Instant;
import java.time.LocalDate;

/** An award that waits on the kommune: its conditions not yet accepted, or its report not yet sent. */
public record Paminnelse(long vedtakId, long soknadId, String referanse, String kommunenummer, long belop, Instant sendt,
        long dagerSiden, LocalDate rapportfrist) {
}
