package no.legevakttilskudd.drift;

/**
 * The AOT cache for the production image (docs/operations.md, «Bygge imaget»): the load benchmark's warm-up and
 * pages as the training run, on the JDK the image runs, into target/app.aot. Run with
 * {@code ./mvnw -q -Pbenchmark -DskipTests package exec:exec -Dbenchmark=aot}.
 */
public final class AotTrening {

    private AotTrening() {
    }

    public static void main(String[] args) throws Exception {
        Lastbenchmark.main(new String[] { "aot" });
    }
}
