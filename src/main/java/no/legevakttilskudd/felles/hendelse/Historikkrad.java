package no.legevakttilskudd.felles.hendelse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of a case's history as people read it: one entry of the log, or several saves of a draft in a row by the same
 * person told once, with how many and the last one's content. The log itself keeps every entry.
 */
public record Historikkrad(Instant tidspunkt, String aktor, String entitet, String entitetId, String handling, String etterVerdi,
        int antall) {

    private static final String ENDRET = "ENDRET";

    public static List<Historikkrad> samlet(List<Hendelse> hendelser) {
        List<Historikkrad> rader = new ArrayList<>(hendelser.size());
        for (Hendelse h : hendelser) {
            Historikkrad forrige = rader.isEmpty() ? null : rader.get(rader.size() - 1);
            if (forrige != null && ENDRET.equals(h.handling) && ENDRET.equals(forrige.handling) && forrige.aktor.equals(h.aktor)
                    && forrige.entitet.equals(h.entitet) && forrige.entitetId.equals(h.entitetId)) {
                rader.set(rader.size() - 1, new Historikkrad(h.tidspunkt, h.aktor, h.entitet, h.entitetId, h.handling, h.etterVerdi,
                        forrige.antall + 1));
            } else {
                rader.add(new Historikkrad(h.tidspunkt, h.aktor, h.entitet, h.entitetId, h.handling, h.etterVerdi, 1));
            }
        }
        return rader;
    }
}
