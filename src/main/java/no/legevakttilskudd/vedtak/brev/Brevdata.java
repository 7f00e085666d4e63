package no.legevakttilskudd.vedtak.brev;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.vedtak.Utfall;
import no.legevakttilskudd.vedtak.grunnlag.Vedtaksgrunnlag;

/**
 * Everything a decision letter says, as values: no entities, so the letter can be rendered and tested on its own.
 *
 * @param begrunnelse the reasons, one paragraph per line, citing the criteria and the facts
 * @param vedtatt     when the decision was sent; the appeal deadline runs from it
 * @param grunnlag    the rules' basis stored with the decision, or null for a decision proposed before bases were stored
 */
public record Brevdata(String kommunenavn, String kommunenummer, String organisasjonsnummer, String referanse, long vedtakId,
        String utlysning, int aar, Utfall utfall, long belop, long omsokt, List<String> begrunnelse, String formal, List<String> vilkar,
        LocalDate rapportfrist, String utbetaling, boolean klageadgang, String klageTekst, Instant vedtatt, String saksbehandler,
        String godkjenner, Long erstatter, Vedtaksgrunnlag grunnlag) {

    /** Three weeks from the day the decision was sent (forvaltningsloven § 29). */
    public static final int KLAGEFRIST_DAGER = 21;

    public LocalDate vedtaksdato() {
        return LocalDate.ofInstant(vedtatt, Tidsformat.NORGE);
    }

    public LocalDate klagefrist() {
        return vedtaksdato().plusDays(KLAGEFRIST_DAGER);
    }

    /**
     * Whether the decision gives what the rules computed on its basis. When the caseworker decided otherwise, the rules'
     * own reasons would contradict the letter, so it shows the facts and says the decision departs from the computation.
     */
    public boolean folgerBeregningen() {
        return grunnlag != null && grunnlag.resultat().tildelt() == belop;
    }

    public boolean girTilskudd() {
        return utfall.girTilskudd();
    }
}
