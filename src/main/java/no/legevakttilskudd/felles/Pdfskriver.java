package no.legevakttilskudd.felles;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

/**
 * XHTML to PDF with openhtmltopdf, the one place. Every document is PDF/A-2u (ISO 19005-2, the archive format Noark 5
 * and Arkivverket accept) and tagged PDF/UA: DejaVu Sans embedded (bundled at build time, see pom.xml) so æøå and
 * Sami letters look the same everywhere, an sRGB output intent, and the XMP metadata from the document's head
 * ({@code <title>}, {@code <meta name="subject">} with the case reference and date, {@code keywords}, {@code author}).
 * No address is resolved, so no text in a document can make the renderer read a file or call a server.
 */
public final class Pdfskriver {

    public static final String SKRIFT = "DejaVu Sans";

    /** The JDK's own sRGB profile: PDF/A needs an output intent, and this one ships with every Java. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private Pdfskriver() {
    }

    /** @param hva what the document is, for the error if it cannot be made («Vedtaksbrevet») */
    public static byte[] pdf(String xhtml, String hva) {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder bygger = new PdfRendererBuilder();
            bygger.useFastMode();
            bygger.usePdfUaAccessibility(true);
            bygger.usePdfAConformance(PdfAConformance.PDFA_2_U);
            bygger.useColorProfile(SRGB);
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
