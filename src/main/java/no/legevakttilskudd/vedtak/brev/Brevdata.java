package no.legevakttilskudd.vedtak.brev;

import no.legevakttilskudd.felles.Avsender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.utlysning.Kontaktpunkt;
import no.legevakttilskudd.vedtak.Akseptfrist;
import no.legevakttilskudd.vedtak.Klagefrist;
import no.legevakttilskudd.vedtak.Kommunebegrunnelse;
import no.legevakttilskudd.vedtak.Utfall;
import no.legevakttilskudd.vedtak.grunnlag.StroketBudsjettlinje;
import no.legevakttilskudd.vedtak.grunnlag.Vedtaksgrunnlag;

/**
 * Everything a decision letter says, as values: no entities, so the letter can be rendered and tested on its own. What
 * the letter decides to say (partly granted or not, which of the rules' reasons to add, the appeal deadline) is decided
 * here; the template only shows it.
 *
 * @param kontakt     whom the kommune asks about the decision: the call's contact point, or the agency's
 * @param begrunnelse the reasons as the decision has them, one paragraph per line
 * @param strokne     the budget lines the assessment struck, with the reasons; empty when none
 * @param vedtatt     when the decision was sent and the letter put out for the kommune; the appeal deadline runs from it
 * @param grunnlag    the rules' basis stored with the decision, or null for a decision proposed before bases were stored
 */
public record Brevdata(Avsender avsender, Kontaktpunkt kontakt, String kommunenavn, String kommunenummer, String organisasjonsnummer, String referanse,
        long vedtakId, String utlysning, int aar, Utfall utfall, long belop, long omsokt, List<String> begrunnelse,
        List<StroketBudsjettlinje> strokne, String formal, List<String> vilkar, LocalDate rapportfrist, boolean klageadgang,
        String klageTekst, Instant vedtatt, Underskriver saksbehandler, Underskriver godkjenner, Long erstatter,
        Vedtaksgrunnlag grunnlag) {

    public LocalDate vedtaksdato() {
        return LocalDate.ofInstant(vedtatt, Tidsformat.NORGE);
    }

    /** The day the kommune should have accepted the conditions by (see {@link Akseptfrist}). */
    public LocalDate akseptfrist() {
        return Akseptfrist.av(vedtatt);
    }

    public LocalDate klagefrist() {
        return Klagefrist.av(vedtatt);
    }

    /** The appeal rule in the words every place that states it uses. */
    public String klagefristRegel() {
        return Klagefrist.REGEL;
    }

    /** The outcome as the kommune is told it: less than asked is partly granted (see {@link Utfall#forKommunen}). */
    public Utfall utfallForKommunen() {
        return utfall.forKommunen(belop, omsokt);
    }

    public boolean girTilskudd() {
        return utfall.girTilskudd();
    }

    /** An award below what was asked: the letter says what was asked and what was granted side by side. */
    public boolean mindreEnnSokt() {
        return girTilskudd() && belop < omsokt;
    }

    /** The approved budget after the assessment, or null when the application was not assessed. */
    public Long godkjentBudsjett() {
        if (grunnlag != null) {
            return grunnlag.grunnlag().soknad().godkjentBudsjett();
        }
        return strokne.isEmpty() ? null : omsokt - strokne.stream().mapToLong(StroketBudsjettlinje::belop).sum();
    }

    /**
     * Whether the decision gives what the rules computed on its basis. When the caseworker decided otherwise, the rules'
     * own reasons would contradict the letter, so it shows the facts and says the decision departs from the computation.
     */
    public boolean folgerBeregningen() {
        return grunnlag != null && grunnlag.resultat().tildelt() == belop;
    }

    /**
     * The rules' reasons for the kommune, when the decision follows them, without those its own reasons already give
     * word for word (a proposal starts from the same sentences). Never with the frame's working figures.
     */
    public List<String> regelbegrunnelse() {
        if (!folgerBeregningen()) {
            return List.of();
        }
        Set<String> gitt = new HashSet<>(begrunnelse);
        return Kommunebegrunnelse.av(grunnlag.resultat().arsaker()).stream().filter(setning -> !gitt.contains(setning)).toList();
    }
}
