package no.legevakttilskudd.felles;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** One clock for the whole application, so that time-dependent rules read time in one place. */
@ApplicationScoped
public class Klokke {

    @Produces
    @ApplicationScoped
    Clock clock() {
        // Microseconds, as PostgreSQL stores them: a receipt read back from the database equals the one first returned.
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
