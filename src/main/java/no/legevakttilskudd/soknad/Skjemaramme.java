package no.legevakttilskudd.soknad;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.legevakttilskudd.felles.Flerspraklig;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.regler.Kommunefakta;
import no.legevakttilskudd.regler.TiltakKategori;
import no.legevakttilskudd.utlysning.Kontaktpunkt;
import no.legevakttilskudd.utlysning.Kvalifiseringsoppslag;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;

/**
 * What the application form's pages show around the form itself, decided here and not in the templates: the frame on
 * every step, with the rules' eligibility verdict and what the kommune may do.
 */
@ApplicationScoped
public class Skjemaramme {

    /**
     * The application's frame on every step: which call, whose, until when, and what the registry says. {@code kommune}
     * holds the facts the rules use (the population of the call's reference year) and {@code kvalifisert} their verdict;
     * the kommune is null when the call's registry does not know it.
     */
    /** @param ikkeStottet the measure categories the call does not fund (the rules strike their budget); empty for most calls */
    public record Ramme(long id, long utlysningId, Flerspraklig utlysning, Instant frist, Long dagerIgjen, Soknadshandlinger handlinger,
            String referanse, Kommunefakta kommune, boolean kvalifisert, String klasser, int grense, Kontaktpunkt kontakt,
            List<TiltakKategori> ikkeStottet) {

        public boolean kanEndres() {
            return handlinger.kanEndre();
        }
    }

    @Inject
    SoknadService soknader;

    @Inject
    UtlysningService utlysninger;

    @Inject
    Kvalifiseringsoppslag kvalifisering;

    @Inject
    Clock clock;

    /** The frame of the application's pages: the call, the deadline, what the kommune may do, and the rules' verdict on it. */
    Ramme ramme(Soknad soknad) {
        Utlysning utlysning = utlysninger.hent(soknad.utlysningId);
        Instant naa = clock.instant();
        Optional<Kvalifiseringsoppslag.Vurdering> vurdering = kvalifisering.vurder(utlysning, soknad.kommunenummer);
        List<String> klasser = utlysning.sentralitetsklasser().stream().map(String::valueOf).toList();
        return new Ramme(soknad.id, utlysning.id, utlysning.titler(), utlysning.soknadsfrist,
                utlysning.fristenErUte(naa) ? null : Tidsformat.dagerIgjen(utlysning.soknadsfrist, naa),
                soknader.handlinger(soknad, utlysning), soknad.referanse,
                vurdering.map(Kvalifiseringsoppslag.Vurdering::fakta).orElse(null),
                vurdering.map(Kvalifiseringsoppslag.Vurdering::kvalifisert).orElse(false), String.join(" / ", klasser),
                utlysning.folketallsgrense, utlysninger.kontakt(utlysning), utlysning.kategorier().isEmpty() ? List.of()
                        : java.util.Arrays.stream(TiltakKategori.values()).filter(k -> !utlysning.kategorier().contains(k)).toList());
    }
}
