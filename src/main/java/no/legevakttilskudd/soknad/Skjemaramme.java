package no.legevakttilskudd.soknad;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.regler.Kommunefakta;
import no.legevakttilskudd.utlysning.Kvalifiseringsoppslag;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;
import no.legevakttilskudd.vedtak.Aksept;
import no.legevakttilskudd.vedtak.AkseptService;
import no.legevakttilskudd.vedtak.Klage;
import no.legevakttilskudd.vedtak.KlageService;
import no.legevakttilskudd.vedtak.Kommunehandlinger;
import no.legevakttilskudd.vedtak.Kontonummer;
import no.legevakttilskudd.vedtak.Rapport;
import no.legevakttilskudd.vedtak.RapportService;
import no.legevakttilskudd.vedtak.Vedtak;

/**
 * What the application form's pages show around the form itself, decided here and not in the templates: the frame on
 * every step (with the rules' eligibility verdict and what the kommune may do) and the sent decisions with the
 * kommune's actions on them.
 */
@ApplicationScoped
public class Skjemaramme {

    /**
     * The application's frame on every step: which call, whose, until when, and what the registry says. {@code kommune}
     * holds the facts the rules use (the population of the call's reference year) and {@code kvalifisert} their verdict;
     * the kommune is null when the call's registry does not know it.
     */
    public record Ramme(long id, long utlysningId, String utlysning, Instant frist, Long dagerIgjen, Soknadshandlinger handlinger,
            String referanse, Kommunefakta kommune, boolean kvalifisert, String klasser, int grense) {

        public boolean kanEndres() {
            return handlinger.kanEndre();
        }
    }

    /**
     * A sent decision as the kommune sees it, with its acceptance when given and what the kommune may do with it now.
     *
     * @param fristenErUte the appeal deadline has passed (an appeal is still taken, marked late)
     */
    public record Vedtaksvisning(Vedtak vedtak, Aksept aksept, boolean klageadgang, LocalDate klagefrist, boolean fristenErUte,
            List<Klage> klager, Rapport rapport, LocalDate rapportfrist, Kommunehandlinger handlinger) {

        public String kontonummer() {
            return aksept == null ? null : Kontonummer.les(aksept.kontonummer).map(Kontonummer::formatert).orElse(aksept.kontonummer);
        }
    }

    @Inject
    SoknadService soknader;

    @Inject
    UtlysningService utlysninger;

    @Inject
    Kvalifiseringsoppslag kvalifisering;

    @Inject
    AkseptService aksepter;

    @Inject
    KlageService klager;

    @Inject
    RapportService rapporter;

    @Inject
    Clock clock;

    /** The frame of the application's pages: the call, the deadline, what the kommune may do, and the rules' verdict on it. */
    Ramme ramme(Soknad soknad) {
        Utlysning utlysning = utlysninger.hent(soknad.utlysningId);
        Instant naa = clock.instant();
        Optional<Kvalifiseringsoppslag.Vurdering> vurdering = kvalifisering.vurder(utlysning, soknad.kommunenummer);
        List<String> klasser = utlysning.sentralitetsklasser().stream().map(String::valueOf).toList();
        return new Ramme(soknad.id, utlysning.id, utlysning.tittel, utlysning.soknadsfrist,
                utlysning.fristenErUte(naa) ? null : Tidsformat.dagerIgjen(utlysning.soknadsfrist, naa),
                soknader.handlinger(soknad, utlysning), soknad.referanse,
                vurdering.map(Kvalifiseringsoppslag.Vurdering::fakta).orElse(null),
                vurdering.map(Kvalifiseringsoppslag.Vurdering::kvalifisert).orElse(false), String.join(" / ", klasser),
                utlysning.folketallsgrense);
    }

    /** The application's sent decisions as the kommune sees them. */
    List<Vedtaksvisning> vedtak(Soknad soknad, Innlogget innlogget) {
        Utlysning utlysning = utlysninger.hent(soknad.utlysningId);
        return aksepter.sendte(soknad.id, innlogget).stream().map(v -> vedtaksvisning(v, utlysning)).toList();
    }

    private Vedtaksvisning vedtaksvisning(Vedtak vedtak, Utlysning utlysning) {
        Aksept aksept = aksepter.finn(vedtak.id);
        List<Klage> klagene = klager.forVedtak(vedtak.id);
        Rapport rapport = rapporter.finn(vedtak.id);
        return new Vedtaksvisning(vedtak, aksept, utlysning.klageadgang, KlageService.frist(vedtak),
                KlageService.fristenErUte(vedtak, clock.instant()), klagene, rapport,
                utlysning.rapportfrist, Kommunehandlinger.av(vedtak, aksept, rapport, klagene, utlysning.klageadgang));
    }
}
