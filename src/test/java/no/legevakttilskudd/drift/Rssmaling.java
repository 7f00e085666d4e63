package no.legevakttilskudd.drift;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * The application's resident memory (VmRSS in /proc) every 100 ms in a thread of its own; the highest sample is kept,
 * with its two parts: anonymous memory (heap, code, threads, the JVM's own) and mapped files (the jar, the AOT cache),
 * which the kernel can drop and read again.
 */
final class Rssmaling {

    /** One sample, in MB. */
    record Prove(long rss, long anonymt, long filer) {

        @Override
        public String toString() {
            return rss + " MB (anonymt " + anonymt + " MB, filer " + filer + " MB)";
        }
    }

    private final LongSupplier pid;
    private final AtomicReference<Prove> topp = new AtomicReference<>(new Prove(0, 0, 0));

    Rssmaling(LongSupplier pid) {
        this.pid = pid;
    }

    void start() {
        Thread trad = new Thread(this::mal, "rss");
        trad.setDaemon(true);
        trad.start();
    }

    /** The sample with the highest RSS so far. */
    Prove topp() {
        return topp.get();
    }

    void nullstill() {
        topp.set(new Prove(0, 0, 0));
    }

    private void mal() {
        while (true) {
            try {
                Map<String, Long> kb = new HashMap<>();
                for (String linje : Files.readAllLines(Path.of("/proc", String.valueOf(pid.getAsLong()), "status"))) {
                    if (linje.startsWith("VmRSS:") || linje.startsWith("RssAnon:") || linje.startsWith("RssFile:")) {
                        kb.put(linje.substring(0, linje.indexOf(':')), Long.parseLong(linje.replaceAll("[^0-9]", "")));
                    }
                }
                Prove prove = new Prove(kb.get("VmRSS") / 1024, kb.get("RssAnon") / 1024, kb.get("RssFile") / 1024);
                topp.accumulateAndGet(prove, (a, b) -> b.rss() > a.rss() ? b : a);
                Thread.sleep(100);
            } catch (IOException | RuntimeException e) {
                // Between a stop and a start the process is gone; the next sample finds the new one.
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
