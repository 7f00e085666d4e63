package no.legevakttilskudd.soknad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import no.legevakttilskudd.Pdfer;
import no.legevakttilskudd.soknad.Pdfkontroll.Funn;

/** Each kind of file the upload refuses, built with PDFBox, and a plain PDF that passes. */
class PdfkontrollTest {

    @Test
    void enVanligPdfGodtas() {
        assertEquals(Optional.empty(), Pdfkontroll.feil(Pdfer.gyldig()));
    }

    @Test
    void hverFarligSortAvvisesMedSinGrunn() {
        Map<String, Map.Entry<byte[], Funn>> tilfeller = new LinkedHashMap<>();
        tilfeller.put("JavaScript i navnetreet", Map.entry(Pdfer.javaScriptINavnetreet(), Funn.JAVASCRIPT));
        tilfeller.put("JavaScript som OpenAction", Map.entry(Pdfer.javaScriptSomOpenAction(), Funn.JAVASCRIPT));
        tilfeller.put("JavaScript når siden åpnes", Map.entry(Pdfer.javaScriptPaSiden(), Funn.JAVASCRIPT));
        tilfeller.put("JavaScript i en lenke", Map.entry(Pdfer.javaScriptIAnnotasjon(), Funn.JAVASCRIPT));
        tilfeller.put("JavaScript i et skjemafelt", Map.entry(Pdfer.javaScriptIFelt(), Funn.JAVASCRIPT));
        tilfeller.put("Launch", Map.entry(Pdfer.launch(), Funn.STARTER_PROGRAM));
        tilfeller.put("innebygd fil", Map.entry(Pdfer.innebygdFil(), Funn.INNEBYGDE_FILER));
        tilfeller.put("filvedlegg-annotasjon", Map.entry(Pdfer.filvedleggAnnotasjon(), Funn.INNEBYGDE_FILER));
        tilfeller.put("passordbeskyttet", Map.entry(Pdfer.passordbeskyttet(), Funn.KRYPTERT));
        tilfeller.put("kryptert med eierpassord", Map.entry(Pdfer.kryptertMedEierpassord(), Funn.KRYPTERT));
        tilfeller.forEach((navn, tilfelle) -> assertEquals(Optional.of(tilfelle.getValue()), Pdfkontroll.feil(tilfelle.getKey()), navn));
        assertEquals(10, tilfeller.size());
    }

    @Test
    void detSomIkkeErEnLesbarPdfAvvises() {
        for (String innhold : new String[] {"", "PK\u0003\u0004 en zip", "%PDF-1.4 bare starten", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"}) {
            assertEquals(Optional.of(Funn.IKKE_PDF), Pdfkontroll.feil(innhold.getBytes(StandardCharsets.ISO_8859_1)), innhold);
        }
        byte[] avkuttet = Pdfer.gyldig();
        assertEquals(Optional.of(Funn.IKKE_PDF), Pdfkontroll.feil(java.util.Arrays.copyOf(avkuttet, 40)));
    }
}
