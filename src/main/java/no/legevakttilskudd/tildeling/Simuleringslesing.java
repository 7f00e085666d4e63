package no.legevakttilskudd.tildeling;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.kommune.Kommunenummer;
import no.legevakttilskudd.regler.Marginalregel;
import no.legevakttilskudd.regler.Regelparametre;
import no.legevakttilskudd.regler.Soknadsgrunnlag;
import no.legevakttilskudd.utlysning.Utlysning;

/**
 * Reads what a simulation sends into the rules' values: parameters over the call's own (or the 2022 defaults), and
 * uploaded application rows, each error as a field error at its place. Nothing is read from or written to storage.
 */
final class Simuleringslesing {

    static final int MAKS_SOKNADER = 100_000;
    static final long MAKS_BELOP = 10_000_000_000L;

    private Simuleringslesing() {
    }

    /**
     * The call's parameters (the 2022 defaults without a call) with {@code p}'s over them; null when {@code p} has errors.
     * The call's accepted categories and the call it re-announces stay as the call has them.
     */
    static Regelparametre parametre(Regelparametre utlysningens, SimuleringInput.Parametre p, List<Feltfeil> feil) {
        Regelparametre standard = utlysningens == null ? Regelparametre.standard2022() : utlysningens;
        if (p == null) {
            return standard;
        }
        int feilFor = feil.size();
        TreeSet<Integer> klasser = p.sentralitetsklasser() == null ? new TreeSet<>(standard.sentralitetsklasser())
                : new TreeSet<>(p.sentralitetsklasser().stream().filter(k -> k != null).toList());
        if (klasser.isEmpty() || klasser.first() < 1 || klasser.last() > 6) {
            feil.add(new Feltfeil("parametre.sentralitetsklasser", "Velg én eller flere sentralitetsklasser fra 1 til 6."));
        }
        int grense = p.folketallsgrense() != null ? p.folketallsgrense() : standard.folketallsgrense();
        if (grense <= 0) {
            feil.add(new Feltfeil("parametre.folketallsgrense", "Folketallsgrensen må være over 0."));
        }
        long tak = p.tak() != null ? p.tak() : standard.tak();
        if (tak <= 0 || tak > MAKS_BELOP) {
            feil.add(new Feltfeil("parametre.tak", "Taket må være over 0 kroner."));
        }
        long minst = p.minstebelop() != null ? p.minstebelop() : standard.minstebelop();
        if (minst < 0 || minst > tak) {
            feil.add(new Feltfeil("parametre.minstebelop", "Minstebeløpet må være mellom 0 og taket."));
        }
        long ramme = p.ramme() != null ? p.ramme() : standard.ramme();
        if (ramme < 0 || ramme > MAKS_BELOP) {
            feil.add(new Feltfeil("parametre.ramme", "Rammen må være mellom 0 og " + MAKS_BELOP + " kroner."));
        }
        Marginalregel marginal = p.marginal() != null ? p.marginal() : standard.marginal();
        if (feil.size() > feilFor) {
            return null;
        }
        return new Regelparametre(klasser, grense, p.folketallAar() != null ? p.folketallAar() : standard.folketallAar(), tak, minst, ramme,
                marginal, p.soknadsfrist() != null ? p.soknadsfrist() : standard.soknadsfrist(), standard.kategorier(),
                standard.gjenutlysningAv());
    }

    static List<Soknadsgrunnlag> grunnlag(List<SimuleringInput.SoknadRad> rader, IntFunction<String> sted, List<Feltfeil> feil) {
        if (rader.size() > MAKS_SOKNADER) {
            feil.add(new Feltfeil("soknader", "En simulering kan ha høyst " + MAKS_SOKNADER + " søknader."));
            return List.of();
        }
        Set<String> referanser = new HashSet<>();
        List<Soknadsgrunnlag> grunnlag = new ArrayList<>(rader.size());
        for (int i = 0; i < rader.size() && feil.size() < 100; i++) {
            SimuleringInput.SoknadRad rad = rader.get(i);
            String s = sted.apply(i);
            if (rad == null) {
                feil.add(new Feltfeil(s + "(hele raden)", "Tom søknad."));
                continue;
            }
            int feilFor = feil.size();
            if (rad.referanse() == null || rad.referanse().isBlank() || rad.referanse().length() > 50) {
                feil.add(new Feltfeil(s + "referanse", "Oppgi en referanse på 1–50 tegn."));
            } else if (!referanser.add(rad.referanse())) {
                feil.add(new Feltfeil(s + "referanse", "Referansen «" + rad.referanse() + "» er brukt før i listen."));
            }
            if (!Kommunenummer.erGyldig(rad.kommunenummer())) {
                feil.add(new Feltfeil(s + "kommunenummer", "Kommunenummer må være fire sifre, f.eks. 1840."));
            }
            List<String> legevakt = rad.legevaktKommuner() == null ? List.of() : rad.legevaktKommuner();
            if (legevakt.stream().anyMatch(k -> !Kommunenummer.erGyldig(k))) {
                feil.add(new Feltfeil(s + "legevaktKommuner", "Hvert kommunenummer må være fire sifre."));
            }
            if (rad.omsokt() == null || rad.omsokt() < 0 || rad.omsokt() > MAKS_BELOP) {
                feil.add(new Feltfeil(s + "omsokt", "Oppgi omsøkt beløp i hele kroner (0 eller mer)."));
            }
            if (rad.godkjentBudsjett() != null && (rad.godkjentBudsjett() < 0 || rad.godkjentBudsjett() > MAKS_BELOP)) {
                feil.add(new Feltfeil(s + "godkjentBudsjett", "Godkjent budsjett må være 0 eller mer."));
            }
            if (feil.size() == feilFor) {
                grunnlag.add(new Soknadsgrunnlag(rad.referanse(), rad.kommunenummer(), legevakt, rad.omsokt(), rad.godkjentBudsjett(),
                        rad.sendt(), null));
            }
        }
        return grunnlag;
    }
}
