package no.legevakttilskudd.tildeling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.legevakttilskudd.regler.Tildelingsstatus;

/**
 * A simulated allocation beside the current one, on the same applications: per application what the new parameters
 * change, and the totals of both. Rows follow the simulated priority order, as that is the result being considered.
 */
public record Simuleringssammenligning(List<Rad> rader, Summer naa, Summer simulert, Summer endring, long antallEndret) {

    /** What happens to one application. Money decides the kind; a status change without money is ENDRET. */
    public enum Endring {
        UENDRET, ENDRET, NY_TILDELING, FALLER_UT
    }

    /** One application; {@code naa} is null only if the current result lacks it (it never does for the same input). */
    public record Rad(TildelingDto.Rad naa, TildelingDto.Rad simulert, Endring endring, long differanse) {

        public boolean isEndret() {
            return endring != Endring.UENDRET;
        }
    }

    /** @param antallTildelt applications that get money (whole or partial) */
    public record Summer(long ramme, long brukt, long igjen, long antallTildelt, long venteliste) {

        Summer minus(Summer annen) {
            return new Summer(ramme - annen.ramme, brukt - annen.brukt, igjen - annen.igjen, antallTildelt - annen.antallTildelt,
                    venteliste - annen.venteliste);
        }
    }

    public static Simuleringssammenligning av(TildelingDto naa, TildelingDto simulert) {
        Map<String, TildelingDto.Rad> naaPerReferanse = new HashMap<>();
        naa.tildelinger().forEach(r -> naaPerReferanse.put(r.referanse(), r));
        List<Rad> rader = new ArrayList<>(simulert.tildelinger().size());
        long antallEndret = 0;
        for (TildelingDto.Rad s : simulert.tildelinger()) {
            TildelingDto.Rad n = naaPerReferanse.get(s.referanse());
            long foer = n == null ? 0 : n.tildelt();
            Endring endring;
            if (foer == 0 && s.tildelt() > 0) {
                endring = Endring.NY_TILDELING;
            } else if (foer > 0 && s.tildelt() == 0) {
                endring = Endring.FALLER_UT;
            } else if (n == null || foer != s.tildelt() || n.status() != s.status()) {
                endring = Endring.ENDRET;
            } else {
                endring = Endring.UENDRET;
            }
            if (endring != Endring.UENDRET) {
                antallEndret++;
            }
            rader.add(new Rad(n, s, endring, s.tildelt() - foer));
        }
        Summer summerNaa = summer(naa);
        Summer summerSimulert = summer(simulert);
        return new Simuleringssammenligning(rader, summerNaa, summerSimulert, summerSimulert.minus(summerNaa), antallEndret);
    }

    public static Summer summer(TildelingDto resultat) {
        long tildelt = resultat.tildelinger().stream()
                .filter(r -> r.status() == Tildelingsstatus.INNVILGET || r.status() == Tildelingsstatus.DELVIS_INNVILGET)
                .count();
        return new Summer(resultat.ramme(), resultat.sumTildelt(), resultat.rammeIgjen(), tildelt, resultat.venteliste().size());
    }
}
