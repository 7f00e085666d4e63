package no.legevakttilskudd.vedtak;

import no.legevakttilskudd.vedtak.brev.Utfall;

/** A proposed decision: outcome, amount (0 for refusal) and the reasons citing the criteria and facts. */
public record VedtakInput(Utfall utfall, Long belop, String begrunnelse) {
}
