package no.legevakttilskudd.vedtak.endring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import no.legevakttilskudd.felles.Fritekst;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.epost.Epostutboks;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Kodeord;
import no.legevakttilskudd.habilitet.HabilitetService;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.regler.Omdisponering;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.soknad.SoknadService;
import no.legevakttilskudd.utlysning.Rammepott;
import no.legevakttilskudd.utlysning.UtlysningService;
import no.legevakttilskudd.vedtak.Vedtak;
import no.legevakttilskudd.vedtak.VedtakService;
import no.legevakttilskudd.vedtak.aksept.Aksept;
import no.legevakttilskudd.vedtak.aksept.AkseptService;
import no.legevakttilskudd.vedtak.rapport.Rapport;
import no.legevakttilskudd.vedtak.rapport.Rapportfrist;
import no.legevakttilskudd.vedtak.rapport.RapportStatus;
import no.legevakttilskudd.vedtak.utbetaling.UtbetalingService;

/**
 * Changes after the award (endringssøknad): the kommune asks for a later report deadline or to move the award between
 * its measures; the caseworker grants or refuses; a grant that gives a category more than it has needs a second
 * person (four eyes, as for decisions, and checked by the database too). A decided request gets a change letter, the
 * kommune an e-mail, and the report follows the deadline and budget in force ({@link Tilskuddsplan}).
 */
@ApplicationScoped
public class EndringService {

    static final int MAKS_TEKST = 4000;

    /** How far one request may move the report deadline: a year past the one in force. */
    static final int MAKS_FORLENGELSE_MANEDER = 12;

    /**
     * The kommune's request.
     *
     * @param rapportfrist the new deadline, for {@link Endringstype#FRIST}
     * @param belop        the new amount per measure in the application's order, for {@link Endringstype#OMDISPONERING}
     */
    public record EndringInput(Endringstype type, LocalDate rapportfrist, List<Long> belop, String begrunnelse) {
    }

    @Inject
    AkseptService aksepter;

    @Inject
    SoknadService soknader;

    @Inject
    UtbetalingService utbetalinger;

    @Inject
    HabilitetService habilitet;

    @Inject
    Tilskuddsplan plan;

    @Inject
    Endringsbrevskriver brevskriver;

    @Inject
    Epostutboks epostutboks;

    @Inject
    HendelseService hendelser;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    Rammepott pott;

    @Inject
    UtlysningService utlysninger;

    public List<Endringssoknad> forVedtak(long vedtakId) {
        return Endringssoknad.list("vedtakId = ?1 order by id", vedtakId);
    }

    /** A request waiting on staff: on the caseworker (SENDT) or on a second person (TIL_GODKJENNING). */
    public record TilBehandling(long endringId, long vedtakId, long soknadId, String referanse, String kommunenummer, Endringstype type,
            Endringsstatus status, Instant sendt) {
    }

    /** The requests waiting on staff, oldest first, in one query: the staff's start page and the API list them. */
    public List<TilBehandling> tilBehandling() {
        return entityManager.createQuery("select e.id, e.vedtakId, s.id, s.referanse, s.kommunenummer, e.type, e.status, e.sendt "
                + "from Endringssoknad e, Soknad s where s.id = e.soknadId and e.status in :apne order by e.sendt, e.id", Object[].class)
                .setParameter("apne", Endringsstatus.apne())
                .getResultList().stream()
                .map(r -> new TilBehandling((Long) r[0], (Long) r[1], (Long) r[2], (String) r[3], (String) r[4], (Endringstype) r[5],
                        (Endringsstatus) r[6], (Instant) r[7]))
                .toList();
    }

    /**
     * Whether the kommune may ask to change the award now, and if not why: a sent award in force, accepted, whose report
     * is not sent or approved (a report sent back for more still may be changed), with no request still open.
     */
    public Optional<Endringshindring> hindring(Vedtak vedtak) {
        if (!vedtak.utfall.girTilskudd()) {
            return Optional.of(Endringshindring.INGEN_TILSKUDD);
        }
        if (!utbetalinger.iKraft(vedtak.id)) {
            return Optional.of(Endringshindring.ERSTATTET);
        }
        if (Aksept.findById(vedtak.id) == null) {
            return Optional.of(Endringshindring.IKKE_AKSEPTERT);
        }
        Rapport rapport = Rapport.findById(vedtak.id);
        if (rapport != null && rapport.status != RapportStatus.MER_INFO) {
            return Optional.of(Endringshindring.RAPPORT_SENDT);
        }
        if (Endringssoknad.count("vedtakId = ?1 and status in ?2", vedtak.id, Endringsstatus.apne()) > 0) {
            return Optional.of(Endringshindring.APEN_ENDRING);
        }
        return Optional.empty();
    }

