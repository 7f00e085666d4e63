package no.legevakttilskudd.felles.web;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.quarkus.qute.EngineConfiguration;
import io.quarkus.qute.EvalContext;
import io.quarkus.qute.Results;
import io.quarkus.qute.ValueResolver;

/**
 * The last of Qute's value resolvers in the tests: it is asked only when every other resolver has passed on a name in
 * one scope, so it counts the lookups that cost a search through all of them (docs/performance.md, «Andre runde», Qute), by name and
 * the scope's data. It resolves nothing, so the templates render as without it.
 */
@EngineConfiguration
public class Bomoppslag implements ValueResolver {

    static final Map<String, LongAdder> TELLING = new ConcurrentHashMap<>();

    @Override
    public int getPriority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public boolean appliesTo(EvalContext context) {
        return true;
    }

    @Override
    public ValueResolver getCachedResolver(EvalContext context) {
        return null;
    }

    @Override
    public CompletionStage<Object> resolve(EvalContext context) {
        String omfang = context.getBase() == null ? "tomt omfang" : context.getBase().getClass().getSimpleName();
        TELLING.computeIfAbsent(context.getName() + " i " + omfang, n -> new LongAdder()).increment();
        return Results.notFound(context);
    }

    static long sum() {
        return TELLING.values().stream().mapToLong(LongAdder::sum).sum();
    }
}
