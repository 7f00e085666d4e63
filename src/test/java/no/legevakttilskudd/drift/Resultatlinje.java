package no.legevakttilskudd.drift;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The load benchmark's last line, {@code RESULTAT key=value …}: every figure of the run on one line with fixed keys, so
 * runs can be compared by a script and by eye. Latencies in milliseconds, rates per second, memory in MB.
 */
final class Resultatlinje {

    private Resultatlinje() {
    }

    static String av(double innsendinger, double pgbench, Map<String, Wrk.Resultat> sider, Rssmaling.Prove rss, long oppstartMs) {
        Map<String, String> verdier = new LinkedHashMap<>();
        verdier.put("innsending_rps", tall(innsendinger));
        verdier.put("pgbench_rps", tall(pgbench));
        verdier.put("innsending_forhold", String.format(Locale.ROOT, "%.2f", innsendinger / pgbench));
        Wrk.Resultat triviell = sider.get("triviell");
        sider.forEach((navn, r) -> {
            verdier.put(navn + "_rps", tall(r.perSekund()));
            verdier.put(navn + "_p99_ms", String.format(Locale.ROOT, "%.1f", r.p99()));
            if (r.tidsavbrudd() > 0) {
                verdier.put(navn + "_over_" + Wrk.TIDSAVBRUDD_S + "s", String.valueOf(r.tidsavbrudd()));
            }
        });
        verdier.put("skjema_mot_triviell", String.format(Locale.ROOT, "%.3f", sider.get("skjema").perSekund() / triviell.perSekund()));
        verdier.put("rss_mb", String.valueOf(rss.rss()));
        verdier.put("rss_anonymt_mb", String.valueOf(rss.anonymt()));
        verdier.put("rss_filer_mb", String.valueOf(rss.filer()));
        verdier.put("oppstart_ms", String.valueOf(oppstartMs));
        return "RESULTAT " + verdier.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private static String tall(double verdi) {
        return String.format(Locale.ROOT, "%.1f", verdi);
    }
}
