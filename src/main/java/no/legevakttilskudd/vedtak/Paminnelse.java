package no.legevakttilskudd.vedtak;

import java.time.Instant;

/** An award that waits on the kommune: sent, but its conditions not yet accepted. */
public record Paminnelse(long vedtakId, long soknadId, String referanse, String kommunenummer, long belop, Instant sendt,
        long dagerSiden) {
}
