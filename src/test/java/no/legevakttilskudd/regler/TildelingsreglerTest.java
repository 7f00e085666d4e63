package no.legevakttilskudd.regler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The rule table: one case per reason code of SPEC §4, each asserting status, amount and the exact sentence. The last
 * check proves that every code in {@link Arsakskode} was produced by at least one case.
 */
class TildelingsreglerTest {

    private static final Set<Arsakskode> SETT = EnumSet.noneOf(Arsakskode.class);
    private static final Instant MAI = Instant.parse("2022-05-10T10:00:00Z");
    private static final Regelparametre P2022 = Regelparametre.standard2022();

    private static final List<Arsak> ARSAKER = new java.util.ArrayList<>();

    @AfterAll
    static void hverKodeErDekket() {
        assertEquals(EnumSet.allOf(Arsakskode.class), SETT, "årsakskoder uten et eget tilfelle i regeltabellen");
    }

    /**
     * Every reason the table produced can be told in nynorsk and English from the facts it keeps: the bokmål sentence
     * built from those facts is word for word what the rules wrote, so none is missing or out of order.
     */
    @AfterAll
    static void hverArsakKanFortellesPaTreSprakFraFaktaene() {
        java.util.List<String> avvik = new java.util.ArrayList<>();
        for (Arsak a : ARSAKER) {
            String bokmal = no.legevakttilskudd.felles.web.Kodeord.fraFakta(a, java.util.Locale.forLanguageTag("nb"));
            if (!a.tekst().equals(bokmal)) {
                avvik.add(a.kode() + ": regelen skrev «" + a.tekst() + "», faktaene gir «" + bokmal + "»");
            }
            for (String sprak : List.of("nn", "en")) {
                String tekst = no.legevakttilskudd.felles.web.Kodeord.fraFakta(a, java.util.Locale.forLanguageTag(sprak));
                if (tekst == null || tekst.contains("{") || tekst.equals(a.tekst()) && !sprak.equals("nn")) {
                    avvik.add(a.kode() + " [" + sprak + "]: " + tekst);
                }
            }
        }
        assertEquals(List.of(), avvik);
    }

    @Test
    void kvalifisertEnkommunelegevaktFarDetDenSoker() {
        Tildeling rost = en(P2022, soknad("A1", "1856", 1_200_000));
        assertEquals(Tildelingsstatus.INNVILGET, rost.status());
        assertEquals(1_200_000, rost.tildelt());
        assertEquals(1, rost.rekkefolge());
        assertEquals(1, rost.prioritetsgruppe());
        assertArsak(rost, Arsakskode.KVALIFISERT, "Kommunen er i sentralitetsklasse 6 (SSB 2024) og hadde 460 innbyggere 1. januar 2024 (under 5 000).");
        assertArsak(rost, Arsakskode.PRIORITETSGRUPPE_1, "Legevakten dekker 1 kommune (gruppe 1: én eller to kommuner).");
        assertArsak(rost, Arsakskode.OMSOKT_BELOP, "Søkt 1 200 000 kr.");
        assertArsak(rost, Arsakskode.INNVILGET_I_RAMMEN, "1 200 000 kr innvilget innenfor rammen; 48 800 000 kr igjen etter denne.");
    }

    @Test
    void feilSentralitetsklasseOgForMangeInnbyggereGirAvslagMedBeggeGrunner() {
        Tildeling bodo = en(P2022, soknad("B", "1804", 500_000));
        assertEquals(Tildelingsstatus.AVSLATT, bodo.status());
        assertEquals(0, bodo.tildelt());
        assertNull(bodo.rekkefolge());
        assertArsak(bodo, Arsakskode.IKKE_KVALIFISERT_KLASSE, "Kommunen er i sentralitetsklasse 3 (SSB 2024); ordningen gjelder klasse 6.");
        assertArsak(bodo, Arsakskode.IKKE_KVALIFISERT_FOLKETALL,
                "Kommunen hadde 53 712 innbyggere 1. januar 2024; ordningen gjelder kommuner med under 5 000.");
    }

    @Test
    void klasse6MedFemtusenEllerFlereKvalifisererIkke() {
        Tildeling meloy = en(P2022, soknad("M", "1837", 500_000));
        assertEquals(Tildelingsstatus.AVSLATT, meloy.status());
        assertEquals(List.of(Arsakskode.IKKE_KVALIFISERT_FOLKETALL), koder(meloy));
    }

