package no.legevakttilskudd.felles;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** One clock for the whole application, so that time-dependent rules read time in one place. */
@ApplicationScoped
public class Klokke {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
