package no.legevakttilskudd.regler;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SPEC §4 in one pure function: eligibility, priority group, order, award and allocation against the frame.
 * Deterministic and free of frameworks, clocks and I/O, so it can be read aloud next to docs/rules.md and re-run on
 * stored inputs years later with the same result.
 */
public final class Tildelingsregler {

    public static final String VERSJON = "2026.2";

    private static final ZoneId NORGE = ZoneId.of("Europe/Oslo");
    private static final Locale NORSK = Locale.forLanguageTag("nb-NO");
    private static final DateTimeFormatter TIDSPUNKT = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", NORSK);

    /**
     * §4.3: group, then less central first, then assessed before not, then fewer inhabitants, then earlier, then number.
     * Written out field by field rather than as chained key extractors: it runs n·log n times on large simulations.
     */
    private static final Comparator<Kandidat> REKKEFOLGE = (a, b) -> {
        int c = Long.compare(a.nokkel, b.nokkel);
        if (c == 0) {
            c = Long.compare(a.sendtSekund, b.sendtSekund);
        }
        if (c == 0) {
            c = Integer.compare(a.sendtNano, b.sendtNano);
        }
        if (c == 0) {
            c = a.soknad.kommunenummer().compareTo(b.soknad.kommunenummer());
        }
        if (c == 0) {
            c = Comparator.nullsLast(Comparator.<String>naturalOrder()).compare(a.soknad.referanse(), b.soknad.referanse());
        }
        return c != 0 ? c : Integer.compare(a.indeks, b.indeks);
    };

    /** Room for a position next to the 43-bit key in one positive long: up to 2^20 applications take the fast path. */
    private static final int POSISJON_BITER = 20;
    private static final long POSISJON_MASKE = (1L << POSISJON_BITER) - 1;

    private Tildelingsregler() {
    }

    /**
     * @param register the registry rows by kommunenummer; every applicant must be in it
     * @throws UkjentKommuneException if an applicant's kommunenummer is not in the registry
     */
    public static Tildelingsresultat beregn(Regelparametre parametre, Map<String, Kommunefakta> register,
            List<Soknadsgrunnlag> soknader) {
        List<String> ukjenteReferanser = new ArrayList<>();
        List<String> ukjenteNumre = new ArrayList<>();
        List<Kandidat> kvalifiserte = new ArrayList<>();
        List<Kandidat> ovrige = new ArrayList<>();
        Map<String, List<Arsak>> kvalifiseringPerKommune = new HashMap<>();
        Map<Integer, Arsak> gruppePerAntall = new HashMap<>();
        for (int i = 0; i < soknader.size(); i++) {
            Soknadsgrunnlag soknad = soknader.get(i);
            Kommunefakta fakta = register.get(soknad.kommunenummer());
            if (fakta == null) {
                ukjenteReferanser.add(soknad.referanse());
                ukjenteNumre.add(soknad.kommunenummer());
                continue;
            }
            Kandidat kandidat = vurder(new Kandidat(i, soknad, fakta), parametre, kvalifiseringPerKommune, gruppePerAntall);
            (kandidat.kvalifisert && kandidat.status != Tildelingsstatus.AVVIST ? kvalifiserte : ovrige).add(kandidat);
        }
        if (!ukjenteNumre.isEmpty()) {
            throw new UkjentKommuneException(ukjenteReferanser, ukjenteNumre);
        }
        sorter(kvalifiserte);
        sorter(ovrige);
        fordel(kvalifiserte, ovrige, parametre);

        List<Tildeling> tildelinger = new ArrayList<>(soknader.size());
        List<String> venteliste = new ArrayList<>();
        long sumOmsokt = 0;
        long sumTildelt = 0;
        int plass = 0;
        for (Kandidat k : kvalifiserte) {
            tildelinger.add(k.tilTildeling(++plass));
            if (k.status == Tildelingsstatus.VENTELISTE) {
                venteliste.add(k.soknad.referanse());
            }
        }
        for (Kandidat k : ovrige) {
            tildelinger.add(k.tilTildeling(null));
        }
        for (Tildeling t : tildelinger) {
            sumOmsokt += t.omsokt();
            sumTildelt += t.tildelt();
        }
        return new Tildelingsresultat(VERSJON, parametre, List.copyOf(tildelinger), sumOmsokt, sumTildelt,
                parametre.ramme() - sumTildelt, List.copyOf(venteliste));
    }

