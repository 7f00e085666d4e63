package no.legevakttilskudd.felles.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import no.legevakttilskudd.felles.problem.Feltfeil;

/**
 * What a form shows: the values (as the user typed them, so nothing is lost when the page comes back with errors)
 * and the errors per field. The {@code felt} tag reads both by the field's name.
 */
public final class Skjema {

    private final Map<String, String> verdier = new LinkedHashMap<>();
    private final Map<String, String> feilPerFelt = new LinkedHashMap<>();
    private final List<Skjemafeil> feil = new ArrayList<>();
    /** Where each error came from, when a service or parser reported it: its code lets the page translate it. */
    private final List<Feltfeil> kilder = new ArrayList<>();
    /** A service's field name → this form's, where they differ. */
    private final Map<String, String> sidenavn = new HashMap<>();

    /**
     * The form names a field differently from the service (two forms on one page cannot both have the id
     * «begrunnelse»): the service's errors about {@code tjenestefelt} are shown at {@code feltPaSiden}.
     */
    public Skjema navngi(String tjenestefelt, String feltPaSiden) {
        sidenavn.put(tjenestefelt, feltPaSiden);
        return this;
    }

    public Skjema verdi(String navn, Object verdi) {
        if (verdi != null) {
            verdier.put(navn, verdi.toString());
        }
        return this;
    }

    public String verdi(String navn) {
        return verdier.getOrDefault(navn, "");
    }

    public Map<String, String> verdier() {
        return verdier;
    }

    /** The first error of a field; later ones for the same field are still listed in the summary. */
    public String feil(String navn) {
        return feilPerFelt.get(navn);
    }

    public Skjema leggTil(Skjemafeil f) {
        feilPerFelt.putIfAbsent(f.felt(), f.melding());
        feil.add(f);
        kilder.add(null);
        return this;
    }

    public Skjema leggTil(Feltfeil f) {
        leggTil(Skjemafeil.her(sidenavn.getOrDefault(f.felt(), f.felt()), f.melding()));
        kilder.set(kilder.size() - 1, f);
        return this;
    }

    public Skjema leggTil(List<Feltfeil> feltfeil) {
        feltfeil.forEach(this::leggTil);
        return this;
    }

    /** Puts every error that has a source into the page's language. */
    public Skjema oversett(Function<Feltfeil, String> tekst) {
        feilPerFelt.clear();
        for (int i = 0; i < feil.size(); i++) {
            Feltfeil kilde = kilder.get(i);
            Skjemafeil f = feil.get(i);
            if (kilde != null) {
                f = new Skjemafeil(f.felt(), tekst.apply(kilde), f.lenke());
                feil.set(i, f);
            }
            feilPerFelt.putIfAbsent(f.felt(), f.melding());
        }
        return this;
    }

    public List<Skjemafeil> getFeil() {
        return feil;
    }

    public boolean harFeil() {
        return !feil.isEmpty();
    }
}
