package no.legevakttilskudd.felles.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.legevakttilskudd.felles.problem.Feltfeil;

/**
 * What a form shows: the values (as the user typed them, so nothing is lost when the page comes back with errors)
 * and the errors per field. The {@code felt} tag reads both by the field's name.
 */
public final class Skjema {

    private final Map<String, String> verdier = new LinkedHashMap<>();
    private final Map<String, String> feilPerFelt = new LinkedHashMap<>();
    private final List<Skjemafeil> feil = new ArrayList<>();

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
        return this;
    }

    public Skjema leggTil(List<Feltfeil> feltfeil) {
        feltfeil.forEach(f -> leggTil(Skjemafeil.her(f.felt(), f.melding())));
        return this;
    }

    public List<Skjemafeil> getFeil() {
        return feil;
    }

    public boolean harFeil() {
        return !feil.isEmpty();
    }
}
