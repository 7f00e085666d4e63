package no.legevakttilskudd.felles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * XHTML to PDF with openhtmltopdf, the one place: tagged (PDF/UA) with the document's title and language, DejaVu Sans
 * embedded (bundled at build time, see pom.xml) so æøå and Sami letters look the same everywhere, and no address
 * resolved, so no text in a document can make the renderer read a file or call a server.
 */
public final class Pdfskriver {

    public static final String SKRIFT = "DejaVu Sans";

    private Pdfskriver() {
    }

    /** @param hva what the document is, for the error if it cannot be made («Vedtaksbrevet») */
    public static byte[] pdf(String xhtml, String hva) {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder bygger = new PdfRendererBuilder();
            bygger.useFastMode();
            bygger.usePdfUaAccessibility(true);
            bygger.useFont(() -> skrift("DejaVuSans.ttf"), SKRIFT, 400, FontStyle.NORMAL, true);
            bygger.useFont(() -> skrift("DejaVuSans-Bold.ttf"), SKRIFT, 700, FontStyle.NORMAL, true);
            bygger.useUriResolver((base, uri) -> null);
            bygger.withHtmlContent(xhtml, null);
            bygger.toStream(ut);
            bygger.run();
        } catch (IOException e) {
            throw new UncheckedIOException(hva + " kunne ikke lages som PDF", e);
        }
        return ut.toByteArray();
    }

    private static InputStream skrift(String fil) {
        InputStream in = Pdfskriver.class.getClassLoader().getResourceAsStream("skrifter/" + fil);
        if (in == null) {
            throw new IllegalStateException("Skriften skrifter/" + fil + " mangler i bygget (se pom.xml, «skrifter»).");
        }
        return in;
    }
}
