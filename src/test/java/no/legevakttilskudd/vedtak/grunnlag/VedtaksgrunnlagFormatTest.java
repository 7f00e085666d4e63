package no.legevakttilskudd.vedtak.grunnlag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import no.legevakttilskudd.regler.Arsak;
import no.legevakttilskudd.regler.Arsakskode;
import no.legevakttilskudd.regler.Tildelingsstatus;
import no.legevakttilskudd.regler.Vedtakskontroll;

/**
 * The stored basis is a record kept for years: a decision stored in format 1 must read back field for field, and
 * writing it again must give the same JSON. Renaming a field in {@link Vedtaksgrunnlag} or in the {@code regler}
 * records inside it breaks this test instead of the old decisions.
 */
class VedtaksgrunnlagFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void etLagretGrunnlagIFormat1LesesOgSkrivesLikt() throws IOException {
        String lagret = fil("vedtaksgrunnlag/format-1.json");
        Vedtaksgrunnlag grunnlag = Vedtaksgrunnlag.fraJson(lagret);

        assertEquals(1, grunnlag.format());
        assertEquals(48, grunnlag.antallIRekkefolgen());
        assertEquals(2022, grunnlag.grunnlag().parametre().folketallAar());
        assertEquals(1_000_000, grunnlag.grunnlag().parametre().tak());
        assertEquals(726, grunnlag.grunnlag().kommune().folketall());
        assertEquals(1_250_000L, grunnlag.grunnlag().soknad().godkjentBudsjett());
        assertEquals(1_200_000L, grunnlag.grunnlag().rammeForan());
        assertEquals(12, grunnlag.resultat().rekkefolge());
        assertEquals(Tildelingsstatus.INNVILGET, grunnlag.resultat().status());
        assertEquals(List.of(Arsakskode.KVALIFISERT, Arsakskode.PRIORITETSGRUPPE_1, Arsakskode.AVKORTET_TIL_TAK,
                Arsakskode.INNVILGET_I_RAMMEN), grunnlag.resultat().arsaker().stream().map(Arsak::kode).toList());
        assertEquals("5 og 6", grunnlag.klasser());
        assertEquals(2, grunnlag.antallKommuner());

        assertEquals(JSON.readTree(lagret), JSON.readTree(grunnlag.tilJson()), "skrevet på nytt gir samme JSON");
    }

    /**
     * The basis alone gives the stored result again, though the round's other applications are not in it, and though it
     * was computed by an earlier version of the rules (2026.1, before categories): the only difference is the version.
     */
    @Test
    void dagensReglerPaDetLagredeGrunnlagetGirSammeResultat() throws IOException {
        Vedtaksgrunnlag grunnlag = Vedtaksgrunnlag.fraJson(fil("vedtaksgrunnlag/format-1.json"));
        Vedtakskontroll.Resultat kontroll = Vedtakskontroll.kontroller(grunnlag.regelversjon(), grunnlag.grunnlag(), grunnlag.resultat(),
                grunnlag.grunnlag());
        assertEquals(List.of("regelversjon"), kontroll.regelendringer().stream().map(Vedtakskontroll.Avvik::felt).toList(), kontroll.toString());
        assertTrue(kontroll.dataendringer().isEmpty() && kontroll.utfallIdag().isEmpty(), kontroll.toString());
        assertEquals(grunnlag.resultat().tildelt(), kontroll.paLagretGrunnlag().tildelt());
        assertEquals(grunnlag.resultat().arsaker(), kontroll.paLagretGrunnlag().arsaker().stream()
                .map(a -> new Arsak(a.kode(), a.tekst())).toList());
    }

    @Test
    void etUkjentFeltErEnFeilIkkeNoeSomOverses() throws IOException {
        String med = fil("vedtaksgrunnlag/format-1.json").replaceFirst("\"format\": 1,", "\"format\": 1, \"nyttFelt\": true,");
        IllegalStateException feil = assertThrows(IllegalStateException.class, () -> Vedtaksgrunnlag.fraJson(med));
        assertTrue(feil.getMessage().contains("nyttFelt"), feil.getMessage());
    }

    private static String fil(String navn) throws IOException {
        try (InputStream inn = VedtaksgrunnlagFormatTest.class.getClassLoader().getResourceAsStream(navn)) {
            return new String(inn.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
