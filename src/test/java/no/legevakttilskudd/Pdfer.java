package no.legevakttilskudd;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/** Small PDFs built with PDFBox for the attachment tests: a plain one, and one of each kind the upload refuses. */
public final class Pdfer {

    private static final String SKRIPT = "app.alert('hei');";

    private Pdfer() {
    }

    /** One blank page, nothing else. */
    public static byte[] gyldig() {
        return lag(dokument -> { });
    }

    /** JavaScript in the document's name tree (runs when the file opens). */
    public static byte[] javaScriptINavnetreet() {
        return lag(dokument -> {
            PDJavascriptNameTreeNode skript = new PDJavascriptNameTreeNode();
            skript.setNames(Map.of("start", new PDActionJavaScript(SKRIPT)));
            navn(dokument).setJavascript(skript);
        });
    }

    public static byte[] javaScriptSomOpenAction() {
        return lag(dokument -> dokument.getDocumentCatalog().setOpenAction(new PDActionJavaScript(SKRIPT)));
    }

    /** JavaScript when the first page is opened (the page's additional actions). */
    public static byte[] javaScriptPaSiden() {
        return lag(dokument -> {
            PDPageAdditionalActions handlinger = new PDPageAdditionalActions();
            handlinger.setO(new PDActionJavaScript(SKRIPT));
            dokument.getPage(0).setActions(handlinger);
        });
    }

    /** A link annotation whose action is JavaScript. */
    public static byte[] javaScriptIAnnotasjon() {
        return lag(dokument -> {
            PDAnnotationLink lenke = new PDAnnotationLink();
            lenke.setRectangle(new PDRectangle(10, 10, 100, 20));
            lenke.setAction(new PDActionJavaScript(SKRIPT));
            leggTil(dokument, lenke);
        });
    }

    /** A form field that runs JavaScript on each keystroke (the field's additional actions, /K). */
    public static byte[] javaScriptIFelt() {
        return lag(dokument -> {
            PDAcroForm skjema = new PDAcroForm(dokument);
            dokument.getDocumentCatalog().setAcroForm(skjema);
            PDTextField felt = new PDTextField(skjema);
            felt.setPartialName("belop");
            COSDictionary handlinger = new COSDictionary();
            handlinger.setItem(COSName.K, new PDActionJavaScript(SKRIPT));
            felt.getCOSObject().setItem(COSName.AA, handlinger);
            skjema.getFields().add(felt);
        });
    }

    /** A Launch action that starts a program, behind a link. */
    public static byte[] launch() {
        return lag(dokument -> {
            PDActionLaunch start = new PDActionLaunch();
            start.setFile(new PDSimpleFileSpecification(new COSString("calc.exe")));
            PDAnnotationLink lenke = new PDAnnotationLink();
            lenke.setRectangle(new PDRectangle(10, 10, 100, 20));
            lenke.setAction(start);
            leggTil(dokument, lenke);
        });
    }

    /** A file in the document's EmbeddedFiles name tree. */
    public static byte[] innebygdFil() {
        return lag(dokument -> {
            PDComplexFileSpecification fil = new PDComplexFileSpecification();
            fil.setFile("skjult.txt");
            try {
                fil.setEmbeddedFile(new PDEmbeddedFile(dokument, new ByteArrayInputStream("hemmelig".getBytes(StandardCharsets.UTF_8))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            PDEmbeddedFilesNameTreeNode filer = new PDEmbeddedFilesNameTreeNode();
            filer.setNames(Map.of("skjult.txt", fil));
            navn(dokument).setEmbeddedFiles(filer);
        });
    }

    /** A file attachment annotation (here pointing to an outside file: the annotation alone is refused). */
    public static byte[] filvedleggAnnotasjon() {
        return lag(dokument -> {
            PDAnnotationFileAttachment vedlegg = new PDAnnotationFileAttachment();
            vedlegg.setRectangle(new PDRectangle(10, 10, 20, 20));
            vedlegg.setFile(new PDSimpleFileSpecification(new COSString("budsjett.xlsx")));
            leggTil(dokument, vedlegg);
        });
    }

    /** Needs a password to open. */
    public static byte[] passordbeskyttet() {
        return kryptert("bruker");
    }

    /** Opens without a password, but is encrypted with an owner password that restricts printing and copying. */
    public static byte[] kryptertMedEierpassord() {
        return kryptert("");
    }

    private static byte[] kryptert(String brukerpassord) {
        return lag(dokument -> {
            AccessPermission rettigheter = new AccessPermission();
            rettigheter.setCanPrint(false);
            StandardProtectionPolicy vern = new StandardProtectionPolicy("eier", brukerpassord, rettigheter);
            vern.setEncryptionKeyLength(128);
            try {
                dokument.protect(vern);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static PDDocumentNameDictionary navn(PDDocument dokument) {
        PDDocumentNameDictionary navn = dokument.getDocumentCatalog().getNames();
        if (navn == null) {
            navn = new PDDocumentNameDictionary(dokument.getDocumentCatalog());
            dokument.getDocumentCatalog().setNames(navn);
        }
        return navn;
    }

    private static void leggTil(PDDocument dokument, PDAnnotation annotasjon) {
        try {
            List<PDAnnotation> annotasjoner = new ArrayList<>(dokument.getPage(0).getAnnotations());
            annotasjoner.add(annotasjon);
            dokument.getPage(0).setAnnotations(annotasjoner);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] lag(Consumer<PDDocument> endring) {
        try (PDDocument dokument = new PDDocument(); ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            dokument.addPage(new PDPage(PDRectangle.A4));
            endring.accept(dokument);
            dokument.save(ut, CompressParameters.NO_COMPRESSION);
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
