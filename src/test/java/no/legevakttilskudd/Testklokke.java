package no.legevakttilskudd;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.Unremovable;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/**
 * The application's clock in the {@code @QuarkusTest} suite: the real time, moved forward when a test needs to be later
 * (past a call's deadline). It lives in the test sources, so the packaged application never has it; it replaces
 * {@code felles/Klokke}'s clock as a CDI alternative, and is set back to the real time before every test
 * ({@link Tilbakestilling}, registered in META-INF/services).
 */
@ApplicationScoped
@Unremovable
public class Testklokke {

    private final AtomicReference<Duration> forskyvning = new AtomicReference<>(Duration.ZERO);

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    Clock clock() {
        return new Flyttbar(ZoneOffset.UTC);
    }

    /** Moves the application's time to {@code tid}, if it is not already later. */
    public void flyttTil(Instant tid) {
        Duration fram = Duration.between(Instant.now(), tid);
        forskyvning.accumulateAndGet(fram, (naa, ny) -> ny.compareTo(naa) > 0 ? ny : naa);
    }

    /** The application's time now, for a test that hands the application a time (a scheduled job's "now"). */
    public Instant naa() {
        return Instant.now().plus(forskyvning.get()).truncatedTo(ChronoUnit.MICROS);
    }

    public void tilbakestill() {
        forskyvning.set(Duration.ZERO);
    }

    static Testklokke hent() {
        return Arc.container().instance(Testklokke.class).get();
    }

    /** Every test starts at the real time, whatever the test before it did. */
    public static class Tilbakestilling implements QuarkusTestBeforeEachCallback {

        @Override
        public void beforeEach(QuarkusTestMethodContext context) {
            ArcContainer container = Arc.container();
            if (container != null && container.isRunning()) {
                container.instance(Testklokke.class).get().tilbakestill();
            }
        }
    }

    /** Microseconds, as the real clock and PostgreSQL have them. */
    private final class Flyttbar extends Clock {

        private final ZoneId sone;

        Flyttbar(ZoneId sone) {
            this.sone = sone;
        }

        @Override
        public ZoneId getZone() {
            return sone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Flyttbar(zone);
        }

        @Override
        public Instant instant() {
            return naa();
        }
    }
}
