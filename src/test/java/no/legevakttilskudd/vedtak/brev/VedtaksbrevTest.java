package no.legevakttilskudd.vedtak.brev;

import no.legevakttilskudd.Arkivformat;
import no.legevakttilskudd.felles.Avsender;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import no.legevakttilskudd.regler.Arsakskode;
import no.legevakttilskudd.regler.Tildelingsstatus;
import no.legevakttilskudd.utlysning.Kontaktpunkt;
import no.legevakttilskudd.vedtak.Utfall;
import no.legevakttilskudd.vedtak.grunnlag.StroketBudsjettlinje;
import no.legevakttilskudd.vedtak.grunnlag.Testgrunnlag;
import no.legevakttilskudd.vedtak.grunnlag.Vedtaksgrunnlag;

/**
 * The decision letter as HTML and PDF, from its data alone: the sender, the facts, what was asked and granted, the
 * struck lines, one appeal deadline, the signatures, æøå in an embedded font, headings kept with their text, escaping.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class VedtaksbrevTest {

    static final Avsender AVSENDER = new Avsender("Helsedirektoratet", "Postboks 220 Skøyen, 0213 Oslo", "Vitaminveien 4, 0485 Oslo",
            "810 20 050", "postmottak@helsedir.no", "983 544 622");
    static final Kontaktpunkt KONTAKT = new Kontaktpunkt("Seksjon for legevakt", "legevakt@helsedir.no", null);
    static final Underskriver SAKSBEHANDLER = new Underskriver("Sara Saksbehandler", "seniorrådgiver", "saksbehandler", "Helsedirektoratet");
    static final Underskriver GODKJENNER = new Underskriver("Gunnar Godkjenner", "seksjonsleder", "godkjenner", "Helsedirektoratet");

    @Inject
    Vedtaksbrev brev;

    /** 2022-06-10 10:00 in Oslo; the appeal deadline is 21 days later, 1 July 2022. */
    private static Brevdata data(Utfall utfall, long belop, boolean klage, String formal) {
        return new Brevdata(AVSENDER, KONTAKT, "Værøy", "1857", "964977461", "LV-2022-0002", 17, "Tilskudd til styrking av legevakttjenesten 2022",
                2022, utfall, belop, 1_200_000, List.of("Værøy er i sentralitetsklasse 6 og hadde 683 innbyggere.", "Legevakten dekker én kommune."),
                List.of(), formal, Brevgrunnlag.VILKAR, LocalDate.of(2023, 4, 1), klage, "Klagen behandles av departementet.",
                Instant.parse("2022-06-10T08:00:00Z"), SAKSBEHANDLER, GODKJENNER, null, null);
    }

    private static Brevdata med(Brevdata d, List<String> begrunnelse, List<StroketBudsjettlinje> strokne, Underskriver saksbehandler,
            Vedtaksgrunnlag grunnlag) {
        return new Brevdata(d.avsender(), d.kontakt(), d.kommunenavn(), d.kommunenummer(), d.organisasjonsnummer(), d.referanse(), d.vedtakId(),
                d.utlysning(), d.aar(), d.utfall(), d.belop(), d.omsokt(), begrunnelse, strokne, d.formal(), d.vilkar(), d.rapportfrist(),
                d.klageadgang(), d.klageTekst(), d.vedtatt(), saksbehandler, d.godkjenner(), d.erstatter(), grunnlag);
    }

    /**
     * The PDF's text as one line, without the page numbers: the lines a page breaks a sentence into are joined with a
     * space again, and a sentence broken over two pages reads whole.
     */
    static String tekst(byte[] pdf) throws IOException {
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(dokument).replace('\u00a0', ' ').replaceAll("Side \\d+ av \\d+", " ")
                    .replaceAll("\\s+", " ").strip();
        }
    }

    static int antall(String tekst, String del) {
        int antall = 0;
        for (int i = tekst.indexOf(del); i >= 0; i = tekst.indexOf(del, i + 1)) {
            antall++;
        }
        return antall;
    }

    @Test
    void innvilgelseSomPdfMedAvsenderUnderskrifterInnebygdSkriftOgEnKlagefrist() throws IOException {
        byte[] pdf = brev.pdf(data(Utfall.INNVILGET, 1_200_000, true, "Fast bakvakt på Værøy og i Bø."));
        String tekst = tekst(pdf);
        assertTrue(tekst.contains("Vedtak: søknaden er innvilget"), tekst);
        assertTrue(tekst.contains("Værøy kommune får 1 200 000 kr i tilskudd"), tekst);
        assertTrue(tekst.contains("Fast bakvakt på Værøy og i Bø."), tekst);
        assertTrue(tekst.contains("Postadresse: Postboks 220 Skøyen, 0213 Oslo"), tekst);
        assertTrue(tekst.contains("Org.nr.: 983 544 622"), tekst);
        assertTrue(tekst.contains("Sara Saksbehandler") && tekst.contains("seniorrådgiver, saksbehandler"), tekst);
        assertTrue(tekst.contains("Gunnar Godkjenner") && tekst.contains("seksjonsleder, godkjenner"), tekst);
        assertEquals(1, antall(tekst, "tre uker"), "klagefristen sies én gang: " + tekst);
        assertTrue(tekst.contains("senest 1. juli 2022"), tekst);
        assertTrue(tekst.contains("innen 1. april 2023"), tekst);
        assertTrue(tekst.contains("Kommunen aksepterer vilkårene"), tekst);
        assertTrue(tekst.contains("kan den kontakte Seksjon for legevakt, e-post legevakt@helsedir.no. Oppgi referansen LV-2022-0002."),
                "utlysningens kontaktpunkt, uten telefon når det ikke har noen: " + tekst);
        try (PDDocument dokument = Loader.loadPDF(pdf)) {
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
    void erPdfAForArkivetMedSakensReferanseOgDatoen() {
        Arkivformat.krevPdfA(brev.pdf(data(Utfall.INNVILGET, 1_200_000, true, "Fast bakvakt.")), "LV-2022-0002", "10. juni 2022");
        Arkivformat.krevPdfA(brev.pdf(data(Utfall.AVSLATT, 0, false, null)), "LV-2022-0002", "10. juni 2022");
    }

    @Test
    void avslagUtenKlageadgangHarVerkenUtbetalingEllerKlage() {
        String html = brev.html(data(Utfall.AVSLATT, 0, false, null));
        assertTrue(html.contains("Vedtak: søknaden er avslått"));
        assertTrue(html.contains("får ikke tilskudd"));
        assertFalse(html.contains("<h2>Klage</h2>"));
        assertFalse(html.contains("<h2>Utbetaling</h2>"));
    }

    /** Less than asked is partly granted for the kommune, whatever the rules called it, with both amounts side by side. */
    @Test
    void mindreEnnSoktErDelvisInnvilgetMedSoktOgInnvilgetVedSidenAvHverandre() throws IOException {
        for (Utfall utfall : List.of(Utfall.INNVILGET, Utfall.DELVIS_INNVILGET)) {
            String tekst = tekst(brev.pdf(data(utfall, 750_000, true, null)));
            assertTrue(tekst.contains("Vedtak: søknaden er delvis innvilget"), utfall + ": " + tekst);
            assertFalse(tekst.contains("søknaden er innvilget"), utfall + ": " + tekst);
            assertTrue(tekst.contains("Værøy kommune får 750 000 kr i tilskudd til styrking av legevakttjenesten. Kommunen søkte om "
                    + "1 200 000 kr og får altså ikke hele beløpet"), tekst);
            assertTrue(tekst.contains("Søkt om 1 200 000 kr"), tekst);
            assertTrue(tekst.contains("Innvilget 750 000 kr"), tekst);
        }
        String helt = brev.html(data(Utfall.INNVILGET, 1_200_000, true, null));
        assertTrue(helt.contains("det beløpet kommunen søkte om"), helt);
    }

    /** The struck lines with their reasons, and the approved budget they leave. */
    @Test
    void strokneLinjerMedBegrunnelse() throws IOException {
        List<StroketBudsjettlinje> strokne = List.of(
                new StroketBudsjettlinje(1, "Fast bakvakt", 2, "Bolig til vikar", 150_000, "Bolig er utenfor formålet."),
                new StroketBudsjettlinje(2, "Kurs", 1, "Reise til Bali", 300_000, "Reisen har ikke noe med legevakten å gjøre."));
        Brevdata d = med(data(Utfall.INNVILGET, 750_000, true, null), List.of("Begrunnet."), strokne, SAKSBEHANDLER, null);
        String tekst = tekst(brev.pdf(d));
        assertTrue(tekst.contains("Budsjettlinjer som ikke er tatt med"), tekst);
        assertTrue(tekst.contains("Tiltak 1 («Fast bakvakt»), linje 2: Bolig til vikar, 150 000 kr. Begrunnelse: Bolig er utenfor formålet."), tekst);
        assertTrue(tekst.contains("Begrunnelse: Reisen har ikke noe med legevakten å gjøre."), tekst);
        assertTrue(tekst.contains("Godkjent budsjett etter vurderingen 750 000 kr"), tekst);
    }

    /** A token without a name: the letter names the role in the agency, never a user name, and keeps the title. */
    @Test
    void utenNavnIToketetStarRollenIkkeBrukernavnet() throws IOException {
        Underskriver utenNavn = new Underskriver(null, "rådgiver", "saksbehandler", "Helsedirektoratet");
        String tekst = tekst(brev.pdf(med(data(Utfall.INNVILGET, 1_200_000, true, null), List.of("Begrunnet."), List.of(), utenNavn, null)));
        assertTrue(tekst.contains("Saksbehandler i Helsedirektoratet"), tekst);
        assertTrue(tekst.contains("rådgiver"), tekst);
        assertTrue(tekst.contains("Gunnar Godkjenner"), tekst);
        assertEquals("Godkjenner i Helsedirektoratet", new Underskriver(null, null, "godkjenner", "Helsedirektoratet").visningsnavn());
        assertEquals(null, new Underskriver(null, null, "godkjenner", "Helsedirektoratet").undertekst());
    }

    @Test
    void brukerteksterEscapes() {
        String html = brev.html(data(Utfall.INNVILGET, 100, true, "<script>alert(1)</script>"));
        assertFalse(html.contains("<script>alert"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    /**
     * The basis in the letter: the facts and rules in words always; the rules' reasons only when the decision gives what
     * they computed, and then without the frame's working figures (what was left of it after this award).
     */
    @Test
    void grunnlagetForVedtaketUtenInterneTall() throws IOException {
        Vedtaksgrunnlag grunnlag = Testgrunnlag.eksempel("1857");
        String rammeIgjen = grunnlag.resultat().arsaker().stream().filter(a -> a.kode() == Arsakskode.INNVILGET_I_RAMMEN).findFirst()
                .orElseThrow().tekst().replaceAll(".*; (.*) igjen etter denne\\.", "$1");
        assertTrue(rammeIgjen.matches("[0-9 ]+ kr"), "reglenes tekst har det interne tallet: " + rammeIgjen);

        String somReglene = tekst(brev.pdf(med(data(Utfall.INNVILGET, 900_000, true, null), List.of("Begrunnet."), List.of(), SAKSBEHANDLER,
                grunnlag)));
        assertTrue(somReglene.contains("Fakta og regler vedtaket bygger på"), somReglene);
        assertTrue(somReglene.contains("683 innbyggere 1. januar 2024. Ordningen gjelder kommuner med under 5 000 innbyggere."), somReglene);
        assertTrue(somReglene.contains("Kommunen er i sentralitetsklasse 6, med indeks 366 (SSB). Ordningen gjelder kommuner "
                + "i sentralitetsklasse 6."), somReglene);
        assertTrue(somReglene.contains("så søknaden er i prioritetsgruppe 1"), somReglene);
        assertTrue(somReglene.contains("Søkt 900 000 kr, høyst 1 500 000 kr per kommune: 900 000 kr før rammen for ordningen er tatt med."),
                somReglene);
        assertTrue(somReglene.contains("Rammen for ordningen hadde plass til hele tilskuddet"), somReglene);
        assertFalse(somReglene.contains(rammeIgjen), "det som var igjen av rammen, står ikke i brevet: " + somReglene);
        assertFalse(somReglene.contains("igjen etter denne"), somReglene);
        assertFalse(somReglene.contains("avviker"), somReglene);

        String annet = brev.html(med(data(Utfall.DELVIS_INNVILGET, 600_000, true, null), List.of("Begrunnet."), List.of(), SAKSBEHANDLER,
                grunnlag));
        assertTrue(annet.contains("Etter reglene ville kommunen fått 900 000 kr. Vedtaket avviker fra denne beregningen"), annet);
        assertFalse(annet.contains("Rammen for ordningen hadde plass"), "reglenes årsaker motsier ikke vedtaket");

        assertFalse(brev.html(data(Utfall.INNVILGET, 900_000, true, null)).contains("Fakta og regler"), "uten lagret grunnlag");
    }

    /** Codes are for machines: no status, outcome or reason code stands in the letter, only words. */
    @Test
    void ingenKoderIBrevet() throws IOException {
        Set<String> koder = new java.util.HashSet<>();
        for (Enum<?>[] konstanter : List.<Enum<?>[]>of(Arsakskode.values(), Tildelingsstatus.values(), Utfall.values())) {
            for (Enum<?> k : konstanter) {
                koder.add(k.name());
            }
        }
        for (Utfall utfall : Utfall.values()) {
            long belop = utfall.girTilskudd() ? 900_000 : 0;
            String tekst = tekst(brev.pdf(med(data(utfall, belop, true, null), List.of("Begrunnet."), List.of(), SAKSBEHANDLER,
                    Testgrunnlag.eksempel("1857"))));
            Matcher ord = Pattern.compile("\\b[A-Z][A-Z0-9_]{3,}\\b").matcher(tekst);
            while (ord.find()) {
                assertFalse(koder.contains(ord.group()), utfall + ": koden " + ord.group() + " står i brevet");
            }
        }
    }

    /**
     * A heading never stands alone at the foot of a page. The letter is made with ever longer reasons, so each heading
     * comes to lie at every height of the page in turn, and no page but the last may end with a heading.
     */
    @Test
    void enOverskriftStarAldriAleneNederstPaSiden() throws IOException {
        Set<String> overskrifter = Set.of("Begrunnelse", "Budsjettlinjer som ikke er tatt med", "Fakta og regler vedtaket bygger på",
                "Formål", "Vilkår", "Rapport", "Utbetaling", "Klage", "Med hilsen");
        List<StroketBudsjettlinje> strokne = List.of(new StroketBudsjettlinje(1, "Fast bakvakt", 2, "Bolig", 150_000, "Utenfor formålet."));
        List<String> funn = new ArrayList<>();
        int sider = 0;
        for (int avsnitt = 1; avsnitt <= 40; avsnitt++) {
            List<String> begrunnelse = new ArrayList<>();
            for (int i = 0; i < avsnitt; i++) {
                begrunnelse.add("Avsnitt " + (i + 1) + " i begrunnelsen, langt nok til å fylle en linje eller to i brevet, slik en ekte "
                        + "begrunnelse også gjør.");
            }
            byte[] pdf = brev.pdf(med(data(Utfall.INNVILGET, 1_050_000, true, "Fast bakvakt."), begrunnelse, strokne, SAKSBEHANDLER,
                    Testgrunnlag.eksempel("1857")));
            try (PDDocument dokument = Loader.loadPDF(pdf)) {
                sider = Math.max(sider, dokument.getNumberOfPages());
                for (int side = 1; side < dokument.getNumberOfPages(); side++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(side);
                    stripper.setEndPage(side);
                    List<String> linjer = stripper.getText(dokument).lines().map(String::strip)
                            .filter(l -> !l.isEmpty() && !l.startsWith("Side ")).toList();
                    String siste = linjer.get(linjer.size() - 1);
                    if (overskrifter.contains(siste)) {
                        funn.add(avsnitt + " avsnitt: side " + side + " slutter med «" + siste + "»");
                    }
                }
            }
        }
        assertTrue(sider >= 3, "brevene ble ikke lange nok til å prøve sideskiftene: " + sider);
        assertEquals(List.of(), funn);
    }
}