    /**
     * §4.1 eligibility and lateness, §4.2 group, §4.4 the award before the frame is considered. The eligibility and group
     * reasons depend only on the kommune and the legevakt's size, so each is written once per run and shared.
     */
    private static Kandidat vurder(Kandidat k, Regelparametre p, Map<String, List<Arsak>> kvalifiseringPerKommune,
            Map<Integer, Arsak> gruppePerAntall) {
        Kommunefakta f = k.fakta;
        Soknadsgrunnlag s = k.soknad;
        int antall = s.antallLegevaktKommuner();
        k.gruppe = antall <= Soknadsgrunnlag.MAKS_KOMMUNER_GRUPPE_1 ? 1 : 2;
        // Group, centrality index (0–1000), assessed-or-not and population packed into one number that sorts as §4.3 says.
        k.nokkel = ((long) (k.gruppe - 1) << 42) | ((long) f.sentralitetsindeks() << 32) | ((s.godkjentBudsjett() != null ? 0L : 1L) << 31)
                | f.folketall();
        k.kvalifisert = Kvalifisering.kvalifisert(f.sentralitetsklasse(), f.folketall(), p.sentralitetsklasser(), p.folketallsgrense());
        if (p.soknadsfrist() != null && s.sendt() != null && s.sendt().isAfter(p.soknadsfrist())) {
            k.arsak(Arsakskode.FOR_SEN, "Søknaden kom " + tid(s.sendt()) + ", etter søknadsfristen " + tid(p.soknadsfrist()) + ".",
                    tid(s.sendt()), tid(p.soknadsfrist()));
            k.status = Tildelingsstatus.AVVIST;
            return k;
        }
        k.arsaker.addAll(kvalifiseringPerKommune.computeIfAbsent(f.kommunenummer(), nummer -> Kvalifisering.av(f, p).arsaker()));
        if (!k.kvalifisert) {
            k.status = Tildelingsstatus.AVSLATT;
            return k;
        }
        k.arsaker.add(gruppePerAntall.computeIfAbsent(antall, Tildelingsregler::gruppe));
        long strokeSokt = 0;
        long strokeGodkjent = 0;
        for (Soknadsgrunnlag.Kategoripost post : s.budsjett()) {
            if (!p.tarImot(post.kategori()) && post.sokt() > 0) {
                strokeSokt += post.sokt();
                strokeGodkjent += post.godkjent();
                k.arsak(Arsakskode.KATEGORI_UTENFOR, "Søkt " + Kroner.tekst(post.sokt()) + " til " + post.navn().toLowerCase(NORSK)
                        + ", som utlysningen ikke gir tilskudd til; det er strøket.", Kroner.tekst(post.sokt()), post.kategori());
            }
        }
        long omsokt = Math.max(s.omsokt() - strokeSokt, 0);
        long grunnlag;
        String hva;
        if (s.godkjentBudsjett() != null) {
            grunnlag = Math.min(Math.max(s.godkjentBudsjett() - strokeGodkjent, 0), omsokt);
            hva = "Godkjent budsjett " + Kroner.tekst(grunnlag);
            if (grunnlag <= p.tak()) {
                k.arsak(Arsakskode.GODKJENT_BUDSJETT, hva + " (søkt " + Kroner.tekst(omsokt) + ").", Kroner.tekst(grunnlag),
                        Kroner.tekst(omsokt));
            }
        } else {
            grunnlag = omsokt;
            hva = "Søkt " + Kroner.tekst(grunnlag);
            if (grunnlag <= p.tak()) {
                k.arsak(Arsakskode.OMSOKT_BELOP, hva + ".", Kroner.tekst(grunnlag));
            }
        }
        if (grunnlag > p.tak()) {
            // The first fact says whether the amount is the approved budget (1) or what was asked (0).
            k.arsak(Arsakskode.AVKORTET_TIL_TAK, hva + ", avkortet til taket på " + Kroner.tekst(p.tak()) + ".",
                    s.godkjentBudsjett() != null ? 1 : 0, Kroner.tekst(grunnlag), Kroner.tekst(p.tak()));
        }
        k.belop = Math.min(grunnlag, p.tak());
        if (k.belop == 0) {
            k.arsak(Arsakskode.INGENTING_A_TILDELE, "Det er ikke noe beløp å tildele.");
            k.status = Tildelingsstatus.AVSLATT;
        } else if (k.belop < p.minstebelop()) {
            k.arsak(Arsakskode.UNDER_MINSTEBELOP, "Beløpet " + Kroner.tekst(k.belop) + " er under minstebeløpet på "
                    + Kroner.tekst(p.minstebelop()) + ".", Kroner.tekst(k.belop), Kroner.tekst(p.minstebelop()));
            k.status = Tildelingsstatus.AVSLATT;
        }
        return k;
    }

