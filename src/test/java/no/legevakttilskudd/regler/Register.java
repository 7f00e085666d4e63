package no.legevakttilskudd.regler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The shipped SSB registry as the rules see it, read once for the pure tests. */
final class Register {

    static final Map<String, Kommunefakta> SSB_2024 = les();

    private Register() {
    }

    private static Map<String, Kommunefakta> les() {
        try (InputStream in = Register.class.getClassLoader().getResourceAsStream("kommuneregister/kommuner.csv")) {
            String[] linjer = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            Map<String, Kommunefakta> register = new LinkedHashMap<>();
            for (int i = 1; i < linjer.length; i++) {
                String[] f = linjer[i].split(",");
                register.put(f[0], new Kommunefakta(f[0], f[1], Integer.parseInt(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6]),
                        Integer.parseInt(f[7].trim())));
            }
            return Map.copyOf(register);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
