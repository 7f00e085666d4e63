package no.legevakttilskudd.kommune;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.legevakttilskudd.felles.Csv;
import no.legevakttilskudd.felles.Organisasjonsnummer;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;

/**
 * Reads a registry CSV in the shipped format (SSB data, see docs/data.md) and checks every row before anything is
 * stored: an upload is all or nothing, so every error is collected and reported at once.
 */
public final class KommuneregisterCsv {

    static final List<String> PAKREVDE_KOLONNER = List.of("kommunenummer", "kommunenavn", "fylkesnummer", "fylkesnavn",
            "sentralitetsklasse", "sentralitetsindeks", "folketall", "folketall_aar");
    static final String VALGFRI_KOLONNE = "organisasjonsnummer";
    private static final int MAKS_RADER = 2000;
    private static final int MAKS_FEIL = 100;

    public record Resultat(List<KommuneRad> rader, List<Feltfeil> feil) {

        public boolean ok() {
            return feil.isEmpty();
        }
    }

    private KommuneregisterCsv() {
    }

    public static Resultat les(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return new Resultat(List.of(), List.of(new Feltfeil("fil", "Filen er tom.")));
        }
        try {
            return les(Csv.les(tekst));
        } catch (ProblemException e) {
            // Quotes that do not add up: reported like the other errors of the file.
            return new Resultat(List.of(), e.problem().feil());
        }
    }

    private static Resultat les(Csv.Tabell tabell) {
        List<String> mangler = PAKREVDE_KOLONNER.stream().filter(k -> !tabell.harKolonne(k)).toList();
        if (!mangler.isEmpty()) {
            return new Resultat(List.of(), List.of(new Feltfeil("linje 1",
                    "Overskriften mangler kolonnene " + String.join(", ", mangler) + ". Påkrevd: "
                            + String.join(",", PAKREVDE_KOLONNER) + " (og valgfritt " + VALGFRI_KOLONNE + ").")));
        }
        List<Feltfeil> feil = new ArrayList<>();
        List<KommuneRad> rader = new ArrayList<>();
        Set<String> sett = new HashSet<>();
        for (Csv.Rad linje : tabell) {
            if (feil.size() >= MAKS_FEIL) {
                break;
            }
            if (linje.erTom()) {
                continue;
            }
            if (rader.size() + 1 > MAKS_RADER) {
                feil.add(new Feltfeil("linje " + linje.linje(), "Filen har flere enn " + MAKS_RADER + " kommuner."));
                break;
            }
            Rad rad = new Rad(tabell, linje, feil);
            KommuneRad kommune = rad.tilKommune();
            if (kommune != null) {
                if (!sett.add(kommune.kommunenummer())) {
                    feil.add(new Feltfeil(rad.felt("kommunenummer"), "Kommunenummer " + kommune.kommunenummer()
                            + " står mer enn én gang i filen."));
                } else {
                    rader.add(kommune);
                }
            }
        }
        if (rader.isEmpty() && feil.isEmpty()) {
            feil.add(new Feltfeil("fil", "Filen har ingen kommuner, bare overskrift."));
        }
        return new Resultat(feil.isEmpty() ? List.copyOf(rader) : List.of(), List.copyOf(feil));
    }

    private static final class Rad {

        private final Csv.Tabell tabell;
        private final Csv.Rad rad;
        private final List<Feltfeil> feil;
        private boolean gyldig = true;

        Rad(Csv.Tabell tabell, Csv.Rad rad, List<Feltfeil> feil) {
            this.tabell = tabell;
            this.rad = rad;
            this.feil = feil;
        }

        String felt(String navn) {
            return "linje " + rad.linje() + ", " + navn;
        }

        private String tekst(String navn, int maksLengde) {
            String verdi = tabell.verdi(rad, navn);
            if (verdi.length() > maksLengde) {
                feilIFelt(navn, "er lengre enn " + maksLengde + " tegn.");
            }
            return verdi;
        }

        private String pakrevdTekst(String navn, int maksLengde) {
            String verdi = tekst(navn, maksLengde);
            if (verdi.isEmpty()) {
                feilIFelt(navn, "mangler.");
            }
            return verdi;
        }

        private int heltall(String navn, int minst, int hoyst) {
            String verdi = tekst(navn, 12);
            try {
                int tall = Integer.parseInt(verdi);
                if (tall < minst || tall > hoyst) {
                    feilIFelt(navn, "må være mellom " + minst + " og " + hoyst + ", men er " + tall + ".");
                }
                return tall;
            } catch (NumberFormatException e) {
                feilIFelt(navn, "må være et heltall, men er «" + verdi + "».");
                return 0;
            }
        }

        private void feilIFelt(String navn, String melding) {
            gyldig = false;
            feil.add(new Feltfeil(felt(navn), navn + " " + melding));
        }

        KommuneRad tilKommune() {
            String nummer = pakrevdTekst("kommunenummer", 4);
            if (!nummer.isEmpty() && !Kommunenummer.erGyldig(nummer)) {
                feilIFelt("kommunenummer", "må være fire sifre, men er «" + nummer + "».");
            }
            String navn = pakrevdTekst("kommunenavn", 200);
            String fylkesnummer = pakrevdTekst("fylkesnummer", 2);
            if (Kommunenummer.erGyldig(nummer) && !nummer.startsWith(fylkesnummer)) {
                feilIFelt("fylkesnummer", "må være de to første sifrene i kommunenummeret (" + nummer.substring(0, 2) + ").");
            }
            String fylkesnavn = pakrevdTekst("fylkesnavn", 100);
            int klasse = heltall("sentralitetsklasse", 1, 6);
            int indeks = heltall("sentralitetsindeks", 0, 1000);
            int folketall = heltall("folketall", 0, 10_000_000);
            int aar = heltall("folketall_aar", 1900, 2100);
            String organisasjonsnummer = tekst(VALGFRI_KOLONNE, 9);
            if (!organisasjonsnummer.isEmpty() && !Organisasjonsnummer.erGyldig(organisasjonsnummer)) {
                feilIFelt(VALGFRI_KOLONNE, "må være ni sifre med riktig kontrollsiffer (Enhetsregisteret).");
            }
            if (!gyldig) {
                return null;
            }
            return new KommuneRad(nummer, navn, fylkesnummer, fylkesnavn, klasse, indeks, folketall, aar,
                    organisasjonsnummer.isEmpty() ? null : organisasjonsnummer);
        }
    }
}
