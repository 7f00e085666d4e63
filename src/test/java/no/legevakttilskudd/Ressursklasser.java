package no.legevakttilskudd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every JAX-RS resource class of the application, found on disk, for guard tests that must see new endpoints too. */
public final class Ressursklasser {

    private static final String BASE = "no.legevakttilskudd";

    private Ressursklasser() {
    }

    public static List<Class<?>> alle() {
        try {
            // The main classes' own directory: the test classes' directory holds the same package name first. Inside a
            // Quarkus test the class loader has no code source; Maven runs tests from the project directory.
            var kilde = no.legevakttilskudd.kommune.KommuneResource.class.getProtectionDomain().getCodeSource();
            Path hovedklasser = kilde != null && kilde.getLocation() != null ? Path.of(kilde.getLocation().toURI())
                    : Path.of(System.getProperty("user.dir"), "target", "classes");
            Path basis = hovedklasser.resolve(BASE.replace('.', '/'));
            List<Path> filer;
            try (Stream<Path> stier = Files.walk(basis)) {
                filer = stier.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList();
            }
            List<Class<?>> klasser = new ArrayList<>();
            for (Path fil : filer) {
                String navn = BASE + "." + basis.relativize(fil).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> klasse = Class.forName(navn, false, Ressursklasser.class.getClassLoader());
                if (klasse.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    klasser.add(klasse);
                }
            }
            return klasser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
