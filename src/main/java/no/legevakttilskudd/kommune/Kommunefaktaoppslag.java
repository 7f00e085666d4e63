package no.legevakttilskudd.kommune;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.legevakttilskudd.regler.Kommunefakta;

/**
 * The registry facts as the rules see them, looked up in one place so the allocation, the form's banner, Mine søknader
 * and the statistics judge a kommune on the same figures: class and index from the call's registry version, and the
 * population of the call's reference year ({@code folketallAar}) where the call has one, otherwise the row's own.
 */
@ApplicationScoped
public class Kommunefaktaoppslag {

    @Inject
    KommuneregisterService register;

    /**
     * Every kommune of the version. With a reference year, a kommune without a figure for that year is absent: the
     * rules then treat it as unknown (an error), never as qualifying on another year's count.
     */
    public Map<String, Kommunefakta> fakta(long versjonId, Integer folketallAar) {
        Map<String, Integer> folketall = folketallAar == null ? null : register.folketall(versjonId, folketallAar);
        Map<String, Kommunefakta> fakta = new HashMap<>();
        for (Kommune k : register.alle(versjonId)) {
            fra(k, folketallAar, folketall).ifPresent(f -> fakta.put(f.kommunenummer(), f));
        }
        return fakta;
    }

    /** One kommune's facts, as {@link #fakta(long, Integer)} would give them; empty when the rules would not know it. */
    public Optional<Kommunefakta> fakta(long versjonId, Integer folketallAar, String kommunenummer) {
        Map<String, Integer> folketall = folketallAar == null ? null : register.folketall(versjonId, folketallAar);
        return register.finn(versjonId, kommunenummer).flatMap(k -> fra(k, folketallAar, folketall));
    }

    private static Optional<Kommunefakta> fra(Kommune k, Integer folketallAar, Map<String, Integer> folketall) {
        if (folketall == null) {
            return Optional.of(new Kommunefakta(k.kommunenummer(), k.navn, k.sentralitetsklasse, k.sentralitetsindeks, k.folketall,
                    k.folketallAar));
        }
        Integer iAaret = folketall.get(k.kommunenummer());
        return iAaret == null ? Optional.empty()
                : Optional.of(new Kommunefakta(k.kommunenummer(), k.navn, k.sentralitetsklasse, k.sentralitetsindeks, iAaret,
                        folketallAar));
    }
}