    @Transactional
    public Endringssoknad send(long vedtakId, EndringInput input, Innlogget innlogget) {
        aksepter.sendtTilKommunen(vedtakId, innlogget);
        Vedtak vedtak = Vedtak.<Vedtak>findByIdOptional(vedtakId, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        hindring(vedtak).ifPresent(h -> {
            throw konflikt(h);
        });
        Soknad soknad = Soknad.<Soknad>findByIdOptional(vedtak.soknadId).orElseThrow();
        Endringstype type = input == null ? null : input.type();
        List<Feltfeil> feil = new ArrayList<>();
        if (type == null) {
            feil.add(new Feltfeil("type", "Velg hva kommunen ber om: lengre rapportfrist (FRIST) eller å flytte penger mellom tiltakene (OMDISPONERING)."));
        }
        String begrunnelse = ProblemException.samle(feil, () -> Fritekst.krev(input == null ? null : input.begrunnelse(), "begrunnelse", MAKS_TEKST,
                "Skriv hvorfor kommunen ber om endringen."));
        LocalDate gjeldendeFrist = Rapportfrist.av(vedtakId);
        Endringssoknad endring = new Endringssoknad();
        if (type == Endringstype.FRIST) {
            endring.nyRapportfrist = nyFrist(input.rapportfrist(), gjeldendeFrist, feil);
        } else if (type == Endringstype.OMDISPONERING) {
            endring.mellomKategorier = omdisponering(vedtak, soknad, input.belop(), endring.linjer, feil);
        }
        if (!feil.isEmpty()) {
            throw ProblemException.valideringsfeil(feil);
        }
        endring.vedtakId = vedtakId;
        endring.soknadId = soknad.id;
        endring.type = type;
        endring.gjeldendeFrist = gjeldendeFrist;
        endring.begrunnelse = begrunnelse;
        endring.status = Endringsstatus.SENDT;
        endring.sendt = clock.instant();
        endring.sendtAv = innlogget.brukernavn();
        try {
            endring.persist();
            entityManager.flush();
        } catch (ConstraintViolationException e) {
            if ("uidx_endringssoknad_apen".equals(e.getConstraintName())) {
                throw konflikt(Endringshindring.APEN_ENDRING);
            }
            throw e;
        }
        hendelser.registrer(innlogget.aktor(), VedtakService.ENTITET, vedtakId, "ENDRING_SOKT", null, "endring " + endring.id + ": "
                + (type == Endringstype.FRIST ? "rapportfrist " + endring.nyRapportfrist + " (gjelder " + gjeldendeFrist + ")"
                        : "omdisponering" + (endring.mellomKategorier ? " mellom kategorier" : "")));
        return endring;
    }

    /**
     * The caseworker grants or refuses. A grant that moves money between categories waits for a second person
     * ({@link #godkjenn}); anything else is decided here, with the letter and the e-mail in the same transaction.
     */
    @Transactional
    public Endringssoknad avgjor(long endringId, Boolean innvilget, String svar, Innlogget innlogget) {
        Endringssoknad endring = lastForStab(endringId, innlogget);
        habilitet.krevHabil(endring.soknadId, innlogget, "avgjøre endringssøknader");
        if (endring.status != Endringsstatus.SENDT) {
            throw ProblemException.konflikt("endring-avgjort", endring.status == Endringsstatus.TIL_GODKJENNING
                    ? "Endringssøknaden er avgjort og venter på godkjenning." : "Endringssøknaden er allerede avgjort.");
        }
        List<Feltfeil> feil = new ArrayList<>();
        if (innvilget == null) {
            feil.add(new Feltfeil("utfall", "Velg om endringen innvilges eller avslås."));
        }
        String tekst = ProblemException.samle(feil, () -> Boolean.FALSE.equals(innvilget)
                ? Fritekst.krev(svar, "svar", MAKS_TEKST, "Skriv hvorfor endringen avslås; det står i brevet til kommunen.")
                : Fritekst.valgfri(svar, "svar", MAKS_TEKST));
        if (!feil.isEmpty()) {
            throw ProblemException.valideringsfeil(feil);
        }
        Instant naa = clock.instant();
        endring.avgjortAv(innlogget, naa);
        endring.svar = tekst;
        if (innvilget && endring.mellomKategorier) {
            endring.status = Endringsstatus.TIL_GODKJENNING;
            entityManager.flush();
            hendelser.registrer(innlogget.aktor(), VedtakService.ENTITET, endring.vedtakId, "ENDRING_TIL_GODKJENNING", "SENDT",
                    "endring " + endring.id + ": innvilgelse foreslått; flytter penger mellom kategorier, så en annen må godkjenne");
            return endring;
        }
        endring.status = innvilget ? Endringsstatus.INNVILGET : Endringsstatus.AVSLATT;
        fullfor(endring, innlogget);
        return endring;
    }

    /** The second person approves a grant that moves money between categories, or returns it to the caseworker. */
    @Transactional
    public Endringssoknad godkjenn(long endringId, Boolean godkjent, String kommentar, Innlogget innlogget) {
        Endringssoknad endring = lastForStab(endringId, innlogget);
        habilitet.krevHabil(endring.soknadId, innlogget, "godkjenne endringer");
        if (endring.status != Endringsstatus.TIL_GODKJENNING) {
            throw ProblemException.konflikt("endring-ikke-til-godkjenning", "Endringssøknaden venter ikke på godkjenning.");
        }
        if (innlogget.subjekt().equals(endring.avgjortAvSub)) {
            throw ProblemException.forbudt("Du avgjorde endringen og kan ikke godkjenne eller returnere den selv (fire øyne).");
        }
        if (godkjent == null) {
            throw ProblemException.valideringsfeil("handling", "Velg om endringen godkjennes eller returneres.");
        }
        if (!godkjent) {
            String tekst = Fritekst.krev(kommentar, "kommentar", MAKS_TEKST, "Skriv hvorfor endringen returneres til saksbehandleren.");
            String avgjortAv = endring.avgjortAv;
            endring.tilbakeTilSaksbehandler();
            entityManager.flush();
            hendelser.registrer(innlogget.aktor(), VedtakService.ENTITET, endring.vedtakId, "ENDRING_RETURNERT", avgjortAv,
                    "endring " + endring.id + ": " + tekst);
            return endring;
        }
        if (habilitet.erInhabil(endring.soknadId, endring.avgjortAvSub)) {
            throw ProblemException.konflikt("forslag-fra-inhabil", "Saksbehandleren som innvilget endringen, har senere erklært seg "
                    + "inhabil i saken. Returner den, så en annen saksbehandler kan avgjøre den.");
        }
        endring.godkjentAv(innlogget, clock.instant());
        endring.status = Endringsstatus.INNVILGET;
        fullfor(endring, innlogget);
        return endring;
    }

    /**
     * What the staff member may do with the request now, from the same conditions {@link #avgjor} and {@link #godkjenn}
     * refuse with.
     *
     * @param inhabil whether the user has declared themselves disqualified in the case (the page knows it already)
     */
    public Endringshandlinger handlinger(Endringssoknad endring, Innlogget innlogget, boolean inhabil) {
        boolean egen = endring.status == Endringsstatus.TIL_GODKJENNING && innlogget.subjekt().equals(endring.avgjortAvSub);
        return new Endringshandlinger(endring.status == Endringsstatus.SENDT && innlogget.roller().contains(Roller.SAKSBEHANDLER) && !inhabil,
                endring.status == Endringsstatus.TIL_GODKJENNING && innlogget.roller().contains(Roller.GODKJENNER) && !inhabil && !egen,
                egen);
    }

    /** The letter of a decided request, for whoever may see the decision (the kommune its own, staff any). */
    public Endringsbrev brev(long vedtakId, long endringId, Innlogget innlogget) {
        aksepter.sendt(vedtakId, innlogget);
        Endringssoknad endring = Endringssoknad.findById(endringId);
        Endringsbrev brev = endring == null || endring.vedtakId != vedtakId ? null : Endringsbrev.findById(endringId);
        if (brev == null) {
            throw ProblemException.ikkeFunnet("Endringsbrev " + endringId + " finnes ikke.");
        }
        return brev;
    }

    /** The request for a staff step, locked, on a case the user may see; otherwise 404. */
    private Endringssoknad lastForStab(long endringId, Innlogget innlogget) {
        Endringssoknad endring = Endringssoknad.<Endringssoknad>findByIdOptional(endringId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.ikkeFunnet("Endringssøknad " + endringId + " finnes ikke."));
        soknader.hentTilgjengelig(endring.soknadId, innlogget);
        return endring;
    }

    /** Decided for the kommune: the row is written (the database checks four eyes and disqualification), then the letter and the mail. */
    private void fullfor(Endringssoknad endring, Innlogget innlogget) {
        entityManager.flush();
        Vedtak vedtak = Vedtak.findById(endring.vedtakId);
        Soknad soknad = Soknad.findById(endring.soknadId);
        Endringsbrev brev = brevskriver.skriv(endring, vedtak, soknad);
        if (soknad.kontaktEpost != null) {
            epostutboks.legg(Endringsepost.av(soknad, brevskriver.data(endring, vedtak, soknad)), Endringsepost.GRUNN,
                    VedtakService.ENTITET, vedtak.id);
        }
        boolean innvilget = endring.status == Endringsstatus.INNVILGET;
        String hva = endring.type == Endringstype.FRIST
                ? (innvilget ? "ny rapportfrist " + endring.nyRapportfrist : "rapportfristen " + endring.gjeldendeFrist + " står")
                : (innvilget ? "nytt budsjett per tiltak" : "budsjettet står");
        hendelser.registrer(innlogget.aktor(), VedtakService.ENTITET, vedtak.id, innvilget ? "ENDRING_INNVILGET" : "ENDRING_AVSLATT",
                null, "endring " + endring.id + ": " + hva + (endring.godkjentAvSub != null ? " (godkjent av en annen, fire øyne)" : "")
                        + ", endringsbrev " + Tidsformat.norskTekst(brev.laget));
    }

    /** The latest report deadline one request may ask for. */
    public static LocalDate senesteFrist(LocalDate gjeldende) {
        return gjeldende.plusMonths(MAKS_FORLENGELSE_MANEDER);
    }

    private static LocalDate nyFrist(LocalDate ny, LocalDate gjeldende, List<Feltfeil> feil) {
        LocalDate senest = senesteFrist(gjeldende);
        if (ny == null) {
            feil.add(new Feltfeil("rapportfrist", "Oppgi den nye rapportfristen (dato)."));
        } else if (!ny.isAfter(gjeldende)) {
            feil.add(new Feltfeil("rapportfrist", "Den nye fristen må være etter fristen som gjelder, " + Tidsformat.norskDato(gjeldende) + "."));
        } else if (ny.isAfter(senest)) {
            feil.add(new Feltfeil("rapportfrist", "Fristen kan forlenges med høyst " + MAKS_FORLENGELSE_MANEDER
                    + " måneder om gangen, til " + Tidsformat.norskDato(senest) + "."));
        }
        return ny;
    }

    /**
     * Checks the new amounts with the pure rule against the budget in force and fills in the lines.
     *
     * @return whether money moves between categories
     */
    private boolean omdisponering(Vedtak vedtak, Soknad soknad, List<Long> ny, List<Endringslinje> linjer, List<Feltfeil> feil) {
        List<Tilskuddsplan.Tiltaksbudsjett> budsjett = plan.budsjett(vedtak, soknad);
        Omdisponering.Resultat resultat = Omdisponering.vurder(vedtak.belop, Tilskuddsplan.somRegel(budsjett), ny,
                pott.regelparametre(utlysninger.hent(vedtak.utlysningId)));
        for (Omdisponering.Feilen f : resultat.feil()) {
            feil.add(switch (f.feil()) {
                case FEIL_ANTALL -> new Feltfeil("belop", "Oppgi ett beløp per tiltak i søknaden (" + budsjett.size() + ").");
                case NEGATIVT_BELOP -> new Feltfeil("tiltak[" + f.tiltak() + "].belop", "Oppgi beløpet i hele kroner, 0 eller mer.");
                case OVER_TILDELT -> new Feltfeil("belop", "Til sammen " + Kroner.tekst(resultat.sum()) + ", som er mer enn tilskuddet på "
                        + Kroner.tekst(vedtak.belop) + ". Beløpene kan til sammen ikke være mer enn tilskuddet.");
                case KATEGORI_UTENFOR -> new Feltfeil("tiltak[" + f.tiltak() + "].belop", "Utlysningen gir ikke tilskudd til "
                        + Kodeord.ord("TiltakKategori", budsjett.get(f.tiltak()).kategori().name(), Kodeord.BOKMAL).toLowerCase(Kodeord.BOKMAL)
                        + ", så beløpet til dette tiltaket kan ikke økes.");
            });
        }
        if (!resultat.gyldig()) {
            return false;
        }
        boolean endret = false;
        for (int i = 0; i < budsjett.size(); i++) {
            Tilskuddsplan.Tiltaksbudsjett b = budsjett.get(i);
            linjer.add(new Endringslinje(b.nr(), b.kategori(), b.belop(), ny.get(i)));
            endret |= b.belop() != ny.get(i);
        }
        if (!endret) {
            feil.add(new Feltfeil("belop", "Beløpene er de samme som i budsjettet som gjelder. Endre minst ett."));
        }
        return resultat.mellomKategorier();
    }

    private static ProblemException konflikt(Endringshindring hindring) {
        return ProblemException.konflikt(hindring.type(), hindring.melding());
    }
}
