package no.legevakttilskudd;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The municipality registry the application ships ({@code kommuneregister/kommuner.csv}), as text for upload tests. */
public final class Medfolgenderegister {

    private Medfolgenderegister() {
    }

    public static String tekst() {
        try (InputStream in = Medfolgenderegister.class.getClassLoader().getResourceAsStream("kommuneregister/kommuner.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
