package no.legevakttilskudd.saksbehandling;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Arkivformat;
import no.legevakttilskudd.Pdfer;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/**
 * The archive export opened and checked as an archive would: arkivstruktur.xml valid against Arkivverket's Noark 5
 * schema (src/test/resources/noark5, with its source), one saksmappe per sent case, every file it names in the ZIP with
 * the stated size and SHA-256, and the system's documents PDF/A.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ArkivuttrekkTest {

    private static final String NS = Noark5.NAVNEROM;

    @AfterEach
    void klokka() {
        Testdata.klokkaTilbake();
    }

    @Test
    void arkivuttrekketErGyldigNoark5MedHverFilOgSjekksum() throws Exception {
        long utlysning = Testdata.opprettUtlysning(Testdata.utlysning(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(9)));
        long rost = Testdata.utkast(Tokens.ROST, utlysning, Testdata.fullstendigSoknad(Tokens.ROST));
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).multiPart("fil", "vaktplan.pdf", Pdfer.gyldig(), "application/pdf")
                .when().post("/api/soknader/" + rost + "/vedlegg").then().statusCode(201);
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).when().post("/api/soknader/" + rost + "/send").then().statusCode(200);
        long varoy = Testdata.sendtSoknad(Tokens.VAROY, utlysning);
        Testdata.utkast(Tokens.SALTDAL, utlysning, Testdata.fullstendigSoknad(Tokens.SALTDAL));
        Testdata.forbiFristen(utlysning);
        // A question answered with text only: both are in the archive as documents.
        long sporsmal = given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("sporsmal", "Hvor mange vaktdøgn har hver lege?", "svarfrist", Testdata.idag().plusDays(7).toString()))
                .when().post("/api/soknader/" + rost + "/tilleggsopplysninger").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).multiPart("svar", "122 vaktdogn per lege.")
                .when().post("/api/soknader/" + rost + "/tilleggsopplysninger/" + sporsmal + "/svar").then().statusCode(200);
        vedtak(rost, "INNVILGET", 900_000);
        vedtak(varoy, "AVSLATT", 0);

        for (String token : List.of(Tokens.saksbehandler(), Tokens.godkjenner(), Tokens.evaluator(), Tokens.soker(Tokens.ROST))) {
            given().auth().oauth2(token).when().get("/api/utlysninger/" + utlysning + "/arkivuttrekk").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/999999999/arkivuttrekk").then().statusCode(404);
        byte[] zip = given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/" + utlysning + "/arkivuttrekk").then()
                .statusCode(200).contentType("application/zip").extract().asByteArray();
        Map<String, byte[]> filer = pakkUt(zip);
        String rot = "arkivuttrekk-" + utlysning + "/";
        byte[] struktur = filer.get(rot + "arkivstruktur.xml");
        assertNotNull(struktur, filer.keySet().toString());

        SchemaFactory fabrikk = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        fabrikk.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        fabrikk.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        fabrikk.newSchema(ArkivuttrekkTest.class.getClassLoader().getResource("noark5/arkivstruktur.xsd")).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(struktur)));

        DocumentBuilderFactory parser = DocumentBuilderFactory.newInstance();
        parser.setNamespaceAware(true);
        parser.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document xml = parser.newDocumentBuilder().parse(new ByteArrayInputStream(struktur));
        // Two sent cases, the draft is not a case; the refused one is closed, the award is still running.
        NodeList mapper = xml.getElementsByTagNameNS(NS, "mappe");
        assertEquals(2, mapper.getLength());
        Map<String, Element> perSak = new LinkedHashMap<>();
        for (int i = 0; i < mapper.getLength(); i++) {
            Element mappe = (Element) mapper.item(i);
            perSak.put(barn(mappe, "mappeID"), mappe);
        }
        Element rostMappe = perSak.values().stream().filter(m -> barn(m, "tittel").contains("Røst")).findFirst().orElseThrow();
        Element varoyMappe = perSak.values().stream().filter(m -> barn(m, "tittel").contains("Værøy")).findFirst().orElseThrow();
        assertEquals("Under behandling", barn(rostMappe, "saksstatus"));
        assertEquals("Avsluttet", barn(varoyMappe, "saksstatus"));
        // Røst: the application (with the kommune's attachment) in, the decision letter out.
        List<String> typer = new ArrayList<>();
        NodeList poster = rostMappe.getElementsByTagNameNS(NS, "registrering");
        for (int i = 0; i < poster.getLength(); i++) {
            typer.add(barn((Element) poster.item(i), "journalposttype"));
        }
        assertEquals(List.of("Inngående dokument", "Utgående dokument", "Inngående dokument", "Utgående dokument"), typer,
                "søknaden, spørsmålet, svaret og vedtaksbrevet");

        // Every file is in the ZIP with the size and checksum stated; what the system made is PDF/A.
        NodeList objekter = xml.getElementsByTagNameNS(NS, "dokumentobjekt");
        assertEquals(7, objekter.getLength(), "søknad og vedtaksbrev for begge, Røsts vedlegg, spørsmålet og svaret");
        int pdfA = 0;
        for (int i = 0; i < objekter.getLength(); i++) {
            Element o = (Element) objekter.item(i);
            byte[] fil = filer.get(rot + barn(o, "referanseDokumentfil"));
            assertNotNull(fil, barn(o, "referanseDokumentfil"));
            assertEquals(Integer.parseInt(barn(o, "filstoerrelse")), fil.length);
            assertEquals(barn(o, "sjekksum"), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(fil)));
            assertEquals("SHA256", barn(o, "sjekksumAlgoritme"));
            if ("Arkivformat".equals(barn(o, "variantformat"))) {
                assertEquals(Noark5.PRONOM_PDF_A_2U, barn(o, "format"));
                Arkivformat.krevPdfA(fil, barn((Element) o.getParentNode().getParentNode().getParentNode(), "mappeID"), null);
                pdfA++;
            } else {
                assertTrue(barn(o, "referanseDokumentfil").endsWith("-vaktplan.pdf"), barn(o, "referanseDokumentfil"));
                assertTrue(barn(o, "format").startsWith("fmt/"), barn(o, "format"));
            }
        }
        assertEquals(6, pdfA);
        String svaret = tekst(filer.get(rot + "dokumenter/" + barn(rostMappe, "mappeID") + "/tilleggsopplysninger/svar-"
                + sporsmal + ".pdf"));
        assertTrue(svaret.contains("122 vaktdogn per lege."), svaret);
        assertEquals(filer.size() - 1, objekter.getLength(), "ingen fil uten metadata: " + filer.keySet());

        // The same case keeps its identity in the next export.
        byte[] igjen = given().auth().oauth2(Tokens.admin()).when().get("/admin/utlysninger/" + utlysning + "/arkivuttrekk").then()
                .statusCode(200).extract().asByteArray();
        Document andre = parser.newDocumentBuilder().parse(new ByteArrayInputStream(pakkUt(igjen).get(rot + "arkivstruktur.xml")));
        List<String> id = new ArrayList<>();
        NodeList andreMapper = andre.getElementsByTagNameNS(NS, "mappe");
        for (int i = 0; i < andreMapper.getLength(); i++) {
            id.add(barn((Element) andreMapper.item(i), "systemID"));
        }
        assertTrue(id.contains(barn(rostMappe, "systemID")) && id.contains(barn(varoyMappe, "systemID")), id.toString());
    }

    private static void vedtak(long soknad, String utfall, int belop) {
        long vedtak = given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", utfall, "belop", belop, "begrunnelse", "Etter reglene."))
                .when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(200);
        given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/vedtak/" + vedtak + "/send").then().statusCode(200);
    }

    private static String tekst(byte[] pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument dokument = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(dokument).replace('\u00a0', ' ');
        }
    }

    /** The text of the element's own child (not a grandchild's). */
    private static String barn(Element forelder, String navn) {
        for (org.w3c.dom.Node n = forelder.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && navn.equals(e.getLocalName())) {
                return e.getTextContent().strip();
            }
        }
        throw new AssertionError(forelder.getLocalName() + " mangler " + navn);
    }

    private static Map<String, byte[]> pakkUt(byte[] zip) throws IOException {
        Map<String, byte[]> filer = new LinkedHashMap<>();
        try (ZipInputStream inn = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry fil = inn.getNextEntry(); fil != null; fil = inn.getNextEntry()) {
                filer.put(fil.getName(), inn.readAllBytes());
            }
        }
        return filer;
    }
}
