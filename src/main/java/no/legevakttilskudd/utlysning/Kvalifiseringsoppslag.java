package no.legevakttilskudd.utlysning;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.legevakttilskudd.kommune.Kommunefaktaoppslag;
import no.legevakttilskudd.regler.Kommunefakta;
import no.legevakttilskudd.regler.Kvalifisering;

/**
 * Whether a kommune qualifies for a call (SPEC §4.1), for the pages and counts outside the allocation: the same facts
 * the allocation reads ({@link Kommunefaktaoppslag}) judged by the same function ({@link Kvalifisering}), so the form
 * can never tell a kommune something the rules then contradict.
 */
@ApplicationScoped
public class Kvalifiseringsoppslag {

    @Inject
    Kommunefaktaoppslag kommunefakta;

    /** The facts the verdict stands on, and the verdict. */
    public record Vurdering(Kommunefakta fakta, Kvalifisering kvalifisering) {

        public boolean kvalifisert() {
            return kvalifisering.kvalifisert();
        }
    }

    /** Empty when the call's registry does not know the kommune (or has no population for the call's year). */
    public Optional<Vurdering> vurder(Utlysning utlysning, String kommunenummer) {
        return kommunefakta.fakta(utlysning.kommuneregisterVersjonId, utlysning.folketallAar, kommunenummer)
                .map(f -> new Vurdering(f, Kvalifisering.av(f, utlysning.sentralitetsklasser(), utlysning.folketallsgrense)));
    }

    /** The kommunenumre that qualify for the call, for counts over the whole registry. */
    public Set<String> kvalifiserte(Utlysning utlysning) {
        SortedSet<Integer> klasser = utlysning.sentralitetsklasser();
        Set<String> kvalifiserte = new HashSet<>();
        for (Kommunefakta f : kommunefakta.fakta(utlysning.kommuneregisterVersjonId, utlysning.folketallAar).values()) {
            if (Kvalifisering.kvalifisert(f.sentralitetsklasse(), f.folketall(), klasser, utlysning.folketallsgrense)) {
                kvalifiserte.add(f.kommunenummer());
            }
        }
        return kvalifiserte;
    }
}
