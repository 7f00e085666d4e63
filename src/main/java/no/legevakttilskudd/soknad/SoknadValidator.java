package no.legevakttilskudd.soknad;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.kommune.Kommunenummer;

/**
 * Checks an application. Format rules apply to every save, so a draft never holds an invalid value; completeness is
 * checked on submit. All errors are returned at once, each naming its field as a JSON path.
 */
public final class SoknadValidator {

    public static final long MAKS_BELOP_PER_LINJE = 100_000_000L;
    static final int MAKS_TILTAK = 20;
    static final int MAKS_LINJER_PER_TILTAK = 50;
    static final int MAKS_LEGEVAKT_KOMMUNER = 50;
    static final int MAKS_NAVN = 200;
    static final int MAKS_LANG_TEKST = 4000;
    static final int MAKS_LINJETEKST = 500;

    private static final Pattern EPOST = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    /** Norwegian numbers: eight digits starting with 2–9, optionally with +47 or 0047 in front. */
    private static final Pattern TELEFON = Pattern.compile("^(\\+47|0047)?[2-9]\\d{7}$");

    private final List<Feltfeil> feil = new ArrayList<>();

    private SoknadValidator() {
    }

    /**
     * @param kjentKommune whether a kommunenummer exists in the call's registry version
     * @param fullstendig  true on submit: every required field must be filled in
     */
    public static List<Feltfeil> valider(SoknadInput input, String sokerKommune, Predicate<String> kjentKommune, boolean fullstendig) {
        SoknadValidator v = new SoknadValidator();
        if (input == null) {
            v.feil.add(new Feltfeil("(hele innholdet)", "Send søknaden som JSON."));
            return v.feil;
        }
        v.kontaktperson(input.kontaktperson(), fullstendig);
        v.legevaktKommuner(input.legevaktKommuner(), sokerKommune, kjentKommune, fullstendig);
        v.vaktbelastning(input.vaktbelastning(), fullstendig);
        v.tiltak(input.tiltak(), fullstendig);
        v.tekst("formal", input.formal(), MAKS_LANG_TEKST, true, fullstendig, "Beskriv formålet med tilskuddet.");
        return v.feil;
    }

    private void kontaktperson(SoknadInput.Kontaktperson kontakt, boolean fullstendig) {
        SoknadInput.Kontaktperson k = kontakt != null ? kontakt : new SoknadInput.Kontaktperson(null, null, null);
        tekst("kontaktperson.navn", k.navn(), MAKS_NAVN, false, fullstendig, "Skriv navnet på kontaktpersonen.");
        if (tekst("kontaktperson.epost", k.epost(), 254, false, fullstendig, "Skriv e-postadressen til kontaktpersonen.")
                && !EPOST.matcher(k.epost().strip()).matches()) {
            feil.add(new Feltfeil("kontaktperson.epost", "E-postadressen må se slik ut: navn@kommune.no."));
        }
        if (tekst("kontaktperson.telefon", k.telefon(), 20, false, fullstendig, "Skriv telefonnummeret til kontaktpersonen.")
                && !TELEFON.matcher(k.telefon().replace(" ", "")).matches()) {
            feil.add(new Feltfeil("kontaktperson.telefon", "Telefonnummeret må være et norsk nummer med åtte sifre, f.eks. 75 68 20 00."));
        }
    }

    private void legevaktKommuner(List<String> kommuner, String sokerKommune, Predicate<String> kjentKommune, boolean fullstendig) {
        if (kommuner == null || kommuner.isEmpty()) {
            if (fullstendig) {
                feil.add(new Feltfeil("legevaktKommuner", "Oppgi kommunene som deler legevakten, din egen kommune medregnet."));
            }
            return;
        }
        if (kommuner.size() > MAKS_LEGEVAKT_KOMMUNER) {
            feil.add(new Feltfeil("legevaktKommuner", "En legevakt kan ha høyst " + MAKS_LEGEVAKT_KOMMUNER + " kommuner i søknaden."));
            return;
        }
        Set<String> sett = new HashSet<>();
        for (int i = 0; i < kommuner.size(); i++) {
            String nummer = kommuner.get(i);
            String felt = "legevaktKommuner[" + i + "]";
            if (!Kommunenummer.erGyldig(nummer)) {
                feil.add(new Feltfeil(felt, "Kommunenummer må være fire sifre, f.eks. 1840."));
            } else if (!sett.add(nummer)) {
                feil.add(new Feltfeil(felt, "Kommune " + nummer + " står mer enn én gang."));
            } else if (!kjentKommune.test(nummer)) {
                feil.add(new Feltfeil(felt, "Kommunenummer " + nummer + " finnes ikke i kommuneregisteret."));
            }
        }
        if (!sett.contains(sokerKommune)) {
            feil.add(new Feltfeil("legevaktKommuner", "Listen må ta med din egen kommune (" + sokerKommune + ")."));
        }
    }

