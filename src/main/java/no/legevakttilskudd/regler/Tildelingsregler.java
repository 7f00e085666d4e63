package no.legevakttilskudd.regler;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * SPEC §4 in one pure function: eligibility, priority group, order, award and allocation against the frame.
 * Deterministic and free of frameworks, clocks and I/O, so it can be read aloud next to docs/rules.md and re-run on
 * stored inputs years later with the same result.
 */
public final class Tildelingsregler {

    public static final String VERSJON = "2026.1";

    private static final ZoneId NORGE = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter TIDSPUNKT = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm",
            Locale.forLanguageTag("nb-NO"));

    /** §4.3: group, then less central first, then assessed before not, then fewer inhabitants, then earlier, then number. */
    private static final Comparator<Kandidat> REKKEFOLGE = Comparator
            .comparingInt((Kandidat k) -> k.gruppe)
            .thenComparingInt(k -> k.fakta.sentralitetsindeks())
            .thenComparingInt(k -> k.soknad.godkjentBudsjett() != null ? 0 : 1)
            .thenComparingInt(k -> k.fakta.folketall())
            .thenComparing(k -> k.soknad.sendt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(k -> k.soknad.kommunenummer())
            .thenComparing(k -> k.soknad.referanse(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(k -> k.indeks);

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
        for (int i = 0; i < soknader.size(); i++) {
            Soknadsgrunnlag soknad = soknader.get(i);
            Kommunefakta fakta = register.get(soknad.kommunenummer());
            if (fakta == null) {
                ukjenteReferanser.add(soknad.referanse());
                ukjenteNumre.add(soknad.kommunenummer());
                continue;
            }
            Kandidat kandidat = vurder(new Kandidat(i, soknad, fakta), parametre);
            (kandidat.kvalifisert && kandidat.status != Tildelingsstatus.AVVIST ? kvalifiserte : ovrige).add(kandidat);
        }
        if (!ukjenteNumre.isEmpty()) {
            throw new UkjentKommuneException(ukjenteReferanser, ukjenteNumre);
        }
        kvalifiserte.sort(REKKEFOLGE);
        ovrige.sort(REKKEFOLGE);
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

    /** §4.1 eligibility and lateness, §4.2 group, §4.4 the award before the frame is considered. */
    private static Kandidat vurder(Kandidat k, Regelparametre p) {
        Kommunefakta f = k.fakta;
        Soknadsgrunnlag s = k.soknad;
        int antall = s.antallLegevaktKommuner();
        k.gruppe = antall <= 2 ? 1 : 2;
        boolean klasseOk = p.sentralitetsklasser().contains(f.sentralitetsklasse());
        boolean folketallOk = f.folketall() < p.folketallsgrense();
        k.kvalifisert = klasseOk && folketallOk;
        if (p.soknadsfrist() != null && s.sendt() != null && s.sendt().isAfter(p.soknadsfrist())) {
            k.arsak(Arsakskode.FOR_SEN, "Søknaden kom " + tid(s.sendt()) + ", etter søknadsfristen " + tid(p.soknadsfrist()) + ".");
            k.status = Tildelingsstatus.AVVIST;
            return k;
        }
        if (!klasseOk) {
            k.arsak(Arsakskode.IKKE_KVALIFISERT_KLASSE, "Kommunen er i sentralitetsklasse " + f.sentralitetsklasse()
                    + " (SSB); ordningen gjelder " + klasser(p) + ".");
        }
        if (!folketallOk) {
            k.arsak(Arsakskode.IKKE_KVALIFISERT_FOLKETALL, "Kommunen hadde " + Kroner.tall(f.folketall()) + " innbyggere 1. januar "
                    + f.folketallAar() + "; ordningen gjelder kommuner med under " + Kroner.tall(p.folketallsgrense()) + ".");
        }
        if (!k.kvalifisert) {
            k.status = Tildelingsstatus.AVSLATT;
            return k;
        }
        k.arsak(Arsakskode.KVALIFISERT, "Kommunen er i sentralitetsklasse " + f.sentralitetsklasse() + " (SSB) og hadde "
                + Kroner.tall(f.folketall()) + " innbyggere 1. januar " + f.folketallAar() + " (under "
                + Kroner.tall(p.folketallsgrense()) + ").");
        k.arsak(k.gruppe == 1 ? Arsakskode.PRIORITETSGRUPPE_1 : Arsakskode.PRIORITETSGRUPPE_2, "Legevakten dekker " + antall
                + (antall == 1 ? " kommune" : " kommuner") + (k.gruppe == 1 ? " (gruppe 1: én eller to kommuner)."
                        : " (gruppe 2: tre eller flere kommuner)."));
        long grunnlag;
        String hva;
        if (s.godkjentBudsjett() != null) {
            grunnlag = Math.min(s.godkjentBudsjett(), s.omsokt());
            hva = "Godkjent budsjett " + Kroner.tekst(grunnlag);
            if (grunnlag <= p.tak()) {
                k.arsak(Arsakskode.GODKJENT_BUDSJETT, hva + " (søkt " + Kroner.tekst(s.omsokt()) + ").");
            }
        } else {
            grunnlag = s.omsokt();
            hva = "Søkt " + Kroner.tekst(grunnlag);
            if (grunnlag <= p.tak()) {
                k.arsak(Arsakskode.OMSOKT_BELOP, hva + ".");
            }
        }
        if (grunnlag > p.tak()) {
            k.arsak(Arsakskode.AVKORTET_TIL_TAK, hva + ", avkortet til taket på " + Kroner.tekst(p.tak()) + ".");
        }
        k.belop = Math.min(grunnlag, p.tak());
        if (k.belop == 0) {
            k.arsak(Arsakskode.INGENTING_A_TILDELE, "Det er ikke noe beløp å tildele.");
            k.status = Tildelingsstatus.AVSLATT;
        } else if (k.belop < p.minstebelop()) {
            k.arsak(Arsakskode.UNDER_MINSTEBELOP, "Beløpet " + Kroner.tekst(k.belop) + " er under minstebeløpet på "
                    + Kroner.tekst(p.minstebelop()) + ".");
            k.status = Tildelingsstatus.AVSLATT;
        }
        return k;
    }

    /** §4.5 the walk through the order, with §4.6: sent decisions are fixed and paid from the frame first. */
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
            if (stoppet) {
                k.tilVenteliste(Arsakskode.VENTELISTE_RAMMEN_BRUKT_OPP, "Rammen var brukt opp før søknaden nådde frem i rekkefølgen.");
            } else if (k.belop <= igjen) {
                k.innvilg(k.belop, Arsakskode.INNVILGET_I_RAMMEN, Kroner.tekst(k.belop) + " innvilget innenfor rammen; "
                        + Kroner.tekst(igjen - k.belop) + " igjen etter denne.");
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
                                    + Kroner.tekst(igjen) + ".");
                            igjen = 0;
                        } else {
                            k.tilVenteliste(Arsakskode.VENTELISTE_RAMMEN_BRUKT_OPP, mangler + "; rammen er brukt opp.");
                        }
                        stoppet = true;
                    }
                    case SKIP -> k.tilVenteliste(Arsakskode.VENTELISTE_HOPPET_OVER, mangler
                            + "; søknaden er hoppet over, og mindre tildelinger etter den vurderes.");
                    case STOP -> {
                        k.tilVenteliste(Arsakskode.VENTELISTE_STOPPET, mangler + "; fordelingen stopper her.");
                        stoppet = true;
                    }
                }
            }
        }
    }

    private static String klasser(Regelparametre p) {
        List<String> klasser = p.sentralitetsklasser().stream().map(String::valueOf).collect(Collectors.toList());
        if (klasser.size() == 1) {
            return "klasse " + klasser.get(0);
        }
        return "klasse " + String.join(", ", klasser.subList(0, klasser.size() - 1)) + " og " + klasser.get(klasser.size() - 1);
    }

    private static String tid(Instant tidspunkt) {
        return TIDSPUNKT.format(tidspunkt.atZone(NORGE));
    }

    /** A sent decision overrides what this run would give: its status and amount stand. */
    private static void brukFastVedtak(Kandidat k) {
        Soknadsgrunnlag.FastVedtak vedtak = k.soknad.fastVedtak();
        if (vedtak == null) {
            return;
        }
        k.status = vedtak.status();
        k.tildelt = vedtak.belop();
        k.arsak(Arsakskode.VEDTAK_SENDT, "Vedtak er sendt (" + vedtak.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + ", " + Kroner.tekst(vedtak.belop()) + ") og endres ikke.");
    }

    /** Working state for one application during a run. */
    private static final class Kandidat {

        final int indeks;
        final Soknadsgrunnlag soknad;
        final Kommunefakta fakta;
        final List<Arsak> arsaker = new ArrayList<>(4);
        int gruppe;
        boolean kvalifisert;
        long belop;
        long tildelt;
        Tildelingsstatus status;

        Kandidat(int indeks, Soknadsgrunnlag soknad, Kommunefakta fakta) {
            this.indeks = indeks;
            this.soknad = soknad;
            this.fakta = fakta;
        }

        void arsak(Arsakskode kode, String tekst) {
            arsaker.add(new Arsak(kode, tekst));
        }

        void innvilg(long belop, Arsakskode kode, String tekst) {
            status = Tildelingsstatus.INNVILGET;
            tildelt = belop;
            arsak(kode, tekst);
        }

        void tilVenteliste(Arsakskode kode, String tekst) {
            status = Tildelingsstatus.VENTELISTE;
            arsak(kode, tekst);
        }

        Tildeling tilTildeling(Integer rekkefolge) {
            return new Tildeling(soknad.referanse(), soknad.kommunenummer(), rekkefolge, gruppe, kvalifisert, soknad.omsokt(),
                    tildelt, status, List.copyOf(arsaker));
        }
    }
}
