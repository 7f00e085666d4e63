package no.legevakttilskudd.kommune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class KommuneregisterCsvTest {

    private static final String OVERSKRIFT = "kommunenummer;kommunenavn;fylkesnummer;fylkesnavn;sentralitetsklasse;sentralitetsindeks;"
            + "folketall;folketall_aar;organisasjonsnummer\n";

    @Test
    void leserMedBomSemikolonAnforselstegnOgOrganisasjonsnummer() {
        KommuneregisterCsv.Resultat resultat = KommuneregisterCsv.les("\uFEFF" + OVERSKRIFT
                + "5610;\"Kárásjohka; \"\"Karasjok\"\"\";56;Finnmark;6;554;2565;2024;964830533\r\n\r\n");
        assertTrue(resultat.ok(), resultat.feil().toString());
        assertEquals(List.of(new KommuneRad("5610", "Kárásjohka; \"Karasjok\"", "56", "Finnmark", 6, 554, 2565, 2024, "964830533")),
                resultat.rader());
    }

    @Test
    void fylkesnummerMaStemmeMedKommunenummeret() {
        KommuneregisterCsv.Resultat resultat = KommuneregisterCsv.les(OVERSKRIFT + "5610;Karasjok;55;Finnmark;6;554;2565;2024;\n");
        assertEquals("fylkesnummer må være de to første sifrene i kommunenummeret (56).", resultat.feil().get(0).melding());
        assertTrue(resultat.rader().isEmpty());
    }

    @Test
    void alleFeilIFilenRapporteresOgIngenRaderGodtas() {
        KommuneregisterCsv.Resultat resultat = KommuneregisterCsv.les(OVERSKRIFT
                + "1856;Røst;18;Nordland;6;366;460;2024;\n"
                + "1857;Værøy;18;Nordland;x;370;683;2024;\n"
                + "1839;;18;Nordland;6;1001;1062;2024;12345\n");
        assertEquals(List.of("linje 3, sentralitetsklasse", "linje 4, kommunenavn", "linje 4, sentralitetsindeks",
                "linje 4, organisasjonsnummer"), resultat.feil().stream().map(f -> f.felt()).toList());
        assertTrue(resultat.rader().isEmpty(), "én feil rad skal gi null rader");
    }

    @Test
    void organisasjonsnummeretMaHaRiktigKontrollsiffer() {
        KommuneregisterCsv.Resultat resultat = KommuneregisterCsv.les(OVERSKRIFT + "5610;Karasjok;56;Finnmark;6;554;2565;2024;963376031\n");
        assertEquals("organisasjonsnummer må være ni sifre med riktig kontrollsiffer (Enhetsregisteret).", resultat.feil().get(0).melding());
        assertTrue(KommuneregisterCsv.les(OVERSKRIFT + "5610;Karasjok;56;Finnmark;6;554;2565;2024;963376030\n").ok());
    }

    @Test
    void leserKommaOgLinjeskiftIEtNavnOgTellerLinjeneEtterpa() {
        KommuneregisterCsv.Resultat resultat = KommuneregisterCsv.les(OVERSKRIFT.replace(';', ',')
                + "5610,\"Kárásjohka\r\nKarasjok, Finnmark\",56,Finnmark,6,554,2565,2024,\r\n"
                + "1857,Værøy,18,Nordland,x,370,683,2024,\r\n");
        assertEquals(List.of("linje 4, sentralitetsklasse"), resultat.feil().stream().map(f -> f.felt()).toList());
        resultat = KommuneregisterCsv.les(OVERSKRIFT.replace(';', ',')
                + "5610,\"Kárásjohka\nKarasjok, Finnmark\",56,Finnmark,6,554,2565,2024,\n");
        assertTrue(resultat.ok(), resultat.feil().toString());
        assertEquals("Kárásjohka\nKarasjok, Finnmark", resultat.rader().get(0).navn());
    }

    @Test
    void anforselstegnSomIkkeLukkesRapporteresSomFeilIFilen() {
        KommuneregisterCsv.Resultat resultat = KommuneregisterCsv.les(OVERSKRIFT
                + "1856;Røst;18;Nordland;6;366;460;2024;\n"
                + "1857;\"Værøy;18;Nordland;6;370;683;2024;\n");
        assertEquals("linje 3", resultat.feil().get(0).felt());
        assertTrue(resultat.feil().get(0).melding().startsWith("Anførselstegnene går ikke opp"), resultat.feil().toString());
        assertTrue(resultat.rader().isEmpty());
    }

    @Test
    void tomFilOgBareOverskriftAvvises() {
        assertEquals("Filen er tom.", KommuneregisterCsv.les("  ").feil().get(0).melding());
        assertEquals("Filen har ingen kommuner, bare overskrift.", KommuneregisterCsv.les(OVERSKRIFT).feil().get(0).melding());
    }
}
