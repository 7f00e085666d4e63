package no.legevakttilskudd.soknad;

import java.util.List;

import no.legevakttilskudd.regler.Vaktform;
import no.legevakttilskudd.regler.TiltakKategori;

/**
 * The application's contents as the kommune writes them. Everything may be missing in a draft; submit requires it
 * complete. There is deliberately no omsøkt field: the system sums the budget lines itself.
 */
public record SoknadInput(Kontaktperson kontaktperson, List<String> legevaktKommuner, Vaktordning vaktbelastning,
        List<TiltakInput> tiltak, String formal) {

    public record Kontaktperson(String navn, String epost, String telefon) {
    }

    /** Today's duty burden (SPEC §3). */
    public record Vaktordning(Integer antallLeger, Integer vaktdeling, Integer vaktdognPerLege, Vaktform vaktform) {
    }

    public record TiltakInput(TiltakKategori kategori, String beskrivelse, List<BudsjettlinjeInput> budsjettlinjer) {
    }

    public record BudsjettlinjeInput(String tekst, Long belop) {
    }

    static SoknadInput fra(Soknad soknad) {
        return new SoknadInput(new Kontaktperson(soknad.kontaktNavn, soknad.kontaktEpost, soknad.kontaktTelefon),
                List.copyOf(soknad.legevaktKommuner),
                new Vaktordning(soknad.antallLeger, soknad.vaktdeling, soknad.vaktdognPerLege, soknad.vaktform),
                soknad.tiltak.stream().map(t -> new TiltakInput(t.kategori, t.beskrivelse,
                        t.budsjettlinjer.stream().map(l -> new BudsjettlinjeInput(l.tekst, l.belop)).toList())).toList(),
                soknad.formal);
    }
}