    private void vaktbelastning(SoknadInput.Vaktordning vakt, boolean fullstendig) {
        SoknadInput.Vaktordning v = vakt != null ? vakt : new SoknadInput.Vaktordning(null, null, null, null);
        heltall("vaktbelastning.antallLeger", v.antallLeger(), 1, 200, fullstendig, "Oppgi hvor mange leger som går legevakt i dag.");
        heltall("vaktbelastning.vaktdeling", v.vaktdeling(), 1, 100, fullstendig, "Oppgi vaktdelingen, f.eks. 4 for 4-delt vakt.");
        heltall("vaktbelastning.vaktdognPerLege", v.vaktdognPerLege(), 0, 366, fullstendig,
                "Oppgi hvor mange vaktdøgn hver lege har i året.");
        if (fullstendig && v.vaktform() == null) {
            feil.add(new Feltfeil("vaktbelastning.vaktform", "Velg om legene har hjemmevakt eller tilstedevakt."));
        }
    }

    private void tiltak(List<SoknadInput.TiltakInput> tiltak, boolean fullstendig) {
        if (tiltak == null || tiltak.isEmpty()) {
            if (fullstendig) {
                feil.add(new Feltfeil("tiltak", "Legg til minst ett tiltak med budsjett."));
            }
            return;
        }
        if (tiltak.size() > MAKS_TILTAK) {
            feil.add(new Feltfeil("tiltak", "En søknad kan ha høyst " + MAKS_TILTAK + " tiltak."));
            return;
        }
        for (int i = 0; i < tiltak.size(); i++) {
            String sti = "tiltak[" + i + "]";
            SoknadInput.TiltakInput t = tiltak.get(i);
            if (t == null) {
                feil.add(new Feltfeil(sti, "Tiltaket er tomt."));
                continue;
            }
            if (t.kategori() == null) {
                feil.add(new Feltfeil(sti + ".kategori", "Velg kategori for tiltaket."));
            }
            tekst(sti + ".beskrivelse", t.beskrivelse(), MAKS_LANG_TEKST, true, fullstendig, "Beskriv tiltaket.");
            budsjettlinjer(sti, t.budsjettlinjer(), fullstendig);
        }
    }

    private void budsjettlinjer(String sti, List<SoknadInput.BudsjettlinjeInput> linjer, boolean fullstendig) {
        if (linjer == null || linjer.isEmpty()) {
            if (fullstendig) {
                feil.add(new Feltfeil(sti + ".budsjettlinjer", "Legg til minst én budsjettlinje for tiltaket."));
            }
            return;
        }
        if (linjer.size() > MAKS_LINJER_PER_TILTAK) {
            feil.add(new Feltfeil(sti + ".budsjettlinjer", "Et tiltak kan ha høyst " + MAKS_LINJER_PER_TILTAK + " budsjettlinjer."));
            return;
        }
        for (int j = 0; j < linjer.size(); j++) {
            String linjeSti = sti + ".budsjettlinjer[" + j + "]";
            SoknadInput.BudsjettlinjeInput linje = linjer.get(j);
            if (linje == null) {
                feil.add(new Feltfeil(linjeSti, "Budsjettlinjen er tom."));
                continue;
            }
            // A budget line is stored whole or not at all, so its text and amount are required even in a draft.
            tekst(linjeSti + ".tekst", linje.tekst(), MAKS_LINJETEKST, false, true, "Skriv hva beløpet går til.");
            if (linje.belop() == null) {
                feil.add(new Feltfeil(linjeSti + ".belop", "Oppgi beløpet i hele kroner."));
            } else if (linje.belop() <= 0 || linje.belop() > MAKS_BELOP_PER_LINJE) {
                feil.add(new Feltfeil(linjeSti + ".belop", "Beløpet må være over 0 og høyst 100 000 000 kroner."));
            }
        }
    }

    /** @return true if a value is present and so far valid, so that format checks may follow */
    private boolean tekst(String felt, String verdi, int maks, boolean flereLinjer, boolean pakrevd, String mangler) {
        if (verdi == null || verdi.isBlank()) {
            if (pakrevd) {
                feil.add(new Feltfeil(felt, mangler));
            }
            return false;
        }
        if (verdi.codePointCount(0, verdi.length()) > maks) {
            feil.add(new Feltfeil(felt, "Teksten kan ha høyst " + maks + " tegn."));
            return false;
        }
        boolean ugyldigeTegn = verdi.codePoints().anyMatch(c -> Character.isISOControl(c)
                && !(flereLinjer && (c == '\n' || c == '\r' || c == '\t')));
        if (ugyldigeTegn) {
            feil.add(new Feltfeil(felt, "Teksten inneholder tegn som ikke kan brukes (kontrolltegn)."));
            return false;
        }
        return true;
    }

    private void heltall(String felt, Integer verdi, int minst, int hoyst, boolean pakrevd, String mangler) {
        if (verdi == null) {
            if (pakrevd) {
                feil.add(new Feltfeil(felt, mangler));
            }
        } else if (verdi < minst || verdi > hoyst) {
            feil.add(new Feltfeil(felt, "Tallet må være mellom " + minst + " og " + hoyst + "."));
        }
    }
}
