package no.legevakttilskudd.vedtak.brev;

import no.legevakttilskudd.felles.Avsender;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.legevakttilskudd.kommune.Kommune;
import no.legevakttilskudd.kommune.KommuneregisterService;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;
import no.legevakttilskudd.vedtak.Vedtak;
import no.legevakttilskudd.vedtak.grunnlag.StroketBudsjettlinje;
import no.legevakttilskudd.vedtak.grunnlag.Vedtaksgrunnlag;
import no.legevakttilskudd.vurdering.Vurdering;

/** Gathers what the decision letter says from the decision, the application, the call, the registry and the sender. */
@ApplicationScoped
public class Brevgrunnlag {

    /** The standard conditions of an award (SPEC §3); the report deadline has its own section. */
    static final List<String> VILKAR = List.of(
            "Kommunen aksepterer vilkårene i Legevakttilskudd, under søknaden, og oppgir kontonummeret tilskuddet skal betales til. "
                    + "Tilskuddet utbetales først når kommunen har akseptert.",
            "Tilskuddet skal brukes til formålet og tiltakene i søknaden, slik de er godkjent i vurderingen.",
            "Kommunen skal rapportere hva tilskuddet er brukt til, per tiltak, innen rapportfristen.",
            "Midler som ikke er brukt til formålet, skal betales tilbake.",
            "Kommunen skal gi opplysninger og tilgang til regnskap som trengs for å kontrollere bruken av tilskuddet.");

    static final String SAKSBEHANDLER = "saksbehandler";
    static final String GODKJENNER = "godkjenner";

    @Inject
    UtlysningService utlysninger;

    @Inject
    KommuneregisterService register;

    @Inject
    Avsender.Oppsett avsender;

    public Brevdata av(Vedtak vedtak, Soknad soknad) {
        Utlysning utlysning = utlysninger.hent(vedtak.utlysningId);
        Kommune kommune = register.finn(utlysning.kommuneregisterVersjonId, soknad.kommunenummer).orElse(null);
        Avsender fra = Avsender.av(avsender);
        Vedtaksgrunnlag grunnlag = vedtak.vedtaksgrunnlag();
        return new Brevdata(fra, utlysninger.kontakt(utlysning), kommune == null ? soknad.kommunenummer : kommune.navn, soknad.kommunenummer,
                kommune == null ? null : kommune.organisasjonsnummer, soknad.referanse, vedtak.id, utlysning.tittel, utlysning.aar,
                vedtak.utfall, vedtak.belop, soknad.omsokt, Arrays.stream(vedtak.begrunnelse.split("\\R")).filter(l -> !l.isBlank()).toList(),
                strokne(grunnlag, soknad), soknad.formal, VILKAR, utlysning.rapportfrist, utlysning.klageadgang, utlysning.klageTekst,
                vedtak.sendt, new Underskriver(vedtak.foreslattAvNavn, vedtak.foreslattAvTittel, SAKSBEHANDLER, fra.navn()),
                new Underskriver(vedtak.behandletAvNavn, vedtak.behandletAvTittel, GODKJENNER, fra.navn()), vedtak.erstatterId, grunnlag);
    }

    /**
     * The struck lines the decision was proposed on. For a decision proposed before they were kept in its basis, the
     * assessment as it stands when the letter is made is the nearest there is, and better than a letter that does not
     * say which lines were struck.
     */
    public static List<StroketBudsjettlinje> strokne(Vedtaksgrunnlag grunnlag, Soknad soknad) {
        if (grunnlag != null && grunnlag.strokne() != null) {
            return grunnlag.strokne();
        }
        Vurdering vurdering = Vurdering.findById(soknad.id);
        return vurdering == null ? List.of() : StroketBudsjettlinje.fra(soknad, vurdering.strok);
    }
}
