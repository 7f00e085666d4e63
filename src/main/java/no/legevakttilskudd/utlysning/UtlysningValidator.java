package no.legevakttilskudd.utlysning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import no.legevakttilskudd.felles.Kontaktformat;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.problem.Feltfeil;

/** What a call must be before it is stored, the same for the API and the admin's form. */
final class UtlysningValidator {

    private UtlysningValidator() {
    }

    static List<Feltfeil> valider(UtlysningInput input, boolean ny) {
        List<Feltfeil> feil = new ArrayList<>();
        if (input == null) {
            feil.add(new Feltfeil("(hele innholdet)", "Send utlysningen som JSON."));
            return feil;
        }
        if (input.aar() == null || !gyldigAar(input.aar())) {
            feil.add(new Feltfeil("aar", "Oppgi tilskuddsåret (2020–2100)."));
        }
        if (input.tittel() == null || input.tittel().isBlank()) {
            feil.add(new Feltfeil("tittel", "Skriv en tittel."));
        } else if (input.tittel().length() > 300) {
            feil.add(new Feltfeil("tittel", "Tittelen kan ha høyst 300 tegn."));
        }
        if (input.tittelNynorsk() != null && input.tittelNynorsk().length() > 300) {
            feil.add(new Feltfeil("tittelNynorsk", "Tittelen på nynorsk kan ha høyst 300 tegn."));
        }
        if (input.tittelEngelsk() != null && input.tittelEngelsk().length() > 300) {
            feil.add(new Feltfeil("tittelEngelsk", "Tittelen på engelsk kan ha høyst 300 tegn."));
        }
        feil.addAll(validerKontakt(input.kontakt()));
        if (input.apner() == null) {
            feil.add(new Feltfeil("apner", "Oppgi når utlysningen åpner (norsk tid)."));
        }
        if (input.soknadsfrist() == null) {
            feil.add(new Feltfeil("soknadsfrist", "Oppgi søknadsfristen (norsk tid)."));
        } else if (input.apner() != null && !input.soknadsfrist().isAfter(input.apner())) {
            feil.add(new Feltfeil("soknadsfrist", "Søknadsfristen må være etter at utlysningen åpner."));
        }
        LocalDate rapportfrist = rapportfrist(input);
        if (rapportfrist != null && input.soknadsfrist() != null && !rapportfrist.isAfter(input.soknadsfrist().toLocalDate())) {
            feil.add(new Feltfeil("rapportfrist", input.rapportfrist() != null
                    ? "Rapportfristen må være etter søknadsfristen (" + Tidsformat.norskDato(input.soknadsfrist().toLocalDate()) + ")."
                    : "Rapportfristen må være etter søknadsfristen. Uten oppgitt rapportfrist blir den "
                            + Tidsformat.norskDato(rapportfrist) + "; oppgi en dato etter søknadsfristen."));
        }
        if (ny && input.gjenutlysningAv() != null && input.ramme() != null) {
            feil.add(new Feltfeil("ramme", "La rammen stå tom: en gjenutlysning har det utlysningen den lyser ut på nytt, ikke har brukt."));
        } else if (ny && input.ramme() == null && input.gjenutlysningAv() == null) {
            feil.add(new Feltfeil("ramme", "Oppgi rammen i hele kroner."));
        } else if (input.ramme() != null && (input.ramme() < 0 || input.ramme() > UtlysningService.MAKS_RAMME)) {
            feil.add(new Feltfeil("ramme", "Rammen må være mellom 0 og " + UtlysningService.MAKS_RAMME + " kroner."));
        }
        UtlysningInput.Parametre p = input.parametre();
        if (p != null) {
            if (p.sentralitetsklasser() != null) {
                if (p.sentralitetsklasser().isEmpty()) {
                    feil.add(new Feltfeil("parametre.sentralitetsklasser", "Velg minst én sentralitetsklasse."));
                }
                for (Integer klasse : p.sentralitetsklasser()) {
                    if (klasse == null || klasse < 1 || klasse > 6) {
                        feil.add(new Feltfeil("parametre.sentralitetsklasser", "Sentralitetsklasser er 1–6, ikke " + klasse + "."));
                    }
                }
            }
            if (p.kategorier() != null && p.kategorier().contains(null)) {
                feil.add(new Feltfeil("parametre.kategorier", "Tiltakskategoriene er " + java.util.Arrays.toString(
                        no.legevakttilskudd.regler.TiltakKategori.values()) + "; la listen stå tom for alle."));
            }
            if (p.folketallsgrense() != null && p.folketallsgrense() <= 0) {
                feil.add(new Feltfeil("parametre.folketallsgrense", "Folketallsgrensen må være over 0."));
            }
            if (p.folketallAar() != null && (p.folketallAar() < 1900 || p.folketallAar() > 2100)) {
                feil.add(new Feltfeil("parametre.folketallAar", "Referanseåret for folketall må være 1900–2100."));
            }
            if (p.tak() != null && (p.tak() <= 0 || p.tak() > UtlysningService.MAKS_RAMME)) {
                feil.add(new Feltfeil("parametre.tak", "Taket må være over 0 kroner."));
            }
            long tak = p.tak() != null ? p.tak() : UtlysningService.STANDARD_TAK;
            if (p.minstebelop() != null && (p.minstebelop() < 0 || p.minstebelop() > tak)) {
                feil.add(new Feltfeil("parametre.minstebelop", "Minstebeløpet må være mellom 0 og taket (" + tak + " kroner)."));
            }
        }
        if (Boolean.TRUE.equals(input.klageadgang()) && (input.klageTekst() == null || input.klageTekst().isBlank())) {
            feil.add(new Feltfeil("klageTekst", "Skriv teksten om klageadgang som skal stå i vedtaksbrevet."));
        } else if (input.klageTekst() != null && input.klageTekst().length() > 4000) {
            feil.add(new Feltfeil("klageTekst", "Teksten om klageadgang kan ha høyst 4000 tegn."));
        }
        return feil;
    }

