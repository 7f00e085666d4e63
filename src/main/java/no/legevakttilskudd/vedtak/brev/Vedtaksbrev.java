package no.legevakttilskudd.vedtak.brev;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;

/**
 * The decision letter: one Qute template, rendered as HTML (shown and stored) and as PDF by openhtmltopdf. The PDF embeds
 * DejaVu Sans (bundled at build time, see pom.xml), so æøå and Sami letters look the same on every machine, and it is
 * tagged (PDF/UA) with title and language, so screen readers can read it.
 */
@ApplicationScoped
public class Vedtaksbrev {

    private static final String SKRIFT = "DejaVu Sans";

    @Inject
    @Location("brev/vedtaksbrev.html")
    Template mal;

    public String html(Brevdata brev) {
        return mal.data("brev", brev).render();
    }

    public byte[] pdf(Brevdata brev) {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder bygger = new PdfRendererBuilder();
            bygger.useFastMode();
            bygger.usePdfUaAccessibility(true);
            bygger.useFont(() -> skrift("DejaVuSans.ttf"), SKRIFT, 400, FontStyle.NORMAL, true);
            bygger.useFont(() -> skrift("DejaVuSans-Bold.ttf"), SKRIFT, 700, FontStyle.NORMAL, true);
            // The letter needs nothing from outside; refusing every address means no text in it can make the renderer
            // read a file or call a server.
            bygger.useUriResolver((base, uri) -> null);
            bygger.withHtmlContent(html(brev), null);
            bygger.toStream(ut);
            bygger.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Vedtaksbrevet kunne ikke lages som PDF", e);
        }
        return ut.toByteArray();
    }

    private static InputStream skrift(String fil) {
        InputStream in = Vedtaksbrev.class.getClassLoader().getResourceAsStream("skrifter/" + fil);
        if (in == null) {
            throw new IllegalStateException("Skriften skrifter/" + fil + " mangler i bygget (se pom.xml, «skrifter»).");
        }
        return in;
    }
}
