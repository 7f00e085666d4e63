package no.legevakttilskudd.tildeling;

import java.util.List;

import no.legevakttilskudd.regler.Arsak;
import no.legevakttilskudd.regler.Regelparametre;
import no.legevakttilskudd.regler.Tildelingsstatus;

/**
 * An allocation as the API shows it: rows in priority order (eligible first, then the rest), totals and the waiting
 * list, with the rule version and the parameters used.
 */
public record TildelingDto(String regelversjon, Long utlysningId, Regelparametre parametre, long ramme, long sumOmsokt, long sumTildelt,
        long rammeIgjen, List<String> venteliste, List<Rad> tildelinger) {

    /** One application's result; soknadId is set for stored applications. */
    public record Rad(String referanse, Long soknadId, String kommunenummer, String kommunenavn, Integer rekkefolge, int prioritetsgruppe,
            boolean kvalifisert, long omsokt, long tildelt, Tildelingsstatus status, List<Arsak> arsaker) {
    }
}
