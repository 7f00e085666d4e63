package no.legevakttilskudd.vedtak;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.epost.Epostutboks;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Kodeord;
import no.legevakttilskudd.habilitet.HabilitetService;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.regler.Tildeling;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.soknad.SoknadStatus;
import no.legevakttilskudd.tildeling.TildelingService;
import no.legevakttilskudd.utlysning.Rammepott;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;
import no.legevakttilskudd.vedtak.brev.Brev;
import no.legevakttilskudd.vedtak.brev.Brevdata;
import no.legevakttilskudd.vedtak.brev.Brevgrunnlag;
import no.legevakttilskudd.vedtak.brev.Vedtaksbrev;
import no.legevakttilskudd.vedtak.grunnlag.StroketBudsjettlinje;
import no.legevakttilskudd.vedtak.grunnlag.Vedtaksgrunnlag;
import no.legevakttilskudd.vurdering.Vurdering;

/**
 * Decisions with four eyes (SPEC §2): a caseworker proposes, another person approves or returns, then it is sent and
 * never changes. The frame is an invariant held by PostgreSQL: an approval locks the call's row, so approvals of one
 * call are taken one at a time, on any number of application instances, and the sum is read under that lock.
 */
@ApplicationScoped
public class VedtakService {

    public static final String ENTITET = "VEDTAK";
    static final int MAKS_BEGRUNNELSE = 8000;

    @Inject
    Rammepott pott;

    @Inject
    UtlysningService utlysninger;

    @Inject
    TildelingService tildeling;

    @Inject
    HendelseService hendelser;

    @Inject
    HabilitetService habilitet;

    @Inject
    Brevgrunnlag brevgrunnlag;

    @Inject
    Epostutboks epostutboks;

    @Inject
    Vedtaksbrev vedtaksbrev;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    public Vedtak hent(long id) {
        return Vedtak.<Vedtak>findByIdOptional(id).orElseThrow(() -> ProblemException.ikkeFunnet("Vedtak " + id + " finnes ikke."));
    }

    public List<Vedtak> forSoknad(long soknadId) {
        return Vedtak.list("soknadId = ?1 order by id", soknadId);
    }

    /**
     * Proposes a decision, or, with {@code erstatter}, a correction of a sent one. The rules are run for the whole call
     * and the application's basis is stored with the decision (SPEC §3); a correction's basis is the run without the
     * decision it corrects.
     */
    @Transactional
    public Vedtak foresla(long soknadId, VedtakInput input, Long erstatter, Innlogget innlogget) {
        return foresla(soknadId, input, erstatter, innlogget, null);
    }

