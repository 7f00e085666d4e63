package no.legevakttilskudd.vedtak;

import java.util.ArrayList;
import java.util.List;

import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.regler.Kroner;

/** A proposed decision: outcome, amount (0 for refusal) and the reasons citing the criteria and facts. */
public record VedtakInput(Utfall utfall, Long belop, String begrunnelse) {

    /** Refuses, with every field's error at once, a proposal that cannot be a decision in a call with this cap. */
    void krevGyldig(long tak) {
        List<Feltfeil> feil = new ArrayList<>();
        if (utfall == null) {
            feil.add(new Feltfeil("utfall", "Velg utfall: INNVILGET, DELVIS_INNVILGET, AVSLATT eller AVVIST."));
        } else if (utfall.girTilskudd()) {
            if (belop == null || belop <= 0) {
                feil.add(new Feltfeil("belop", "Oppgi tildelt beløp i hele kroner (over 0)."));
            } else if (belop > tak) {
                feil.add(new Feltfeil("belop", "Beløpet kan ikke være over taket på " + Kroner.tekst(tak) + "."));
            }
        } else if (belop != null && belop != 0) {
            feil.add(new Feltfeil("belop", "Et avslag eller en avvisning har beløp 0."));
        }
        if (begrunnelse == null || begrunnelse.isBlank()) {
            feil.add(new Feltfeil("begrunnelse", "Skriv begrunnelsen, med kriteriene og faktaene vedtaket bygger på."));
        } else if (begrunnelse.length() > VedtakService.MAKS_BEGRUNNELSE) {
            feil.add(new Feltfeil("begrunnelse", "Begrunnelsen kan ha høyst " + VedtakService.MAKS_BEGRUNNELSE + " tegn."));
        }
        if (!feil.isEmpty()) {
            throw ProblemException.valideringsfeil(feil);
        }
    }
}