    /**
     * Sorts by {@link #REKKEFOLGE}. Most of the order lies in the packed key, so the list is first sorted as primitive
     * longs (key and position in one number), and only runs with equal keys need the full comparator. Same result as
     * {@code list.sort(REKKEFOLGE)}, several times faster for 100 000 applications.
     */
    private static void sorter(List<Kandidat> kandidater) {
        int n = kandidater.size();
        if (n > POSISJON_MASKE) {
            kandidater.sort(REKKEFOLGE);
            return;
        }
        long[] nokler = new long[n];
        for (int i = 0; i < n; i++) {
            nokler[i] = (kandidater.get(i).nokkel << POSISJON_BITER) | i;
        }
        Arrays.sort(nokler);
        Kandidat[] sortert = new Kandidat[n];
        for (int i = 0; i < n; i++) {
            sortert[i] = kandidater.get((int) (nokler[i] & POSISJON_MASKE));
        }
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || sortert[i].nokkel != sortert[start].nokkel) {
                if (i - start > 1) {
                    Arrays.sort(sortert, start, i, REKKEFOLGE);
                }
                start = i;
            }
        }
        for (int i = 0; i < n; i++) {
            kandidater.set(i, sortert[i]);
        }
    }

    private static Arsak gruppe(int antall) {
        boolean en = antall <= Soknadsgrunnlag.MAKS_KOMMUNER_GRUPPE_1;
        return Arsak.av(en ? Arsakskode.PRIORITETSGRUPPE_1 : Arsakskode.PRIORITETSGRUPPE_2, "Legevakten dekker " + antall
                + (antall == 1 ? " kommune" : " kommuner") + (en ? " (gruppe 1: én eller to kommuner)." : " (gruppe 2: tre eller flere kommuner)."),
                antall);
    }

    /** §4.5 the walk through the order, with §4.6: approved and sent decisions are fixed and paid from the frame first. */
    private static void fordel(List<Kandidat> kvalifiserte, List<Kandidat> ovrige, Regelparametre p) {
        long igjen = p.ramme();
        for (List<Kandidat> liste : List.of(kvalifiserte, ovrige)) {
            for (Kandidat k : liste) {
                brukFastVedtak(k);
                if (k.soknad.fastVedtak() != null) {
                    igjen -= k.tildelt;
                }
            }
        }
        boolean stoppet = false;
        for (Kandidat k : kvalifiserte) {
            if (k.soknad.fastVedtak() != null || k.status == Tildelingsstatus.AVSLATT) {
                continue;
            }
            k.rammeForan = igjen;
            if (stoppet) {
                // No facts: the other language's sentence for this code is the one without amounts.
                k.tilVenteliste(Arsakskode.VENTELISTE_RAMMEN_BRUKT_OPP, "Rammen var brukt opp før søknaden nådde frem i rekkefølgen.");
            } else if (k.belop <= igjen) {
                k.innvilg(k.belop, Arsakskode.INNVILGET_I_RAMMEN, Kroner.tekst(k.belop) + " innvilget innenfor rammen; "
                        + Kroner.tekst(igjen - k.belop) + " igjen etter denne.", Kroner.tekst(k.belop), Kroner.tekst(igjen - k.belop));
                igjen -= k.belop;
            } else {
                String mangler = "Tildelingen på " + Kroner.tekst(k.belop) + " er større enn det som er igjen av rammen ("
                        + Kroner.tekst(Math.max(igjen, 0)) + ")";
                switch (p.marginal()) {
                    case PARTIAL -> {
                        if (igjen > 0 && igjen >= p.minstebelop()) {
                            k.status = Tildelingsstatus.DELVIS_INNVILGET;
                            k.tildelt = igjen;
                            k.arsak(Arsakskode.DELVIS_RESTEN_AV_RAMMEN, mangler + "; søknaden får resten av rammen, "
                                    + Kroner.tekst(igjen) + ".", Kroner.tekst(k.belop), Kroner.tekst(Math.max(igjen, 0)));
                            igjen = 0;
                        } else {
                            k.tilVenteliste(Arsakskode.VENTELISTE_RAMMEN_BRUKT_OPP, mangler + "; rammen er brukt opp.",
                                    Kroner.tekst(k.belop), Kroner.tekst(Math.max(igjen, 0)));
                        }
                        stoppet = true;
                    }
                    case SKIP -> k.tilVenteliste(Arsakskode.VENTELISTE_HOPPET_OVER, mangler
                            + "; søknaden er hoppet over, og mindre tildelinger etter den vurderes.", Kroner.tekst(k.belop),
                            Kroner.tekst(Math.max(igjen, 0)));
                    case STOP -> {
                        k.tilVenteliste(Arsakskode.VENTELISTE_STOPPET, mangler + "; fordelingen stopper her.", Kroner.tekst(k.belop),
                                Kroner.tekst(Math.max(igjen, 0)));
                        stoppet = true;
                    }
                }
            }
        }
    }

    private static String tid(Instant tidspunkt) {
        return TIDSPUNKT.format(tidspunkt.atZone(NORGE));
    }

    /** An approved or sent decision overrides what this run would give: its status and amount stand. */
    private static void brukFastVedtak(Kandidat k) {
        Soknadsgrunnlag.FastVedtak vedtak = k.soknad.fastVedtak();
        if (vedtak == null) {
            return;
        }
        k.status = vedtak.status();
        k.tildelt = vedtak.belop();
        String utfall = vedtak.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", " + Kroner.tekst(vedtak.belop());
        if (vedtak.sendt()) {
            k.arsak(Arsakskode.VEDTAK_SENDT, "Vedtak er sendt (" + utfall + ") og endres ikke.", vedtak.status().name(),
                    Kroner.tekst(vedtak.belop()));
        } else {
            k.arsak(Arsakskode.VEDTAK_GODKJENT, "Vedtak er godkjent (" + utfall + ") og venter på å bli sendt; det endres ikke.",
                    vedtak.status().name(), Kroner.tekst(vedtak.belop()));
        }
    }

    /** Working state for one application during a run. */
    private static final class Kandidat {

        final int indeks;
        final Soknadsgrunnlag soknad;
        final Kommunefakta fakta;
        final List<Arsak> arsaker = new ArrayList<>(4);
        int gruppe;
        long nokkel;
        boolean kvalifisert;
        long belop;
        long tildelt;
        Long rammeForan;
        Tildelingsstatus status;

        /** Sending time as sort keys; a missing time sorts last. */
        final long sendtSekund;
        final int sendtNano;

        Kandidat(int indeks, Soknadsgrunnlag soknad, Kommunefakta fakta) {
            this.indeks = indeks;
            this.soknad = soknad;
            this.fakta = fakta;
            this.sendtSekund = soknad.sendt() == null ? Long.MAX_VALUE : soknad.sendt().getEpochSecond();
            this.sendtNano = soknad.sendt() == null ? Integer.MAX_VALUE : soknad.sendt().getNano();
        }

        void arsak(Arsakskode kode, String tekst, Object... verdier) {
            arsaker.add(Arsak.av(kode, tekst, verdier));
        }

        void innvilg(long belop, Arsakskode kode, String tekst, Object... verdier) {
            status = Tildelingsstatus.INNVILGET;
            tildelt = belop;
            arsak(kode, tekst, verdier);
        }

        void tilVenteliste(Arsakskode kode, String tekst, Object... verdier) {
            status = Tildelingsstatus.VENTELISTE;
            arsak(kode, tekst, verdier);
        }

        Tildeling tilTildeling(Integer rekkefolge) {
            return new Tildeling(soknad.referanse(), soknad.kommunenummer(), rekkefolge, gruppe, kvalifisert, soknad.omsokt(),
                    tildelt, status, Collections.unmodifiableList(arsaker), belop, rammeForan);
        }
    }
}