    /** @param beregning the call's run when the caller has it (a bulk proposal makes one run for all), else null */
    private Vedtak foresla(long soknadId, VedtakInput input, Long erstatter, Innlogget innlogget, TildelingService.Beregning beregning) {
        Soknad soknad = Soknad.<Soknad>findByIdOptional(soknadId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.ikkeFunnet("Søknad " + soknadId + " finnes ikke."));
        Utlysning utlysning = utlysninger.hent(soknad.utlysningId);
        habilitet.krevHabil(soknadId, innlogget, "foreslå vedtak");
        krevAvgjorbar(utlysning, erstatter);
        if (erstatter == null && !soknad.status.kanVurderes()) {
            throw ProblemException.konflikt("kan-ikke-avgjores", "Søknaden er " + soknad.status.name().toLowerCase()
                    + " og kan ikke få et vedtak nå. Et sendt vedtak rettes med et nytt vedtak som erstatter det.");
        }
        if (erstatter != null) {
            Vedtak gammelt = hent(erstatter);
            if (gammelt.soknadId != soknadId || gammelt.status != VedtakStatus.SENDT) {
                throw ProblemException.konflikt("kan-ikke-rettes", "Bare et sendt vedtak for samme søknad kan rettes.");
            }
            // Only the decision in force is corrected: two corrections of the same one would both count against the frame.
            Vedtak rettet = Vedtak.find("erstatterId = ?1 and status in ?2", erstatter, List.of(VedtakStatus.GODKJENT, VedtakStatus.SENDT))
                    .firstResult();
            if (rettet != null) {
                throw ProblemException.konflikt("allerede-rettet", "Vedtak " + erstatter + " er allerede rettet av vedtak " + rettet.id
                        + ". Rett det gjeldende vedtaket i stedet.");
            }
        }
        if (input == null) {
            throw ProblemException.valideringsfeil("(hele innholdet)", "Send vedtaket som JSON.");
        }
        input.krevGyldig(utlysning.tak);
        Vedtak apent = Vedtak.find("soknadId = ?1 and status in ?2", soknadId, List.of(VedtakStatus.FORESLATT, VedtakStatus.GODKJENT))
                .firstResult();
        if (apent != null) {
            throw apentVedtak(apent.id);
        }
        Instant naa = clock.instant();
        TildelingService.Beregning kjoring = beregning != null ? beregning : tildeling.beregning(utlysning.id, erstatter != null ? soknadId : null);
        Vedtak vedtak = new Vedtak();
        Vurdering vurdering = Vurdering.findById(soknadId);
        vedtak.grunnlag = Vedtaksgrunnlag.av(kjoring, soknadId, utlysning.id, naa,
                vurdering == null ? List.of() : StroketBudsjettlinje.fra(soknad, vurdering.strok)).tilJson();
        vedtak.soknadId = soknadId;
        vedtak.utlysningId = utlysning.id;
        vedtak.utfall = input.utfall();
        vedtak.belop = input.utfall().girTilskudd() ? input.belop() : 0;
        vedtak.begrunnelse = input.begrunnelse().strip();
        vedtak.status = VedtakStatus.FORESLATT;
        vedtak.registrerForslag(innlogget, naa);
        vedtak.erstatterId = erstatter;
        try {
            vedtak.persist();
            entityManager.flush();
        } catch (ConstraintViolationException e) {
            if ("uidx_vedtak_apent".equals(e.getConstraintName())) {
                throw apentVedtak(null);
            }
            throw e;
        }
        hendelser.registrer(innlogget.aktor(), ENTITET, vedtak.id, "FORESLATT", null, vedtak.sammendrag() + ", søknad " + soknadId);
        if (soknad.status == SoknadStatus.SENDT) {
            soknad.status = SoknadStatus.UNDER_BEHANDLING;
            soknad.endret = naa;
            hendelser.registrer(innlogget.aktor(), "SOKNAD", soknadId, "UNDER_BEHANDLING", "SENDT", "UNDER_BEHANDLING");
        }
        return vedtak;
    }

    /**
     * Proposes a decision for every application the rules have settled (awarded, partly awarded, refused, rejected)
     * that has none yet. The waiting list waits. The reasons are the rules' own, for the caseworker to edit.
     */
    @Transactional
    public List<Vedtak> foreslaFraTildeling(long utlysningId, Innlogget innlogget) {
        krevAvgjorbar(utlysninger.hent(utlysningId), null);
        TildelingService.Beregning beregning = tildeling.beregning(utlysningId, null);
        Set<Long> inhabile = habilitet.inhabileSaker(innlogget);
        List<Vedtak> foreslatte = new ArrayList<>();
        for (var soknad : beregning.perSoknad().entrySet()) {
            Tildeling resultat = soknad.getValue().resultat();
            Utfall utfall = switch (resultat.status()) {
                case INNVILGET -> Utfall.INNVILGET;
                case DELVIS_INNVILGET -> Utfall.DELVIS_INNVILGET;
                case AVSLATT -> Utfall.AVSLATT;
                case AVVIST -> Utfall.AVVIST;
                case VENTELISTE -> null;
            };
            // A case the user is disqualified in waits for another caseworker.
            if (utfall == null || inhabile.contains(soknad.getKey()) || Vedtak.count("soknadId = ?1 and status <> ?2", soknad.getKey(), VedtakStatus.RETURNERT) > 0) {
                continue;
            }
            // The kommune reads this text (the letter, its page): the rules' reasons without the frame's working figures.
            String begrunnelse = String.join("\n", Kommunebegrunnelse.av(resultat.arsaker()));
            foreslatte.add(foresla(soknad.getKey(), new VedtakInput(utfall, resultat.tildelt(), begrunnelse), null, innlogget, beregning));
        }
        return foreslatte;
    }

