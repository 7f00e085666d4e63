package no.legevakttilskudd.soknad;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * An uploaded attachment parsed as PDF (Apache PDFBox) before it is stored: caseworkers open these files, so a file
 * that is no PDF, that they cannot open without a password, that runs code or carries other files inside is refused.
 *
 * <p>Active content is looked for in the whole object graph reachable from the document catalog, not only where a
 * reader usually starts it: the JavaScript name tree, OpenAction and the document's, pages', annotations' and form
 * fields' additional actions, and every chained action (/Next) all end up as dictionaries in that graph. So any
 * dictionary that is a JavaScript or Launch action (or carries /JS), any EmbeddedFiles name tree, embedded file
 * stream or file specification with /EF, and any FileAttachment annotation counts, wherever it hangs.
 */
final class Pdfkontroll {

    /** What a file is refused for, in the order the message names it when a file has several. */
    enum Funn {
        IKKE_PDF(SoknadFeil.FIL_IKKE_PDF),
        KRYPTERT(SoknadFeil.FIL_KRYPTERT),
        STARTER_PROGRAM(SoknadFeil.FIL_STARTER_PROGRAM),
        JAVASCRIPT(SoknadFeil.FIL_JAVASCRIPT),
        INNEBYGDE_FILER(SoknadFeil.FIL_INNEBYGDE_FILER);

        final SoknadFeil feil;

        Funn(SoknadFeil feil) {
            this.feil = feil;
        }
    }

    private static final byte[] PDF_SIGNATUR = {'%', 'P', 'D', 'F', '-'};
    /** A 10 MB file has far fewer objects; more than this is a file built to keep the check busy. */
    private static final int MAKS_OBJEKTER = 2_000_000;
    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");

    private Pdfkontroll() {
    }

    /** Why the file is refused, or empty when it is a plain PDF. */
    static Optional<Funn> feil(byte[] innhold) {
        if (!starterSomPdf(innhold)) {
            return Optional.of(Funn.IKKE_PDF);
        }
        try (PDDocument dokument = Loader.loadPDF(innhold)) {
            // Also a file that opens without a password but is encrypted (owner password): it is stored as it came and
            // must open and print for everyone who handles the case.
            if (dokument.isEncrypted()) {
                return Optional.of(Funn.KRYPTERT);
            }
            Set<Funn> funn = aktivtInnhold(dokument.getDocumentCatalog().getCOSObject());
            return funn.stream().findFirst();
        } catch (InvalidPasswordException e) {
            return Optional.of(Funn.KRYPTERT);
        } catch (IOException | RuntimeException e) {
            // PDFBox tolerates much; what it still cannot read, a caseworker's reader cannot be trusted to read either.
            return Optional.of(Funn.IKKE_PDF);
        }
    }

    private static boolean starterSomPdf(byte[] innhold) {
        if (innhold.length < PDF_SIGNATUR.length) {
            return false;
        }
        for (int i = 0; i < PDF_SIGNATUR.length; i++) {
            if (innhold[i] != PDF_SIGNATUR[i]) {
                return false;
            }
        }
        return true;
    }

    private static Set<Funn> aktivtInnhold(COSDictionary katalog) {
        Set<Funn> funn = EnumSet.noneOf(Funn.class);
        Set<COSBase> sett = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> igjen = new ArrayDeque<>();
        igjen.push(katalog);
        while (!igjen.isEmpty()) {
            COSBase objekt = igjen.pop();
            if (objekt instanceof COSObject indirekte) {
                objekt = indirekte.getObject();
            }
            if (objekt == null || !sett.add(objekt)) {
                continue;
            }
            if (sett.size() > MAKS_OBJEKTER) {
                throw new IllegalStateException("for mange objekter");
            }
            if (objekt instanceof COSDictionary ordbok) {
                undersok(ordbok, funn);
                ordbok.getValues().forEach(igjen::push);
            } else if (objekt instanceof COSArray liste) {
                liste.forEach(igjen::push);
            }
        }
        return funn;
    }

    private static void undersok(COSDictionary ordbok, Set<Funn> funn) {
        COSName handling = ordbok.getCOSName(COSName.S);
        if (COSName.JAVA_SCRIPT.equals(handling) || ordbok.containsKey(COSName.JS) || ordbok.containsKey(COSName.JAVA_SCRIPT)) {
            funn.add(Funn.JAVASCRIPT);
        }
        if (LAUNCH.equals(handling)) {
            funn.add(Funn.STARTER_PROGRAM);
        }
        if (ordbok.containsKey(COSName.EMBEDDED_FILES) || ordbok.containsKey(COSName.EF)
                || COSName.EMBEDDED_FILE.equals(ordbok.getCOSName(COSName.TYPE))
                || FILE_ATTACHMENT.equals(ordbok.getCOSName(COSName.SUBTYPE))) {
            funn.add(Funn.INNEBYGDE_FILER);
        }
    }
}
