package no.legevakttilskudd.soknad;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import no.legevakttilskudd.felles.Kontaktformat;
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
            v.feil.add(Feltfeil.av("(hele innholdet)", SoknadFeil.HELE_INNHOLDET));
            return v.feil;
        }
        v.kontaktperson(input.kontaktperson(), fullstendig);
        v.legevaktKommuner(input.legevaktKommuner(), sokerKommune, kjentKommune, fullstendig);
        v.vaktbelastning(input.vaktbelastning(), fullstendig);
        v.tiltak(input.tiltak(), fullstendig);
        v.tekst("formal", input.formal(), MAKS_LANG_TEKST, true, fullstendig, SoknadFeil.FORMAL_MANGLER);
        return v.feil;
    }

    private void kontaktperson(SoknadInput.Kontaktperson kontakt, boolean fullstendig) {
        SoknadInput.Kontaktperson k = kontakt != null ? kontakt : new SoknadInput.Kontaktperson(null, null, null);
        tekst("kontaktperson.navn", k.navn(), MAKS_NAVN, false, fullstendig, SoknadFeil.KONTAKT_NAVN_MANGLER);
        if (tekst("kontaktperson.epost", k.epost(), 254, false, fullstendig, SoknadFeil.KONTAKT_EPOST_MANGLER)
                && !Kontaktformat.epost(k.epost())) {
            feil.add(Feltfeil.av("kontaktperson.epost", SoknadFeil.KONTAKT_EPOST_FORMAT));
        }
        if (tekst("kontaktperson.telefon", k.telefon(), 20, false, fullstendig, SoknadFeil.KONTAKT_TELEFON_MANGLER)
                && !Kontaktformat.telefon(k.telefon())) {
            feil.add(Feltfeil.av("kontaktperson.telefon", SoknadFeil.KONTAKT_TELEFON_FORMAT));
        }
    }

    private void legevaktKommuner(List<String> kommuner, String sokerKommune, Predicate<String> kjentKommune, boolean fullstendig) {
        if (kommuner == null || kommuner.isEmpty()) {
            if (fullstendig) {
                feil.add(Feltfeil.av("legevaktKommuner", SoknadFeil.KOMMUNER_MANGLER));
            }
            return;
        }
        if (kommuner.size() > MAKS_LEGEVAKT_KOMMUNER) {
            feil.add(Feltfeil.av("legevaktKommuner", SoknadFeil.KOMMUNER_FOR_MANGE, MAKS_LEGEVAKT_KOMMUNER));
            return;
        }
        Set<String> sett = new HashSet<>();
        for (int i = 0; i < kommuner.size(); i++) {
            String nummer = kommuner.get(i);
            String felt = "legevaktKommuner[" + i + "]";
            if (!Kommunenummer.erGyldig(nummer)) {
                feil.add(Feltfeil.av(felt, SoknadFeil.KOMMUNENUMMER_FORMAT));
            } else if (!sett.add(nummer)) {
                feil.add(Feltfeil.av(felt, SoknadFeil.KOMMUNE_DOBBEL, nummer));
            } else if (!kjentKommune.test(nummer)) {
                feil.add(Feltfeil.av(felt, SoknadFeil.KOMMUNE_UKJENT, nummer));
            }
        }
        if (!sett.contains(sokerKommune)) {
            feil.add(Feltfeil.av("legevaktKommuner", SoknadFeil.EGEN_KOMMUNE_MANGLER, sokerKommune));
        }
    }

    private void vaktbelastning(SoknadInput.Vaktordning vakt, boolean fullstendig) {
        SoknadInput.Vaktordning v = vakt != null ? vakt : new SoknadInput.Vaktordning(null, null, null, null);
        heltall("vaktbelastning.antallLeger", v.antallLeger(), 1, 200, fullstendig, SoknadFeil.LEGER_MANGLER);
        heltall("vaktbelastning.vaktdeling", v.vaktdeling(), 1, 100, fullstendig, SoknadFeil.VAKTDELING_MANGLER);
        heltall("vaktbelastning.vaktdognPerLege", v.vaktdognPerLege(), 0, 366, fullstendig,
                SoknadFeil.VAKTDOGN_MANGLER);
        if (fullstendig && v.vaktform() == null) {
            feil.add(Feltfeil.av("vaktbelastning.vaktform", SoknadFeil.VAKTFORM_MANGLER));
        }
    }

    private void tiltak(List<SoknadInput.TiltakInput> tiltak, boolean fullstendig) {
        if (tiltak == null || tiltak.isEmpty()) {
            if (fullstendig) {
                feil.add(Feltfeil.av("tiltak", SoknadFeil.TILTAK_MANGLER));
            }
            return;
        }
        if (tiltak.size() > MAKS_TILTAK) {
            feil.add(Feltfeil.av("tiltak", SoknadFeil.TILTAK_FOR_MANGE, MAKS_TILTAK));
            return;
        }
        for (int i = 0; i < tiltak.size(); i++) {
            String sti = "tiltak[" + i + "]";
            SoknadInput.TiltakInput t = tiltak.get(i);
            if (t == null) {
                feil.add(Feltfeil.av(sti, SoknadFeil.TILTAK_TOMT));
                continue;
            }
            if (t.kategori() == null) {
                feil.add(Feltfeil.av(sti + ".kategori", SoknadFeil.KATEGORI_MANGLER));
            }
            tekst(sti + ".beskrivelse", t.beskrivelse(), MAKS_LANG_TEKST, true, fullstendig, SoknadFeil.BESKRIVELSE_MANGLER);
            budsjettlinjer(sti, t.budsjettlinjer(), fullstendig);
        }
    }

    private void budsjettlinjer(String sti, List<SoknadInput.BudsjettlinjeInput> linjer, boolean fullstendig) {
        if (linjer == null || linjer.isEmpty()) {
            if (fullstendig) {
                feil.add(Feltfeil.av(sti + ".budsjettlinjer", SoknadFeil.LINJER_MANGLER));
            }
            return;
        }
        if (linjer.size() > MAKS_LINJER_PER_TILTAK) {
            feil.add(Feltfeil.av(sti + ".budsjettlinjer", SoknadFeil.LINJER_FOR_MANGE, MAKS_LINJER_PER_TILTAK));
            return;
        }
        for (int j = 0; j < linjer.size(); j++) {
            String linjeSti = sti + ".budsjettlinjer[" + j + "]";
            SoknadInput.BudsjettlinjeInput linje = linjer.get(j);
            if (linje == null) {
                feil.add(Feltfeil.av(linjeSti, SoknadFeil.LINJE_TOM));
                continue;
            }
            // A budget line is stored whole or not at all, so its text and amount are required even in a draft.
            tekst(linjeSti + ".tekst", linje.tekst(), MAKS_LINJETEKST, false, true, SoknadFeil.LINJETEKST_MANGLER);
            if (linje.belop() == null) {
                feil.add(Feltfeil.av(linjeSti + ".belop", SoknadFeil.BELOP_MANGLER));
            } else if (linje.belop() <= 0 || linje.belop() > MAKS_BELOP_PER_LINJE) {
                feil.add(Feltfeil.av(linjeSti + ".belop", SoknadFeil.BELOP_UTENFOR));
            }
        }
    }

    /** @return true if a value is present and so far valid, so that format checks may follow */
    private boolean tekst(String felt, String verdi, int maks, boolean flereLinjer, boolean pakrevd, SoknadFeil mangler) {
        if (verdi == null || verdi.isBlank()) {
            if (pakrevd) {
                feil.add(Feltfeil.av(felt, mangler));
            }
            return false;
        }
        if (verdi.codePointCount(0, verdi.length()) > maks) {
            feil.add(Feltfeil.av(felt, SoknadFeil.TEKST_FOR_LANG, maks));
            return false;
        }
        boolean ugyldigeTegn = verdi.codePoints().anyMatch(c -> Character.isISOControl(c)
                && !(flereLinjer && (c == '\n' || c == '\r' || c == '\t')));
        if (ugyldigeTegn) {
            feil.add(Feltfeil.av(felt, SoknadFeil.TEKST_KONTROLLTEGN));
            return false;
        }
        return true;
    }

    private void heltall(String felt, Integer verdi, int minst, int hoyst, boolean pakrevd, SoknadFeil mangler) {
        if (verdi == null) {
            if (pakrevd) {
                feil.add(Feltfeil.av(felt, mangler));
            }
        } else if (verdi < minst || verdi > hoyst) {
            feil.add(Feltfeil.av(felt, SoknadFeil.TALL_UTENFOR, minst, hoyst));
        }
    }
}