    @Transactional
    public Vedtak godkjenn(long vedtakId, Innlogget innlogget) {
        long utlysningId = hent(vedtakId).utlysningId;
        // The call's row first: every approval in this call waits here, so the sum below is the whole truth.
        Utlysning utlysning = Utlysning.<Utlysning>findByIdOptional(utlysningId)
                .orElseThrow(() -> ProblemException.ikkeFunnet("Utlysning " + utlysningId + " finnes ikke."));
        // The pot's owner first, then the call: a re-announcement and its first call approve from one frame.
        pott.lasPotten(utlysning);
        entityManager.refresh(utlysning, LockModeType.PESSIMISTIC_WRITE);
        Vedtak vedtak = Vedtak.<Vedtak>findByIdOptional(vedtakId, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        entityManager.refresh(vedtak);
        krevAvgjorbar(utlysning, vedtak.erstatterId);
        krevForeslatt(vedtak);
        krevFireOyne(vedtak, innlogget);
        habilitet.krevHabil(vedtak.soknadId, innlogget, "godkjenne vedtak");
        if (habilitet.erInhabil(vedtak.soknadId, vedtak.foreslattAvSub)) {
            throw ProblemException.konflikt("forslag-fra-inhabil", "Den som foreslo vedtaket, har siden erklært seg inhabil i saken. "
                    + "Returner forslaget, så en annen saksbehandler kan foreslå på nytt.");
        }
        if (vedtak.belop > utlysning.tak) {
            throw ProblemException.konflikt("over-taket", "Vedtaket på " + Kroner.tekst(vedtak.belop) + " er over taket på "
                    + Kroner.tekst(utlysning.tak) + " per kommune.");
        }
        long brukt = brukt(utlysningId);
        if (vedtak.erstatterId != null) {
            brukt -= hent(vedtak.erstatterId).belop;
        }
        long ramme = pott.ramme(utlysning);
        if (brukt + vedtak.belop > ramme) {
            throw ProblemException.konflikt("rammen-er-brukt", "Vedtaket på " + Kroner.tekst(vedtak.belop) + " får ikke plass i rammen: "
                    + Kroner.tekst(brukt) + " av " + Kroner.tekst(ramme) + " er allerede godkjent eller sendt.");
        }
        vedtak.status = VedtakStatus.GODKJENT;
        vedtak.registrerBehandling(innlogget, clock.instant());
        hendelser.registrer(innlogget.aktor(), ENTITET, vedtak.id, "GODKJENT", "FORESLATT", vedtak.sammendrag());
        return vedtak;
    }

    @Transactional
    public Vedtak returner(long vedtakId, String kommentar, Innlogget innlogget) {
        Vedtak vedtak = Vedtak.<Vedtak>findByIdOptional(vedtakId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.ikkeFunnet("Vedtak " + vedtakId + " finnes ikke."));
        if (kommentar == null || kommentar.isBlank()) {
            throw ProblemException.valideringsfeil("kommentar", "Skriv hvorfor vedtaket sendes tilbake.");
        }
        if (kommentar.length() > MAKS_BEGRUNNELSE) {
            throw ProblemException.valideringsfeil("kommentar", "Kommentaren kan ha høyst " + MAKS_BEGRUNNELSE + " tegn.");
        }
        krevForeslatt(vedtak);
        krevFireOyne(vedtak, innlogget);
        habilitet.krevHabil(vedtak.soknadId, innlogget, "returnere vedtak");
        vedtak.status = VedtakStatus.RETURNERT;
        vedtak.registrerBehandling(innlogget, clock.instant());
        vedtak.returkommentar = kommentar.strip();
        hendelser.registrer(innlogget.aktor(), ENTITET, vedtak.id, "RETURNERT", "FORESLATT", vedtak.sammendrag() + ": " + vedtak.returkommentar);
        return vedtak;
    }

    /** Sends an approved decision to the kommune; from here on it never changes. */
    @Transactional
    public Vedtak send(long vedtakId, Innlogget innlogget) {
        Vedtak vedtak = Vedtak.<Vedtak>findByIdOptional(vedtakId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.ikkeFunnet("Vedtak " + vedtakId + " finnes ikke."));
        if (vedtak.status == VedtakStatus.SENDT) {
            return vedtak;
        }
        if (!kanSendes(vedtak)) {
            throw ProblemException.konflikt("ikke-godkjent", "Vedtaket er " + vedtak.status.name().toLowerCase()
                    + "; bare godkjente vedtak kan sendes.");
        }
        krevAvgjorbar(utlysninger.hent(vedtak.utlysningId), vedtak.erstatterId);
        habilitet.krevHabil(vedtak.soknadId, innlogget, "sende vedtak");
        Instant naa = clock.instant();
        vedtak.status = VedtakStatus.SENDT;
        vedtak.sendt = naa;
        vedtak.sendtAvSub = innlogget.subjekt();
        Soknad soknad = Soknad.<Soknad>findByIdOptional(vedtak.soknadId, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        String for_ = soknad.status.name();
        soknad.status = SoknadStatus.valueOf(vedtak.utfall.name());
        soknad.endret = naa;
        Brev brev = new Brev();
        brev.vedtakId = vedtak.id;
        Brevdata data = brevgrunnlag.av(vedtak, soknad);
        brev.html = vedtaksbrev.html(data);
        brev.pdf = vedtaksbrev.pdf(data);
        brev.laget = naa;
        brev.persist();
        if (soknad.kontaktEpost != null) {
            // In the same transaction: the notice exists exactly when the decision is sent, and is mailed afterwards.
            epostutboks.legg(Vedtaksepost.av(soknad, data), Vedtaksepost.GRUNN, ENTITET, vedtak.id);
        }
        hendelser.registrer(innlogget.aktor(), ENTITET, vedtak.id, "SENDT", "GODKJENT", vedtak.sammendrag() + ", med vedtaksbrev");
        hendelser.registrer(innlogget.aktor(), "SOKNAD", soknad.id, "AVGJORT", for_,
                Kodeord.ord(soknad.status, Kodeord.BOKMAL) + " (vedtak " + vedtak.id + ")");
        return vedtak;
    }

    /**
     * Whether decisions can be made in the call now: after its deadline, because the order of the round depends on every
     * application, or at once when the call is set to decide as applications come. Pages ask this before offering buttons.
     */
    public boolean kanAvgjores(Utlysning utlysning) {
        return utlysning.fortlopendeVedtak || utlysning.fristenErUte(clock.instant());
    }

    /**
     * Whether the user may propose a decision on the application now, from the same checks {@link #foresla} refuses
     * with, so the case page offers the form only then.
     */
    public boolean kanForesla(long soknadId, SoknadStatus status, List<Vedtak> vedtakene, Utlysning utlysning, Innlogget innlogget) {
        return innlogget.roller().contains(Roller.SAKSBEHANDLER) && status.kanVurderes() && !habilitet.erInhabil(soknadId, innlogget)
                && vedtakene.stream().noneMatch(v -> v.status == VedtakStatus.FORESLATT || v.status == VedtakStatus.GODKJENT)
                && kanAvgjores(utlysning);
    }

    /** A correction ({@code erstatter}) replaces a sent decision, so it comes when decisions could already be made. */
    private void krevAvgjorbar(Utlysning utlysning, Long erstatter) {
        if (erstatter == null && !kanAvgjores(utlysning)) {
            throw ProblemException.konflikt("fristen-er-ikke-ute", "Søknadsfristen for «" + utlysning.tittel + "» er "
                    + Tidsformat.norskTekst(utlysning.soknadsfrist) + ". Vedtak foreslås, godkjennes og sendes først etter fristen, "
                    + "fordi rekkefølgen i runden avhenger av alle søknadene; utlysningen er ikke satt til fortløpende vedtak.");
        }
    }

    /** Approved and sent amounts of a call, a corrected decision counted once (by its correction). */
    public long brukt(long utlysningId) {
        Number sum = (Number) entityManager.createNativeQuery("select coalesce(sum(belop), 0) from vedtak_mot_rammen "
                + "where utlysning_id = :utlysning")
                .setParameter("utlysning", utlysningId).getSingleResult();
        return sum.longValue();
    }

    /**
     * What the user may do with the decision now: the same tests (role, status, four-eyes) as approve, return and send
     * make before they refuse, so a page never offers what the service refuses.
     */
    public Vedtakshandlinger handlinger(Vedtak vedtak, Innlogget innlogget) {
        return handlinger(vedtak, innlogget, habilitet.erInhabil(vedtak.soknadId, innlogget));
    }

    /** @param inhabil the user has declared themselves disqualified in the case: nothing to do but read */
    Vedtakshandlinger handlinger(Vedtak vedtak, Innlogget innlogget, boolean inhabil) {
        boolean godkjenner = innlogget.roller().contains(Roller.GODKJENNER);
        boolean eget = kanBehandles(vedtak) && foreslattAv(vedtak, innlogget);
        // As krevAvgjorbar: before the deadline only a correction moves on, unless the call decides as applications come.
        boolean avgjorbar = !inhabil && (vedtak.erstatterId != null || kanAvgjores(utlysninger.hent(vedtak.utlysningId)));
        boolean behandle = kanBehandles(vedtak) && !eget && godkjenner && avgjorbar;
        boolean sende = kanSendes(vedtak) && (godkjenner || innlogget.roller().contains(Roller.SAKSBEHANDLER)) && avgjorbar;
        return new Vedtakshandlinger(eget, behandle, behandle, sende, vedtak.status == VedtakStatus.SENDT);
    }

    private static boolean kanBehandles(Vedtak vedtak) {
        return vedtak.status == VedtakStatus.FORESLATT;
    }

    private static boolean kanSendes(Vedtak vedtak) {
        return vedtak.status == VedtakStatus.GODKJENT;
    }

    private static void krevForeslatt(Vedtak vedtak) {
        if (!kanBehandles(vedtak)) {
            throw ProblemException.konflikt("ikke-foreslatt", "Vedtaket er " + vedtak.status.name().toLowerCase()
                    + " og kan ikke behandles på nytt.");
        }
    }

    /**
     * Four-eyes, the one place: the proposer's subject against the user's. Rows proposed before subjects were stored
     * (V1.15.0) compare user names, as the database check does.
     */
    public static boolean foreslattAv(Vedtak vedtak, Innlogget innlogget) {
        return vedtak.foreslattAvSub != null ? vedtak.foreslattAvSub.equals(innlogget.subjekt())
                : vedtak.foreslattAv.equals(innlogget.brukernavn());
    }

    private static void krevFireOyne(Vedtak vedtak, Innlogget innlogget) {
        if (foreslattAv(vedtak, innlogget)) {
            throw ProblemException.forbudt("Du foreslo dette vedtaket og kan ikke godkjenne eller returnere det selv (fire øyne).");
        }
    }

    private static ProblemException apentVedtak(Long id) {
        return ProblemException.konflikt("vedtak-finnes", "Søknaden har allerede et vedtak til godkjenning"
                + (id != null ? " (vedtak " + id + ")" : "") + ". Godkjenn eller returner det først.");
    }
}
