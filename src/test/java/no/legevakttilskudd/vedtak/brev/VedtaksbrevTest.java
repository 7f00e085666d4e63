package no.legevakttilskudd.vedtak.brev;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import no.legevakttilskudd.vedtak.grunnlag.Testgrunnlag;
import no.legevakttilskudd.vedtak.grunnlag.Vedtaksgrunnlag;
import no.legevakttilskudd.vedtak.Utfall;

/** The decision letter as HTML and PDF: the facts, the appeal section, æøå in an embedded font, escaping. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class VedtaksbrevTest {

    @Inject
    Vedtaksbrev brev;

    private static Brevdata data(Utfall utfall, long belop, boolean klage, String formal) {
        // 2022-06-10 10:00 in Oslo; the appeal deadline is 21 days later, 1 July 2022.
        return new Brevdata("Værøy", "1857", "964977461", "LV-2022-0002", 17, "Tilskudd til styrking av legevakttjenesten 2022", 2022,
                utfall, belop, 1_200_000, List.of("Værøy er i sentralitetsklasse 6 og hadde 683 innbyggere.", "Legevakten dekker én kommune."),
                formal, List.of("Tilskuddet brukes til formålet i søknaden."), LocalDate.of(2023, 4, 1),
                "Tilskuddet utbetales når kommunen har akseptert vilkårene.", klage, "Klagen behandles av departementet.",
                Instant.parse("2022-06-10T08:00:00Z"), "Saksbehandler En", "Godkjenner En", null, null);
    }

    @Test
    void innvilgelseSomPdfMedInnebygdSkriftOgKlagefrist() throws IOException {
        byte[] pdf = brev.pdf(data(Utfall.INNVILGET, 1_200_000, true, "Fast bakvakt på Værøy og i Bø."));
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            String tekst = new PDFTextStripper().getText(dokument).replace('\u00a0', ' ');
            assertTrue(tekst.contains("Vedtak: søknaden er innvilget"), tekst);
            assertTrue(tekst.contains("Værøy kommune får 1 200 000 kr i tilskudd"), tekst);
            assertTrue(tekst.contains("Fast bakvakt på Værøy og i Bø."), tekst);
            assertTrue(tekst.contains("innen 1. juli 2022"), tekst);
            assertTrue(tekst.contains("innen 1. april 2023"), tekst);
            assertTrue(dokument.getDocumentInformation().getTitle().contains("Værøy"));
            for (PDPage side : dokument.getPages()) {
                for (var navn : side.getResources().getFontNames()) {
                    PDFont skrift = side.getResources().getFont(navn);
                    assertTrue(skrift.isEmbedded(), skrift.getName() + " er ikke innebygd");
                }
            }
        }
    }

    @Test
    void avslagUtenKlageadgangHarVerkenUtbetalingEllerKlage() {
        String html = brev.html(data(Utfall.AVSLATT, 0, false, null));
        assertTrue(html.contains("Vedtak: søknaden er avslått"));
        assertTrue(html.contains("får ikke tilskudd"));
        assertFalse(html.contains("<h2>Klage</h2>"));
        assertFalse(html.contains("<h2>Utbetaling</h2>"));
    }

    @Test
    void brukerteksterEscapes() {
        String html = brev.html(data(Utfall.INNVILGET, 100, true, "<script>alert(1)</script>"));
        assertFalse(html.contains("<script>alert"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    /** The basis in the letter: the facts always, the rules' reasons only when the decision gives what they computed. */
    @Test
    void grunnlagetForVedtaket() {
        Vedtaksgrunnlag grunnlag = Testgrunnlag.eksempel("1857");
        String somReglene = brev.html(medGrunnlag(data(Utfall.INNVILGET, 900_000, true, null), grunnlag));
        assertTrue(somReglene.contains("Grunnlaget for vedtaket"), somReglene);
        assertTrue(somReglene.contains("683 innbyggere 1. januar 2024. Ordningen gjelder kommuner med under 5 000."), somReglene);
        assertTrue(somReglene.contains("Klasse 6, indeks 366 (SSB, SSB (test)). Ordningen gjelder klasse 6."), somReglene);
        assertTrue(somReglene.contains("Omsøkt 900 000 kr, tak 1 500 000 kr: 900 000 kr før rammen er tatt med."), somReglene);
        assertTrue(somReglene.contains("900 000 kr innvilget innenfor rammen"), somReglene);
        assertFalse(somReglene.contains("avviker"), somReglene);

        String annet = brev.html(medGrunnlag(data(Utfall.DELVIS_INNVILGET, 600_000, true, null), grunnlag));
        assertTrue(annet.contains("Reglene ga 900 000 kr. Vedtaket avviker fra denne beregningen"), annet);
        assertFalse(annet.contains("900 000 kr innvilget innenfor rammen"), "reglenes årsaker motsier ikke vedtaket");

        assertFalse(brev.html(data(Utfall.INNVILGET, 900_000, true, null)).contains("Grunnlaget for vedtaket"), "uten lagret grunnlag");
    }

    private static Brevdata medGrunnlag(Brevdata d, Vedtaksgrunnlag grunnlag) {
        return new Brevdata(d.kommunenavn(), d.kommunenummer(), d.organisasjonsnummer(), d.referanse(), d.vedtakId(), d.utlysning(),
                d.aar(), d.utfall(), d.belop(), d.omsokt(), d.begrunnelse(), d.formal(), d.vilkar(), d.rapportfrist(), d.utbetaling(),
                d.klageadgang(), d.klageTekst(), d.vedtatt(), d.saksbehandler(), d.godkjenner(), d.erstatter(), grunnlag);
    }
}