    @Test
    void flereKvalifiserendeKlasserNevnesAlle() {
        Regelparametre klasse56 = new Regelparametre(new TreeSet<>(List.of(5, 6)), 5000, null, 1_500_000, 0, 50_000_000,
                Marginalregel.PARTIAL, null);
        assertArsak(en(klasse56, soknad("B", "1804", 1)), Arsakskode.IKKE_KVALIFISERT_KLASSE,
                "Kommunen er i sentralitetsklasse 3 (SSB 2024); ordningen gjelder klasse 5 og 6.");
        assertEquals(Tildelingsstatus.INNVILGET, en(klasse56, soknad("S", "1840", 1_300_000)).status());
    }

    @Test
    void forSenSoknadAvvises() {
        Regelparametre medFrist = new Regelparametre(new TreeSet<>(Set.of(6)), 5000, null, 1_500_000, 0, 50_000_000,
                Marginalregel.PARTIAL, Instant.parse("2022-05-18T21:59:00Z"));
        Soknadsgrunnlag sen = new Soknadsgrunnlag("SEN", "1856", List.of("1856"), 1_000_000, null, Instant.parse("2022-05-18T22:00:00Z"), null);
        Tildeling resultat = en(medFrist, sen);
        assertEquals(Tildelingsstatus.AVVIST, resultat.status());
        assertNull(resultat.rekkefolge());
        assertArsak(resultat, Arsakskode.FOR_SEN, "Søknaden kom 19. mai 2022 kl. 00:00, etter søknadsfristen 18. mai 2022 kl. 23:59.");
        Soknadsgrunnlag iTide = new Soknadsgrunnlag("OK", "1856", List.of("1856"), 1_000_000, null, Instant.parse("2022-05-18T21:59:00Z"), null);
        assertEquals(Tildelingsstatus.INNVILGET, en(medFrist, iTide).status());
    }

    @Test
    void treKommunerGirGruppe2SomKommerEtterGruppe1() {
        Soknadsgrunnlag gamvik = new Soknadsgrunnlag("G", "5626", List.of("5626", "5630", "5632"), 500_000, null, MAI, null);
        Soknadsgrunnlag vega = new Soknadsgrunnlag("V", "1815", List.of("1815", "1816"), 500_000, null, MAI, null);
        Tildelingsresultat resultat = Tildelingsregler.beregn(P2022, Register.SSB_2024, List.of(gamvik, vega));
        registrer(resultat);
        assertEquals(List.of("V", "G"), resultat.tildelinger().stream().map(Tildeling::referanse).toList());
        Tildeling g = resultat.tildelinger().get(1);
        assertEquals(2, g.prioritetsgruppe());
        assertArsak(g, Arsakskode.PRIORITETSGRUPPE_2, "Legevakten dekker 3 kommuner (gruppe 2: tre eller flere kommuner).");
        assertArsak(resultat.tildelinger().get(0), Arsakskode.PRIORITETSGRUPPE_1, "Legevakten dekker 2 kommuner (gruppe 1: én eller to kommuner).");
    }

    @Test
    void sokerenTellesSelvOmDenManglerIListen() {
        Soknadsgrunnlag utenSeg = new Soknadsgrunnlag("X", "5626", List.of("5630", "5632"), 500_000, null, MAI, null);
        assertEquals(2, en(P2022, utenSeg).prioritetsgruppe());
    }

    @Test
    void godkjentBudsjettBrukesOgAldriOverOmsokt() {
        Soknadsgrunnlag vurdert = new Soknadsgrunnlag("V", "1856", List.of(), 1_200_000, 900_000L, MAI, null);
        Tildeling t = en(P2022, vurdert);
        assertEquals(900_000, t.tildelt());
        assertArsak(t, Arsakskode.GODKJENT_BUDSJETT, "Godkjent budsjett 900 000 kr (søkt 1 200 000 kr).");
        Soknadsgrunnlag forHoyt = new Soknadsgrunnlag("H", "1856", List.of(), 1_000_000, 1_400_000L, MAI, null);
        assertEquals(1_000_000, en(P2022, forHoyt).tildelt());
    }

