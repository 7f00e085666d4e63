package no.legevakttilskudd.drift;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** The application's resident memory (VmRSS in /proc) every 100 ms in a thread of its own; the highest is kept. */
final class Rssmaling {

    private final LongSupplier pid;
    private final AtomicLong topp = new AtomicLong();

    Rssmaling(LongSupplier pid) {
        this.pid = pid;
    }

    void start() {
        Thread trad = new Thread(this::mal, "rss");
        trad.setDaemon(true);
        trad.start();
    }

    /** The highest sample so far, in kB. */
    long topp() {
        return topp.get();
    }

    void nullstill() {
        topp.set(0);
    }

    private void mal() {
        while (true) {
            try {
                for (String linje : Files.readAllLines(Path.of("/proc", String.valueOf(pid.getAsLong()), "status"))) {
                    if (linje.startsWith("VmRSS:")) {
                        topp.accumulateAndGet(Long.parseLong(linje.replaceAll("[^0-9]", "")), Math::max);
                    }
                }
                Thread.sleep(100);
            } catch (IOException | RuntimeException e) {
                // Between a stop and a start the process is gone; the next sample finds the new one.
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
