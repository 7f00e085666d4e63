package no.legevakttilskudd.tildeling;

import java.time.Instant;
import java.util.List;

import no.legevakttilskudd.regler.Marginalregel;

/**
 * A simulation: any rule parameters, on uploaded applications ({@code soknader}) or on a stored call's applications
 * ({@code utlysningId}). Missing parameters take the call's values, or without a call the 2022 defaults of SPEC §4.
 */
public record SimuleringInput(Long utlysningId, Parametre parametre, List<SoknadRad> soknader) {

    public record Parametre(List<Integer> sentralitetsklasser, Integer folketallsgrense, Integer folketallAar, Long tak,
            Long minstebelop, Long ramme, Marginalregel marginal, Instant soknadsfrist) {
    }

    public record SoknadRad(String referanse, String kommunenummer, List<String> legevaktKommuner, Long omsokt, Long godkjentBudsjett,
            Instant sendt) {
    }
}
