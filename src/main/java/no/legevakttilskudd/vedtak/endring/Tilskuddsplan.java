package no.legevakttilskudd.vedtak.endring;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import no.legevakttilskudd.regler.Omdisponering;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.soknad.Tiltak;
import no.legevakttilskudd.regler.TiltakKategori;
import no.legevakttilskudd.vedtak.Vedtak;
import no.legevakttilskudd.vedtak.brev.Brevgrunnlag;
import no.legevakttilskudd.vedtak.grunnlag.StroketBudsjettlinje;
import no.legevakttilskudd.vedtak.grunnlag.Vedtaksgrunnlag;
import no.legevakttilskudd.vedtak.rapport.Rapportfrist;

/**
 * What an award holds the kommune to now, after any granted changes: the budget per measure and the report deadline.
 * The report form, the report itself, the reminders, the kommune's page and the change requests all read them here.
 */
@ApplicationScoped
public class Tilskuddsplan {

    /**
     * One measure's budget in force.
     *
     * @param nr the measure's place in the application, from 0
     */
    public record Tiltaksbudsjett(int nr, TiltakKategori kategori, String beskrivelse, long belop) {

        /** As the kommune's form counts, from 1. */
        public int nummer() {
            return nr + 1;
        }
    }

    /** The report deadline in force: the last granted extension, otherwise the call's (the view vedtak_rapportfrist). */
    public LocalDate rapportfrist(long vedtakId) {
        return Rapportfrist.av(vedtakId);
    }

    /**
     * The budget per measure in force, in the application's order: the last granted reallocation's amounts, otherwise
     * what the decision approved of each measure (its budget lines less those the assessment struck, as the decision's
     * basis has them; nothing for a measure in a category the call does not fund, which the rules struck). Its total may
     * exceed the award when the award was capped; a reallocation never does.
     */
    public List<Tiltaksbudsjett> budsjett(Vedtak vedtak, Soknad soknad) {
        Endringssoknad siste = Endringssoknad.find("vedtakId = ?1 and type = ?2 and status = ?3 order by id desc", vedtak.id,
                Endringstype.OMDISPONERING, Endringsstatus.INNVILGET).firstResult();
        if (siste != null) {
            return siste.linjer.stream().map(l -> {
                Tiltak tiltak = soknad.tiltak.get(l.tiltakNr);
                return new Tiltaksbudsjett(l.tiltakNr, l.kategori, tiltak.beskrivelse, l.nyBelop);
            }).toList();
        }
        List<StroketBudsjettlinje> strokne = Brevgrunnlag.strokne(vedtak.vedtaksgrunnlag(), soknad);
        Vedtaksgrunnlag grunnlag = vedtak.vedtaksgrunnlag();
        return soknad.tiltak.stream().map(t -> {
            long strokket = strokne.stream().filter(s -> s.tiltak() == t.rekkefolge + 1).mapToLong(StroketBudsjettlinje::belop).sum();
            boolean utenfor = grunnlag != null && !grunnlag.grunnlag().parametre().tarImot(t.kategori.name());
            return new Tiltaksbudsjett(t.rekkefolge, t.kategori, t.beskrivelse, utenfor ? 0 : t.sum() - strokket);
        }).toList();
    }

    /** The same budget as the reallocation rule reads it: category and amount per measure. */
    static List<Omdisponering.Tiltaksbelop> somRegel(List<Tiltaksbudsjett> budsjett) {
        return budsjett.stream().map(b -> new Omdisponering.Tiltaksbelop(b.kategori().name(), b.belop())).toList();
    }
}