    /**
     * A contact point is a name with an e-mail address, a phone number or both; all empty means the agency's own. A
     * number or address without a name would leave the kommune not knowing whom it reaches.
     */
    private static List<Feltfeil> validerKontakt(Kontaktpunkt kontakt) {
        List<Feltfeil> feil = new ArrayList<>();
        if (kontakt == null) {
            return feil;
        }
        String navn = utfylt(kontakt.navn());
        String epost = utfylt(kontakt.epost());
        String telefon = utfylt(kontakt.telefon());
        if (navn == null && (epost != null || telefon != null)) {
            feil.add(new Feltfeil("kontakt.navn", "Skriv hvem kommunene kontakter (en seksjon eller en person)."));
        } else if (navn != null && navn.length() > 200) {
            feil.add(new Feltfeil("kontakt.navn", "Navnet kan ha høyst 200 tegn."));
        }
        if (navn != null && epost == null && telefon == null) {
            feil.add(new Feltfeil("kontakt.epost", "Oppgi e-post, telefon eller begge for kontaktpunktet."));
        }
        if (epost != null && (epost.length() > 254 || !Kontaktformat.epost(epost))) {
            feil.add(new Feltfeil("kontakt.epost", "E-postadressen må se slik ut: navn@helsedir.no."));
        }
        if (telefon != null && (telefon.length() > 20 || !Kontaktformat.telefon(telefon))) {
            feil.add(new Feltfeil("kontakt.telefon", "Telefonnummeret må ha åtte sifre, som 810 20 050."));
        }
        return feil;
    }

    /** The given report deadline, or the standard one for the year; {@code null} when neither is known. */
    static LocalDate rapportfrist(UtlysningInput input) {
        if (input.rapportfrist() != null) {
            return input.rapportfrist();
        }
        return input.aar() != null && gyldigAar(input.aar()) ? Utlysning.standardRapportfrist(input.aar()) : null;
    }

    private static boolean gyldigAar(int aar) {
        return aar >= 2020 && aar <= 2100;
    }

    /** The text with its outer spaces gone, or null when nothing was written. */
    static String utfylt(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