    /**
     * A call that does not fund equipment (the 2023 re-announcement): the equipment lines are struck by the rules, with
     * the amount and category as facts, and never awarded, whether or not the caseworker kept them.
     */
    @Test
    void budsjettIEnKategoriUtlysningenIkkeTarImotStrykes() {
        Regelparametre utenUtstyr = new Regelparametre(new TreeSet<>(Set.of(5, 6)), 5000, null, 1_000_000, 0, 10_000_000,
                Marginalregel.PARTIAL, null, new TreeSet<>(Set.of("REKRUTTERING", "KOMPETANSE", "LEGEVAKTBIL", "DIGITALE_VERKTOY",
                        "ANNET")), 7L);
        List<Soknadsgrunnlag.Kategoripost> budsjett = List.of(new Soknadsgrunnlag.Kategoripost("REKRUTTERING", "Rekruttering", 500_000, 300_000),
                new Soknadsgrunnlag.Kategoripost("UTSTYR", "Utstyr", 300_000, 300_000));
        Tildeling sokt = en(utenUtstyr, new Soknadsgrunnlag("U", "1856", List.of("1856"), 800_000, null, MAI, null, budsjett));
        assertEquals(500_000, sokt.tildelt());
        assertArsak(sokt, Arsakskode.KATEGORI_UTENFOR, "Søkt 300 000 kr til utstyr, som utlysningen ikke gir tilskudd til; det er strøket.");
        assertArsak(sokt, Arsakskode.OMSOKT_BELOP, "Søkt 500 000 kr.");
        assertEquals(List.of("300 000 kr", "UTSTYR"), sokt.arsaker().stream().filter(a -> a.kode() == Arsakskode.KATEGORI_UTENFOR)
                .findFirst().orElseThrow().verdier());
        // The caseworker struck 200 000 of recruitment and kept the equipment: only what is left of recruitment counts.
        Tildeling vurdert = en(utenUtstyr, new Soknadsgrunnlag("V", "1856", List.of("1856"), 800_000, 600_000L, MAI, null, budsjett));
        assertEquals(300_000, vurdert.tildelt());
        assertArsak(vurdert, Arsakskode.GODKJENT_BUDSJETT, "Godkjent budsjett 300 000 kr (søkt 500 000 kr).");
        // Equipment only: nothing to award.
        Tildeling bareUtstyr = en(utenUtstyr, new Soknadsgrunnlag("B", "1856", List.of("1856"), 300_000, null, MAI, null,
                List.of(budsjett.get(1))));
        assertEquals(Tildelingsstatus.AVSLATT, bareUtstyr.status());
        // A call that takes every category strikes nothing.
        assertEquals(800_000 > P2022.tak() ? P2022.tak() : 800_000,
                en(P2022, new Soknadsgrunnlag("A", "1856", List.of("1856"), 800_000, null, MAI, null, budsjett)).tildelt());
        assertTrue(P2022.tarImot("UTSTYR") && !utenUtstyr.tarImot("UTSTYR") && utenUtstyr.tarImot("KOMPETANSE"));
    }

    @Test
    void avkortesTilTaket() {
        Tildeling t = en(P2022, soknad("T", "1856", 2_100_000));
        assertEquals(1_500_000, t.tildelt());
        assertArsak(t, Arsakskode.AVKORTET_TIL_TAK, "Søkt 2 100 000 kr, avkortet til taket på 1 500 000 kr.");
        Soknadsgrunnlag vurdert = new Soknadsgrunnlag("V", "1856", List.of(), 3_000_000, 2_000_000L, MAI, null);
        assertArsak(en(P2022, vurdert), Arsakskode.AVKORTET_TIL_TAK, "Godkjent budsjett 2 000 000 kr, avkortet til taket på 1 500 000 kr.");
    }

    @Test
    void underMinstebelopetGirAvslag() {
        Regelparametre minst = new Regelparametre(new TreeSet<>(Set.of(6)), 5000, null, 1_500_000, 750_000, 50_000_000,
                Marginalregel.PARTIAL, null);
        Tildeling t = en(minst, soknad("L", "1856", 300_000));
        assertEquals(Tildelingsstatus.AVSLATT, t.status());
        assertEquals(0, t.tildelt());
        assertArsak(t, Arsakskode.UNDER_MINSTEBELOP, "Beløpet 300 000 kr er under minstebeløpet på 750 000 kr.");
    }

    @Test
    void ingentingATildeleGirAvslag() {
        Soknadsgrunnlag null0 = new Soknadsgrunnlag("N", "1856", List.of(), 500_000, 0L, MAI, null);
        Tildeling t = en(P2022, null0);
        assertEquals(Tildelingsstatus.AVSLATT, t.status());
        assertArsak(t, Arsakskode.INGENTING_A_TILDELE, "Det er ikke noe beløp å tildele.");
    }

