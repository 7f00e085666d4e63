package no.legevakttilskudd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The archive's demands on a document the system makes: veraPDF finds it PDF/A-2u and PDF/UA-1, and its metadata names
 * the document, the case and the date.
 */
public final class Arkivformat {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Arkivformat() {
    }

    /**
     * @param referanse the case reference the title, subject and keywords must name
     * @param dato      the date (as the letter writes it) the subject must name, or null where the document has none
     */
    public static void krevPdfA(byte[] pdf, String referanse, String dato) {
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1)) {
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                    PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
                ValidationResult resultat = validator.validate(parser);
                String brudd = resultat.getTestAssertions().stream().filter(t -> t.getStatus() != TestAssertion.Status.PASSED)
                        .map(t -> t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + ": " + t.getMessage())
                        .distinct().collect(Collectors.joining("\n"));
                assertTrue(resultat.isCompliant(), flavour.getId() + " brytes:\n" + brudd);
            } catch (Exception e) {
                throw new AssertionError("veraPDF kunne ikke lese dokumentet", e);
            }
        }
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = dokument.getDocumentInformation();
            assertTrue(info.getTitle() != null && info.getTitle().contains(referanse), "tittelen: " + info.getTitle());
            assertTrue(info.getSubject() != null && info.getSubject().contains(referanse), "emnet: " + info.getSubject());
            assertTrue(info.getKeywords() != null && info.getKeywords().contains(referanse), "stikkordene: " + info.getKeywords());
            if (dato != null) {
                assertTrue(info.getSubject().contains(dato), "emnet har ikke datoen " + dato + ": " + info.getSubject());
            }
            String xmp = new String(dokument.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") && xmp.contains("<pdfaid:conformance>U</pdfaid:conformance>"), xmp);
            assertEquals(1, dokument.getDocumentCatalog().getOutputIntents().size(), "én utdatahensikt (sRGB)");
        } catch (IOException e) {
            throw new AssertionError("PDFBox kunne ikke lese dokumentet", e);
        }
    }
}
