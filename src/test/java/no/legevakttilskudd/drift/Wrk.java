package no.legevakttilskudd.drift;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** wrk against one page with a bearer token: requests per second and the latency percentiles wrk reports. */
final class Wrk {

    private static final Pattern PROSENTIL = Pattern.compile("^\\s+(50|75|90|99)%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
    private static final Pattern PER_SEKUND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

    private static final Pattern TIDSAVBRUDD = Pattern.compile("timeout (\\d+)");
    static final int TIDSAVBRUDD_S = 10;

    /**
     * {@code tidsavbrudd}: requests wrk gave up on after {@link #TIDSAVBRUDD_S} s; they are not in the percentiles, so
     * they are shown. The limit is well above wrk's own 2 s, so a slow page's percentiles say how slow it is.
     */
    record Resultat(double perSekund, double p50, double p90, double p99, long tidsavbrudd) {
        @Override
        public String toString() {
            return String.format("%.0f forespørsler/s, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms%s", perSekund, p50, p90, p99,
                    tidsavbrudd == 0 ? "" : ", " + tidsavbrudd + " over " + TIDSAVBRUDD_S + " s");
        }
    }

    private Wrk() {
    }

    static Resultat kjor(String url, String token, int forbindelser, int sekunder) throws Exception {
        Process wrk = new ProcessBuilder("wrk", "-t", "2", "-c", String.valueOf(forbindelser), "-d", sekunder + "s", "--latency",
                "--timeout", TIDSAVBRUDD_S + "s",
                "-H", "Authorization: Bearer " + token, url).redirectErrorStream(true).start();
        String ut = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0 || ut.contains("Non-2xx")) {
            throw new IllegalStateException("wrk mot " + url + " fikk feil:\n" + ut);
        }
        double[] ms = new double[100];
        Matcher m = PROSENTIL.matcher(ut);
        while (m.find()) {
            double verdi = Double.parseDouble(m.group(2));
            ms[Integer.parseInt(m.group(1))] = switch (m.group(3)) {
                case "us" -> verdi / 1000;
                case "s" -> verdi * 1000;
                default -> verdi;
            };
        }
        Matcher rate = PER_SEKUND.matcher(ut);
        if (!rate.find()) {
            throw new IllegalStateException("fant ikke Requests/sec i svaret fra wrk:\n" + ut);
        }
        Matcher tidsavbrudd = TIDSAVBRUDD.matcher(ut);
        return new Resultat(Double.parseDouble(rate.group(1)), ms[50], ms[90], ms[99], tidsavbrudd.find() ? Long.parseLong(tidsavbrudd.group(1)) : 0);
    }
}
