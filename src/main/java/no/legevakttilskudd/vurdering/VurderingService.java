package no.legevakttilskudd.vurdering;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Kodeord;
import no.legevakttilskudd.habilitet.HabilitetService;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.soknad.Budsjettlinje;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.soknad.SoknadStatus;
import no.legevakttilskudd.soknad.Tiltak;

/**
 * The caseworker's assessment. The application row is locked first, so two saves of the same case are taken one after
 * the other, and the version the caseworker read decides: an older one is refused with who changed it and when.
 */
@ApplicationScoped
public class VurderingService {

    static final String ENTITET = "SOKNAD";
    private static final int MAKS_TEKST = 4000;

    @Inject
    HendelseService hendelser;

    @Inject
    HabilitetService habilitet;

    @Inject
    Clock clock;

    /** Whether the user may save the assessment now: the checks {@link #lagre} refuses with, so a page offers it only then. */
    public boolean kanVurdere(long soknadId, SoknadStatus status, Innlogget innlogget) {
        return innlogget.roller().contains(Roller.SAKSBEHANDLER) && status.kanVurderes() && !habilitet.erInhabil(soknadId, innlogget);
    }

    /** The assessment as the API shows it, with the amount applied for that the approved budget is measured against. */
    public VurderingDto dto(Vurdering vurdering) {
        return VurderingDto.fra(vurdering, Soknad.<Soknad>findByIdOptional(vurdering.soknadId).map(s -> s.omsokt).orElse(0L));
    }

    public Vurdering finn(long soknadId) {
        return Vurdering.findById(soknadId);
    }

    @Transactional
    public Vurdering lagre(long soknadId, VurderingInput input, Innlogget innlogget) {
        Soknad soknad = Soknad.<Soknad>findByIdOptional(soknadId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.ikkeFunnet("Søknad " + soknadId + " finnes ikke."));
        habilitet.krevHabil(soknadId, innlogget, "vurdere");
        if (!soknad.status.kanVurderes()) {
            throw ProblemException.konflikt("kan-ikke-vurderes", "Søknaden er " + soknad.status.name().toLowerCase()
                    + " og kan ikke vurderes.");
        }
        Vurdering vurdering = Vurdering.findById(soknadId);
        if (vurdering != null && (input == null || input.versjon() == null || input.versjon() != vurdering.versjon)) {
            throw ProblemException.konflikt("endret-av-andre", "Saken er endret av " + vurdering.endretAv + " "
                    + Tidsformat.norskTekst(vurdering.endret) + ". Last saken på nytt og legg inn endringene dine igjen; "
                    + "det du sendte er ikke lagret.");
        }
        List<StroketLinje> strok = valider(input, soknad);
        String for_ = vurdering == null ? null : sammendrag(vurdering);
        if (vurdering == null) {
            vurdering = new Vurdering();
            vurdering.soknadId = soknadId;
        }
        vurdering.kvalitet = input.kvalitet();
        vurdering.notat = input.notat() == null || input.notat().isBlank() ? null : input.notat().strip();
        vurdering.strok.clear();
        vurdering.strok.addAll(strok);
        vurdering.godkjentBudsjett = godkjentBudsjett(soknad, strok);
        vurdering.endret = clock.instant();
        vurdering.endretAv = innlogget.brukernavn();
        vurdering.endretAvSub = innlogget.subjekt();
        vurdering.persistAndFlush();
        hendelser.registrer(innlogget.aktor(), ENTITET, soknadId, "VURDERT", for_, sammendrag(vurdering));
        if (soknad.status == SoknadStatus.SENDT) {
            soknad.status = SoknadStatus.UNDER_BEHANDLING;
            soknad.endret = vurdering.endret;
            hendelser.registrer(innlogget.aktor(), ENTITET, soknadId, "UNDER_BEHANDLING", "SENDT", "UNDER_BEHANDLING");
        }
        return vurdering;
    }

    /** The lines the caseworker keeps: every budget line that is not struck. */
    static long godkjentBudsjett(Soknad soknad, List<StroketLinje> strok) {
        Set<String> strokne = new HashSet<>();
        strok.forEach(s -> strokne.add(s.tiltakNr + ":" + s.linjeNr));
        long sum = 0;
        for (int i = 0; i < soknad.tiltak.size(); i++) {
            List<Budsjettlinje> linjer = soknad.tiltak.get(i).budsjettlinjer;
            for (int j = 0; j < linjer.size(); j++) {
                if (!strokne.contains(i + ":" + j)) {
                    sum += linjer.get(j).belop;
                }
            }
        }
        return sum;
    }

    private static List<StroketLinje> valider(VurderingInput input, Soknad soknad) {
        List<Feltfeil> feil = new ArrayList<>();
        if (input == null) {
            throw ProblemException.valideringsfeil("(hele innholdet)", "Send vurderingen som JSON.");
        }
        if (input.kvalitet() == null) {
            feil.add(new Feltfeil("kvalitet", "Velg kvalitet: god, middels eller svak."));
        }
        if (input.notat() != null && input.notat().length() > MAKS_TEKST) {
            feil.add(new Feltfeil("notat", "Notatet kan ha høyst " + MAKS_TEKST + " tegn."));
        }
        List<StroketLinje> strok = new ArrayList<>();
        Set<String> sett = new HashSet<>();
        List<VurderingInput.Strok> oppgitt = input.strok() == null ? List.of() : input.strok();
        for (int k = 0; k < oppgitt.size(); k++) {
            VurderingInput.Strok s = oppgitt.get(k);
            String sti = "strok[" + k + "]";
            if (s == null || s.tiltak() == null || s.linje() == null) {
                feil.add(new Feltfeil(sti, "Oppgi tiltak og linje (fra 0) for linjen som strykes."));
                continue;
            }
            if (s.tiltak() < 0 || s.tiltak() >= soknad.tiltak.size()) {
                feil.add(new Feltfeil(sti + ".tiltak", "Søknaden har ikke tiltak " + s.tiltak() + "."));
                continue;
            }
            Tiltak tiltak = soknad.tiltak.get(s.tiltak());
            if (s.linje() < 0 || s.linje() >= tiltak.budsjettlinjer.size()) {
                feil.add(new Feltfeil(sti + ".linje", "Tiltak " + s.tiltak() + " har ikke budsjettlinje " + s.linje() + "."));
                continue;
            }
            if (!sett.add(s.tiltak() + ":" + s.linje())) {
                feil.add(new Feltfeil(sti, "Linjen er strøket mer enn én gang."));
                continue;
            }
            if (s.begrunnelse() == null || s.begrunnelse().isBlank()) {
                feil.add(new Feltfeil(sti + ".begrunnelse", "Skriv hvorfor linjen strykes."));
                continue;
            }
            if (s.begrunnelse().length() > MAKS_TEKST) {
                feil.add(new Feltfeil(sti + ".begrunnelse", "Begrunnelsen kan ha høyst " + MAKS_TEKST + " tegn."));
                continue;
            }
            strok.add(new StroketLinje(s.tiltak(), s.linje(), s.begrunnelse().strip()));
        }
        if (!feil.isEmpty()) {
            throw ProblemException.valideringsfeil(feil);
        }
        return strok;
    }

    private static String sammendrag(Vurdering v) {
        return "godkjent budsjett " + Kroner.tekst(v.godkjentBudsjett) + ", kvalitet "
                + Kodeord.ord(v.kvalitet, Kodeord.BOKMAL).toLowerCase(Locale.ROOT) + ", "
                + (v.strok.size() == 1 ? "1 linje strøket" : v.strok.size() + " linjer strøket");
    }
}
