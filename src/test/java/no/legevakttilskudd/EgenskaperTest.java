package no.legevakttilskudd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import no.legevakttilskudd.Egenskaper.Kilde;

/** The property helper: a failure can be replayed from its message, runs repeat, and the edges come first. */
class EgenskaperTest {

    @Test
    void feilendeEgenskapNavngirFroOgForsokOgKanGjentas() {
        Function<Kilde, List<Long>> tall = k -> k.liste(0, 5, e -> e.heltall(0L, 1000L));
        AssertionFailedError feil = assertThrows(AssertionFailedError.class,
                () -> Egenskaper.kjor("ingenOver900", 42, 1000, null, tall, liste -> liste.forEach(v -> assertTrue(v <= 900, v + " > 900"))));
        assertTrue(feil.getMessage().startsWith("Egenskapen ingenOver900 feilet i forsøk "), feil.getMessage());
        Matcher forsok = Pattern.compile("forsøk (\\d+) av 1000 med frø 42 \\(gjenta med -Degenskaper.fro=42 -Degenskaper.forsok=(\\d+)\\)")
                .matcher(feil.getMessage());
        assertTrue(forsok.find(), feil.getMessage());
        assertEquals(forsok.group(1), forsok.group(2));
        assertTrue(feil.getMessage().contains("\nInndata: ["), feil.getMessage());

        // The seed and the try from the message replay exactly that input, without the tries before it.
        int nr = Integer.parseInt(forsok.group(1));
        List<List<Long>> gjentatt = new ArrayList<>();
        AssertionFailedError igjen = assertThrows(AssertionFailedError.class,
                () -> Egenskaper.kjor("ingenOver900", 42, 1000, nr, tall, liste -> {
                    gjentatt.add(liste);
                    liste.forEach(v -> assertTrue(v <= 900, v + " > 900"));
                }));
        assertEquals(1, gjentatt.size());
        assertEquals(feil.getMessage(), igjen.getMessage());
    }

    @Test
    void sammeFroGirSammeInndata() {
        Function<Kilde, List<Integer>> liste = k -> k.liste(0, 10, e -> e.heltall(-50, 50));
        assertEquals(trekk(7, liste), trekk(7, liste));
        assertNotEquals(trekk(7, liste), trekk(8, liste));
    }

    @Test
    void forsteForsokeneProverKantene() {
        List<List<Integer>> lister = trekk(1, k -> k.liste(0, 4, e -> e.heltall(-3, 7)));
        assertEquals(List.of(), lister.get(0));
        assertEquals(List.of(7, 7, 7, 7), lister.get(1));
        List<Long> kanskje = trekk(1, k -> k.ellerNull(0.1, e -> e.heltall(5L, 9L)));
        assertNull(kanskje.get(0));
        assertEquals(9L, kanskje.get(1));
        assertEquals(List.of("0000", "9999"), trekk(1, k -> k.siffer(4)).subList(0, 2));
    }

    @Test
    void tilfeldigeTallHoldesIOmradetOgSpennerOverStorrelsesordener() {
        List<Long> tall = trekk(3, k -> k.heltall(100_000L, 3_000_000L));
        assertTrue(tall.stream().allMatch(v -> v >= 100_000 && v <= 3_000_000));
        List<Long> alle = trekk(3, Kilde::hvilkenSomHelstLong);
        assertTrue(alle.contains(Long.MIN_VALUE) && alle.contains(Long.MAX_VALUE) && alle.contains(0L));
        assertTrue(alle.stream().anyMatch(v -> v != 0 && Math.abs(v) < 1000), "ingen små tall");
        assertTrue(alle.stream().anyMatch(v -> v > 0 && v < Long.MAX_VALUE / 1000 && v > Integer.MAX_VALUE), "ingen mellomstore tall");
    }

    private static <T> List<T> trekk(long fro, Function<Kilde, T> generator) {
        List<T> inndata = new ArrayList<>();
        Egenskaper.kjor("trekk", fro, 1000, null, generator, inndata::add);
        return inndata;
    }
}