    @Test
    void partialGirRestenAvRammenTilDenForsteSomIkkeFarPlassOgStopper() {
        Tildelingsresultat r = beregn(P2022.medRamme(2_000_000), soknad("A", "1856", 1_500_000), soknad("B", "1857", 1_500_000),
                soknad("C", "1816", 100_000));
        assertEquals(List.of(Tildelingsstatus.INNVILGET, Tildelingsstatus.DELVIS_INNVILGET, Tildelingsstatus.VENTELISTE), statuser(r));
        assertEquals(500_000, r.tildelinger().get(1).tildelt());
        assertArsak(r.tildelinger().get(1), Arsakskode.DELVIS_RESTEN_AV_RAMMEN,
                "Tildelingen på 1 500 000 kr er større enn det som er igjen av rammen (500 000 kr); søknaden får resten av rammen, 500 000 kr.");
        assertArsak(r.tildelinger().get(2), Arsakskode.VENTELISTE_RAMMEN_BRUKT_OPP, "Rammen var brukt opp før søknaden nådde frem i rekkefølgen.");
        assertEquals(List.of("C"), r.venteliste());
        assertEquals(0, r.rammeIgjen());
    }

    @Test
    void skipHopperOverDenSomIkkeFarPlassOgGirMindreEtterpa() {
        Regelparametre skip = new Regelparametre(new TreeSet<>(Set.of(6)), 5000, null, 1_500_000, 0, 2_000_000, Marginalregel.SKIP, null);
        Tildelingsresultat r = beregn(skip, soknad("A", "1856", 1_500_000), soknad("B", "1857", 1_500_000), soknad("C", "1816", 400_000));
        assertEquals(List.of(Tildelingsstatus.INNVILGET, Tildelingsstatus.VENTELISTE, Tildelingsstatus.INNVILGET), statuser(r));
        assertArsak(r.tildelinger().get(1), Arsakskode.VENTELISTE_HOPPET_OVER, "Tildelingen på 1 500 000 kr er større enn det som er igjen "
                + "av rammen (500 000 kr); søknaden er hoppet over, og mindre tildelinger etter den vurderes.");
        assertEquals(100_000, r.rammeIgjen());
        assertEquals(List.of("B"), r.venteliste());
    }

    @Test
    void stopStopperVedDenForsteSomIkkeFarPlass() {
        Regelparametre stopp = new Regelparametre(new TreeSet<>(Set.of(6)), 5000, null, 1_500_000, 0, 2_000_000, Marginalregel.STOP, null);
        Tildelingsresultat r = beregn(stopp, soknad("A", "1856", 1_500_000), soknad("B", "1857", 1_500_000), soknad("C", "1816", 400_000));
        assertEquals(List.of(Tildelingsstatus.INNVILGET, Tildelingsstatus.VENTELISTE, Tildelingsstatus.VENTELISTE), statuser(r));
        assertArsak(r.tildelinger().get(1), Arsakskode.VENTELISTE_STOPPET,
                "Tildelingen på 1 500 000 kr er større enn det som er igjen av rammen (500 000 kr); fordelingen stopper her.");
        assertEquals(500_000, r.rammeIgjen());
        assertEquals(List.of("B", "C"), r.venteliste());
    }

    @Test
    void okningAvRammenGirDeNesteIKoFraDeNyePengeneBare() {
        Regelparametre femti = P2022.medRamme(2_000_000);
        List<Soknadsgrunnlag> soknader = List.of(soknad("A", "1856", 1_500_000), soknad("B", "1857", 1_500_000), soknad("C", "1816", 1_000_000));
        Tildelingsresultat forst = beregn(femti, soknader.toArray(Soknadsgrunnlag[]::new));
        List<Soknadsgrunnlag> medSendteVedtak = new ArrayList<>();
        for (int i = 0; i < soknader.size(); i++) {
            Tildeling t = forst.tildelinger().get(i);
            Soknadsgrunnlag s = soknader.get(i);
            medSendteVedtak.add(t.tildelt() > 0 ? new Soknadsgrunnlag(s.referanse(), s.kommunenummer(), s.legevaktKommuner(), s.omsokt(),
                    s.godkjentBudsjett(), s.sendt(), new Soknadsgrunnlag.FastVedtak(t.status(), t.tildelt())) : s);
        }
        Tildelingsresultat etter = beregn(femti.medRamme(3_200_000), medSendteVedtak.toArray(Soknadsgrunnlag[]::new));
        assertEquals(List.of(Tildelingsstatus.INNVILGET, Tildelingsstatus.DELVIS_INNVILGET, Tildelingsstatus.INNVILGET), statuser(etter));
        assertEquals(List.of(1_500_000L, 500_000L, 1_000_000L), etter.tildelinger().stream().map(Tildeling::tildelt).toList());
        assertArsak(etter.tildelinger().get(1), Arsakskode.VEDTAK_SENDT, "Vedtak er sendt (delvis innvilget, 500 000 kr) og endres ikke.");
        assertEquals(200_000, etter.rammeIgjen());
    }

