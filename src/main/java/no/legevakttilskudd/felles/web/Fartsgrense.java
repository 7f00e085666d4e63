package no.legevakttilskudd.felles.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import no.legevakttilskudd.felles.problem.ProblemException;

/**
 * Rate limits on the heavy endpoints ({@link Begrenset}): per user, a sliding window of the last calls; the call over
 * the limit gets 429 with Retry-After. Checked as a request filter, so a refused upload is never read.
 *
 * <p>The state is in this instance's memory. Correctness never depends on it (instances stay stateless for what is
 * stored), and a limit per instance still bounds the load each instance takes from one user; behind N instances a
 * user gets at most N times the limit, which the configured figures allow for.
 */
@ApplicationScoped
public class Fartsgrense {

    /** Above this many tracked users, windows that have run out are dropped before a new one is added. */
    private static final int RYDD_OVER = 10_000;

    @ConfigMapping(prefix = "legevakttilskudd.fartsgrense")
    public interface Grenser {

        @WithParentName
        Map<String, Grense> grenser();

        interface Grense {
            int antall();

            Duration vindu();
        }
    }

    @Inject
    Grenser grenser;

    @Inject
    Clock clock;

    @Inject
    SecurityIdentity identitet;

    private final Map<String, Deque<Instant>> kall = new ConcurrentHashMap<>();

    @ServerRequestFilter(priority = 4000)
    public void filter(ContainerRequestContext context, ResourceInfo ressurs) {
        Begrenset begrenset = ressurs.getResourceMethod() == null ? null : ressurs.getResourceMethod().getAnnotation(Begrenset.class);
        if (begrenset != null && !identitet.isAnonymous()) {
            krev(begrenset.value(), identitet.getPrincipal().getName());
        }
    }

    /** Counts a call of {@code navn} by {@code bruker}, or refuses it with 429 when the window is full. */
    public void krev(String navn, String bruker) {
        Grenser.Grense grense = grenser.grenser().get(navn);
        if (grense == null) {
            throw new IllegalStateException("legevakttilskudd.fartsgrense." + navn + " mangler i konfigurasjonen");
        }
        Instant naa = clock.instant();
        if (kall.size() > RYDD_OVER) {
            Instant utlopt = naa.minus(grenser.grenser().values().stream().map(Grenser.Grense::vindu).max(Duration::compareTo).orElseThrow());
            kall.values().removeIf(v -> {
                synchronized (v) {
                    return v.isEmpty() || !v.peekLast().isAfter(utlopt);
                }
            });
        }
        Deque<Instant> vindu = kall.computeIfAbsent(navn + "\u0000" + bruker, k -> new ArrayDeque<>());
        synchronized (vindu) {
            Instant grensen = naa.minus(grense.vindu());
            while (!vindu.isEmpty() && !vindu.peekFirst().isAfter(grensen)) {
                vindu.pollFirst();
            }
            if (vindu.size() >= grense.antall()) {
                Duration vent = Duration.between(naa, vindu.peekFirst().plus(grense.vindu()));
                throw ProblemException.forMange("Du har gjort dette " + grense.antall() + " ganger på "
                        + tekst(grense.vindu()) + ". Vent litt og prøv igjen.", vent);
            }
            vindu.addLast(naa);
        }
    }

    /** "1 minutt", "10 minutter", "30 sekunder": the window as the message says it. */
    static String tekst(Duration vindu) {
        long sekunder = vindu.toSeconds();
        if (sekunder % 3600 == 0) {
            return sekunder == 3600 ? "1 time" : sekunder / 3600 + " timer";
        }
        if (sekunder % 60 == 0) {
            return sekunder == 60 ? "1 minutt" : sekunder / 60 + " minutter";
        }
        return sekunder == 1 ? "1 sekund" : sekunder + " sekunder";
    }
}
