package no.legevakttilskudd.vedtak;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.annotation.JsonProperty;

import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.regler.Tildeling;
import no.legevakttilskudd.regler.Vedtakskontroll;
import no.legevakttilskudd.regler.Vedtakskontroll.Avvik;
import no.legevakttilskudd.tildeling.TildelingService;
import no.legevakttilskudd.vedtak.grunnlag.Vedtaksgrunnlag;

/**
 * The re-check of a decision (SPEC §3): today's rules on the stored basis and on today's data, side by side. It only
 * reads; the decision, its basis and its letter stay as they are.
 */
@ApplicationScoped
public class VedtakskontrollService {

    /**
     * A re-check as the API and the page show it.
     *
     * @param grunnlag         the stored basis
     * @param paLagretGrunnlag this build's rules on the stored basis
     * @param paDagensData     this build's rules on today's data; null when today's registry lacks the kommune
     * @param regelendringer   what differs because the rules changed
     * @param dataendringer    what differs in the data: parameters, registry, assessment, application
     * @param utfallIdag       how the result on today's data differs from the result the decision was based on
     */
    public record Kontroll(long vedtakId, long soknadId, VedtakStatus status, Utfall utfall, long belop, Vedtaksgrunnlag grunnlag,
            long registerversjonIdag, Tildeling paLagretGrunnlag, Tildeling paDagensData, List<Avvik> regelendringer,
            List<Avvik> dataendringer, List<Avvik> utfallIdag) {

        /** Nothing differs: the decision would be computed the same way today. */
        @JsonProperty
        public boolean uendret() {
            return regelendringer.isEmpty() && dataendringer.isEmpty() && utfallIdag.isEmpty();
        }
    }

    @Inject
    VedtakService vedtak;

    @Inject
    TildelingService tildeling;

    public Kontroll kontroller(long vedtakId) {
        Vedtak v = vedtak.hent(vedtakId);
        Vedtaksgrunnlag lagret = v.vedtaksgrunnlag();
        if (lagret == null) {
            throw ProblemException.konflikt("vedtak-uten-grunnlag", "Vedtak " + vedtakId + " ble foreslått før grunnlaget ble lagret "
                    + "med vedtakene, så det er ikke noe lagret grunnlag å kontrollere mot. Begrunnelsen i vedtaket står.");
        }
        TildelingService.Dagensgrunnlag idag = tildeling.dagensGrunnlag(v.utlysningId, v.soknadId, lagret.grunnlag());
        Vedtakskontroll.Resultat resultat = Vedtakskontroll.kontroller(lagret.regelversjon(), lagret.grunnlag(), lagret.resultat(),
                idag.grunnlag());
        List<Avvik> data = new ArrayList<>();
        if (idag.registerversjonId() != lagret.registerversjonId()) {
            data.add(new Avvik(Vedtakskontroll.Kilde.REGISTER, "registerversjon", String.valueOf(lagret.registerversjonId()),
                    String.valueOf(idag.registerversjonId()), "Kommuneregisteret er byttet fra versjon " + lagret.registerversjonId()
                            + " (" + lagret.registerkilde() + ") til versjon " + idag.registerversjonId() + "."));
        }
        data.addAll(resultat.dataendringer());
        return new Kontroll(v.id, v.soknadId, v.status, v.utfall, v.belop, lagret, idag.registerversjonId(), resultat.paLagretGrunnlag(),
                resultat.paDagensData(), resultat.regelendringer(), List.copyOf(data), resultat.utfallIdag());
    }
}