    @Test
    void godkjentVedtakHolderSinDelAvRammenForDetErSendt() {
        Regelparametre toMillioner = P2022.medRamme(2_000_000);
        Soknadsgrunnlag a = soknad("A", "1856", 1_500_000);
        Soknadsgrunnlag godkjentB = new Soknadsgrunnlag("B", "1857", List.of("1857"), 1_500_000, null, MAI,
                new Soknadsgrunnlag.FastVedtak(Tildelingsstatus.INNVILGET, 1_200_000, false));
        Tildelingsresultat r = beregn(toMillioner, a, godkjentB);
        // B is later in the order than A (Værøy is more central than Røst), yet its approved 1 200 000 is paid first.
        assertEquals(List.of(Tildelingsstatus.DELVIS_INNVILGET, Tildelingsstatus.INNVILGET), statuser(r));
        assertEquals(List.of(800_000L, 1_200_000L), r.tildelinger().stream().map(Tildeling::tildelt).toList());
        assertArsak(r.tildelinger().get(1), Arsakskode.VEDTAK_GODKJENT,
                "Vedtak er godkjent (innvilget, 1 200 000 kr) og venter på å bli sendt; det endres ikke.");
    }

    @Test
    void rekkefolgenFolgerSpec43() {
        // Same group: less central first; equal centrality: assessed before not; then fewer inhabitants; then earlier; then number.
        Soknadsgrunnlag rost = soknad("ROST", "1856", 100);      // indeks 366
        Soknadsgrunnlag traena = soknad("TRAENA", "1835", 100);  // indeks 323
        Soknadsgrunnlag varoy = soknad("VAROY", "1857", 100);    // indeks 370
        Soknadsgrunnlag varoyVurdert = new Soknadsgrunnlag("VAROY2", "1857", List.of(), 100, 100L, MAI, null);
        Soknadsgrunnlag varoyTidlig = new Soknadsgrunnlag("VAROY0", "1857", List.of(), 100, null, MAI.minusSeconds(60), null);
        Tildelingsresultat r = beregn(P2022, varoy, rost, varoyVurdert, traena, varoyTidlig);
        assertEquals(List.of("TRAENA", "ROST", "VAROY2", "VAROY0", "VAROY"), r.tildelinger().stream().map(Tildeling::referanse).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), r.tildelinger().stream().map(Tildeling::rekkefolge).toList());
    }

    @Test
    void ukjentKommuneErEnFeilIkkeEtAvslag() {
        UkjentKommuneException feil = assertThrows(UkjentKommuneException.class,
                () -> Tildelingsregler.beregn(P2022, Register.SSB_2024, List.of(soknad("Z", "9999", 1), soknad("A", "1856", 1))));
        assertEquals(List.of("Z"), feil.referanser());
        assertEquals(List.of("9999"), feil.kommunenumre());
    }

    @Test
    void resultatetBarerRegelversjonOgParametre() {
        Tildelingsresultat r = beregn(P2022, soknad("A", "1856", 1));
        assertEquals(Tildelingsregler.VERSJON, r.regelversjon());
        assertEquals(P2022, r.parametre());
        assertTrue(r.tildelinger().get(0).kvalifisert());
    }

    static Soknadsgrunnlag soknad(String referanse, String kommunenummer, long omsokt) {
        return new Soknadsgrunnlag(referanse, kommunenummer, List.of(kommunenummer), omsokt, null, MAI, null);
    }

    private static Tildelingsresultat beregn(Regelparametre p, Soknadsgrunnlag... soknader) {
        return registrer(Tildelingsregler.beregn(p, Register.SSB_2024, List.of(soknader)));
    }

    private static Tildeling en(Regelparametre p, Soknadsgrunnlag soknad) {
        return beregn(p, soknad).tildelinger().get(0);
    }

    private static Tildelingsresultat registrer(Tildelingsresultat r) {
        r.tildelinger().forEach(t -> SETT.addAll(koder(t)));
        r.tildelinger().forEach(t -> ARSAKER.addAll(t.arsaker()));
        return r;
    }

    private static List<Arsakskode> koder(Tildeling t) {
        return t.arsaker().stream().map(Arsak::kode).toList();
    }

    private static List<Tildelingsstatus> statuser(Tildelingsresultat r) {
        return r.tildelinger().stream().map(Tildeling::status).toList();
    }

    private static void assertArsak(Tildeling t, Arsakskode kode, String tekst) {
        assertEquals(tekst, t.arsaker().stream().filter(a -> a.kode() == kode).map(Arsak::tekst).findFirst()
                .orElseThrow(() -> new AssertionError("mangler " + kode + " i " + t.arsaker())));
    }
}
