package no.legevakttilskudd.vedtak.brev;

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

/** Gathers what the decision letter says from the decision, the application, the call and the registry. */
@ApplicationScoped
public class Brevgrunnlag {

    /** The standard conditions of an award (SPEC §3). */
    static final List<String> VILKAR = List.of(
            "Tilskuddet skal brukes til formålet og tiltakene i søknaden, slik de er godkjent i vurderingen.",
            "Kommunen skal rapportere hva tilskuddet er brukt til, per tiltak, innen rapportfristen.",
            "Midler som ikke er brukt til formålet, skal betales tilbake.",
            "Kommunen skal gi opplysninger og tilgang til regnskap som trengs for å kontrollere bruken av tilskuddet.");

    @Inject
    UtlysningService utlysninger;

    @Inject
    KommuneregisterService register;

    public Brevdata av(Vedtak vedtak, Soknad soknad) {
        Utlysning utlysning = utlysninger.hent(vedtak.utlysningId);
        Kommune kommune = register.finn(utlysning.kommuneregisterVersjonId, soknad.kommunenummer).orElse(null);
        return new Brevdata(kommune == null ? soknad.kommunenummer : kommune.navn, soknad.kommunenummer,
                kommune == null ? null : kommune.organisasjonsnummer, soknad.referanse, vedtak.id, utlysning.tittel, utlysning.aar,
                vedtak.utfall, vedtak.belop, soknad.omsokt, Arrays.stream(vedtak.begrunnelse.split("\\R")).filter(l -> !l.isBlank()).toList(),
                soknad.formal, VILKAR, utlysning.rapportfrist,
                "Tilskuddet utbetales til kommunens konto når kommunen har akseptert vilkårene i Legevakttilskudd.",
                utlysning.klageadgang, utlysning.klageTekst, vedtak.sendt, vedtak.foreslattAv, vedtak.behandletAv, vedtak.erstatterId,
                vedtak.vedtaksgrunnlag());
    }
}
