package no.legevakttilskudd.vedtak.tilbakebetaling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import no.legevakttilskudd.felles.Fritekst;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.epost.Epostutboks;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Kodeord;
import no.legevakttilskudd.habilitet.HabilitetService;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.soknad.SoknadService;
import no.legevakttilskudd.vedtak.Vedtak;
import no.legevakttilskudd.vedtak.VedtakService;
import no.legevakttilskudd.vedtak.VedtakStatus;
import no.legevakttilskudd.vedtak.aksept.AkseptService;
import no.legevakttilskudd.vedtak.rapport.Rapport;
import no.legevakttilskudd.vedtak.rapport.RapportStatus;
import no.legevakttilskudd.vedtak.utbetaling.Utbetaling;
import no.legevakttilskudd.vedtak.utbetaling.UtbetalingService;

/**
 * Repayment (tilbakebetaling): a caseworker claims back the unused amount of an approved report, or with reasons money
 * that was misused or a measure not carried out; never more than is paid and not already claimed. The claim gets a
 * letter and the kommune an e-mail. Money paid in is recorded against it, and a claim past due can be set off against a
 * later payment to the same kommune, each as its own line. Every step on an award is serialised by a lock on the decision.
 */
@ApplicationScoped
public class TilbakebetalingService {

    static final int MAKS_TEKST = 4000;
    /** How far ahead a due date may be set: a year. */
    static final int MAKS_DAGER_TIL_FORFALL = 365;

    public record KravInput(Tilbakebetalingsgrunn grunn, Long belop, LocalDate forfall, String begrunnelse) {
    }

    public record BetalingInput(Long belop, LocalDate dato) {
    }

    /** @param belop how much to set off; when left out, as much as the claim and the payment allow */
    public record MotregningInput(Long utbetalingId, Long belop) {
    }

    /** A later payment to the same kommune that a claim past due can be set off against, with what is left of it. */
    public record Motregningsvalg(long utbetalingId, long vedtakId, LocalDate dato, long belop, long ledig) {
    }

    /** A claim past due with money left, for the staff's list. */
    public record Forfalt(long kravId, long vedtakId, long soknadId, String referanse, String kommunenummer, long belop, long gjenstar,
            LocalDate forfall) {
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
    Tilbakebetalingsbrevskriver brevskriver;

    @Inject
    Epostutboks epostutboks;

    @Inject
    HendelseService hendelser;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** The claims on a decision, oldest first, each with its lines and where it stands today. */
    public List<Kravvisning> forVedtak(long vedtakId) {
        List<Tilbakebetalingskrav> krav = Tilbakebetalingskrav.list("vedtakId = ?1 order by id", vedtakId);
        return visninger(krav);
    }

    /** What is paid on the decision and not already claimed back: the most a new claim may be. */
    public long kanKreves(long vedtakId) {
        long krevd = Tilbakebetalingskrav.<Tilbakebetalingskrav>stream("vedtakId", vedtakId).mapToLong(k -> k.belop).sum();
        return Math.max(0, utbetalinger.utbetalt(vedtakId) - krevd);
    }

    @Transactional
    public Kravvisning krev(long vedtakId, KravInput input, Innlogget innlogget) {
        Vedtak vedtak = lasVedtak(vedtakId);
        soknader.hentTilgjengelig(vedtak.soknadId, innlogget);
        if (vedtak.status != VedtakStatus.SENDT || !vedtak.utfall.girTilskudd()) {
            throw ProblemException.konflikt("ingen-tilskudd", "Bare et sendt vedtak om tilskudd kan kreves tilbake.");
        }
        habilitet.krevHabil(vedtak.soknadId, innlogget, "kreve tilbakebetaling");
        long ledig = kanKreves(vedtakId);
        if (ledig <= 0) {
            throw ProblemException.konflikt("ingenting-a-kreve", "Ingenting er utbetalt som ikke alt er krevd tilbake.");
        }
        Tilbakebetalingsgrunn grunn = input == null ? null : input.grunn();
        List<Feltfeil> feil = new ArrayList<>();
        Long belop = input == null ? null : input.belop();
        if (grunn == null) {
            feil.add(new Feltfeil("grunn", "Velg grunnen: UBRUKT (rapportens ubrukte midler), MISBRUK eller IKKE_GJENNOMFORT."));
        } else if (grunn == Tilbakebetalingsgrunn.UBRUKT) {
            Rapport rapport = Rapport.findById(vedtakId);
            if (rapport == null || rapport.status != RapportStatus.GODKJENT || rapport.ubrukt <= 0) {
                throw ProblemException.konflikt("ingen-ubrukte-midler", "Ubrukte midler kreves tilbake fra en godkjent rapport med ubrukt beløp.");
            }
            if (belop == null) {
                belop = Math.min(rapport.ubrukt, ledig);
            } else if (belop > rapport.ubrukt) {
                feil.add(new Feltfeil("belop", "Rapporten viser " + Kroner.tekst(rapport.ubrukt) + " ubrukt; kravet kan ikke være mer."));
            }
        }
        String begrunnelse = ProblemException.samle(feil, () -> grunn != null && grunn.trengerBegrunnelse()
                ? Fritekst.krev(input.begrunnelse(), "begrunnelse", MAKS_TEKST, "Skriv hvorfor tilskuddet kreves tilbake; det står i brevet.")
                : Fritekst.valgfri(input == null ? null : input.begrunnelse(), "begrunnelse", MAKS_TEKST));
        if (belop == null || belop <= 0) {
            feil.add(new Feltfeil("belop", "Oppgi beløpet i hele kroner (over 0)."));
        } else if (belop > ledig) {
            feil.add(new Feltfeil("belop", "Kravet kan ikke være mer enn det som er utbetalt og ikke alt krevd tilbake: " + Kroner.tekst(ledig) + "."));
        }
        LocalDate idag = idag();
        LocalDate forfall = input == null ? null : input.forfall();
        if (forfall == null) {
            feil.add(new Feltfeil("forfall", "Oppgi forfallsdatoen."));
        } else if (!forfall.isAfter(idag) || forfall.isAfter(idag.plusDays(MAKS_DAGER_TIL_FORFALL))) {
            feil.add(new Feltfeil("forfall", "Forfallsdatoen må være etter i dag og høyst ett år fram."));
        }
        if (!feil.isEmpty()) {
            throw ProblemException.valideringsfeil(feil);
        }
        Tilbakebetalingskrav krav = new Tilbakebetalingskrav();
        krav.vedtakId = vedtakId;
        krav.soknadId = vedtak.soknadId;
        krav.grunn = grunn;
        krav.belop = belop;
        krav.forfall = forfall;
        krav.begrunnelse = begrunnelse;
        krav.opprettet = clock.instant();
        krav.opprettetAv = innlogget.brukernavn();
        krav.opprettetAvSub = innlogget.subjekt();
        krav.opprettetAvNavn = innlogget.navn();
        krav.opprettetAvTittel = innlogget.tittel();
        krav.persist();
        entityManager.flush();
        Soknad soknad = Soknad.findById(vedtak.soknadId);
        Tilbakebetalingsbrevdata data = brevskriver.skriv(krav, vedtak, soknad);
        if (soknad.kontaktEpost != null) {
            epostutboks.legg(Tilbakebetalingsepost.av(soknad, data), Tilbakebetalingsepost.GRUNN, VedtakService.ENTITET, vedtak.id);
        }
        hendelser.registrer(innlogget.aktor(), VedtakService.ENTITET, vedtakId, "TILBAKEBETALING_KREVD", null,
                "krav " + krav.id + ": " + Kroner.tekst(belop) + " (" + Kodeord.ord(grunn, Kodeord.BOKMAL).toLowerCase(Locale.ROOT)
                        + "), forfall " + Tidsformat.norskDato(forfall));
        return Kravvisning.av(krav, List.of(), idag);
    }

    @Transactional
    public Kravvisning innbetal(long kravId, BetalingInput input, Innlogget innlogget) {
        Tilbakebetalingskrav krav = hentKrav(kravId, innlogget);
        lasVedtak(krav.vedtakId);
        habilitet.krevHabil(krav.soknadId, innlogget, "føre innbetalinger");
        Kravvisning visning = visning(krav);
        if (visning.status() == Kravstatus.BETALT) {
            throw ProblemException.konflikt("krav-betalt", "Kravet er betalt.");
        }
        List<Feltfeil> feil = new ArrayList<>();
        Long belop = input == null ? null : input.belop();
        if (belop == null || belop <= 0) {
            feil.add(new Feltfeil("belop", "Oppgi det innbetalte beløpet i hele kroner (over 0)."));
        } else if (belop > visning.gjenstar()) {
            feil.add(new Feltfeil("belop", "Det gjenstår " + Kroner.tekst(visning.gjenstar()) + " av kravet; innbetalingen kan ikke være mer."));
        }
        LocalDate dato = input == null ? null : input.dato();
        if (dato == null) {
            feil.add(new Feltfeil("dato", "Oppgi datoen pengene kom inn (ÅÅÅÅ-MM-DD)."));
        } else if (dato.isAfter(idag())) {
            feil.add(new Feltfeil("dato", "Datoen kan ikke være etter i dag."));
        }
        if (!feil.isEmpty()) {
            throw ProblemException.valideringsfeil(feil);
        }
        ny(krav, Tilbakebetalingskilde.INNBETALING, belop, dato, null, innlogget);
        hendelser.registrer(innlogget.aktor(), VedtakService.ENTITET, krav.vedtakId, "TILBAKEBETALING_INNBETALT",
                Kroner.tekst(visning.gjenstar()), "krav " + krav.id + ": " + Kroner.tekst(belop) + " innbetalt " + dato + ", gjenstår "
                        + Kroner.tekst(visning.gjenstar() - belop));
        return visning(krav);
    }

    /**
     * Sets a claim past due off against a later payment to the same kommune: the payment stays as paid on its award, and
     * the claim gets a line saying how much of it was kept back.
     */
    @Transactional
    public Kravvisning motregn(long kravId, MotregningInput input, Innlogget innlogget) {
        Tilbakebetalingskrav krav = hentKrav(kravId, innlogget);
        Utbetaling utbetaling = input == null || input.utbetalingId() == null ? null : Utbetaling.findById(input.utbetalingId());
        // Both awards are locked, in the order of their ids, so two set-offs never use the same money twice.
        Stream.of(krav.vedtakId, utbetaling == null ? krav.vedtakId : utbetaling.vedtakId).distinct().sorted().forEach(this::lasVedtak);
        habilitet.krevHabil(krav.soknadId, innlogget, "motregne");
        Kravvisning visning = visning(krav);
        if (visning.status() == Kravstatus.BETALT) {
            throw ProblemException.konflikt("krav-betalt", "Kravet er betalt.");
        }
        if (visning.status() != Kravstatus.FORFALT) {
            throw ProblemException.konflikt("ikke-forfalt", "Kravet forfaller " + Tidsformat.norskDato(krav.forfall)
                    + "; det kan motregnes først når det er forfalt og ikke betalt.");
        }
        if (utbetaling == null) {
            throw ProblemException.valideringsfeil("utbetalingId", "Velg utbetalingen kravet skal trekkes fra.");
        }
        Motregningsvalg valg = motregningsvalg(krav).stream().filter(v -> v.utbetalingId() == utbetaling.id).findFirst()
                .orElseThrow(() -> ProblemException.valideringsfeil("utbetalingId",
                        "Bare en utbetaling til samme kommune, registrert etter kravet og ikke alt motregnet, kan brukes."));
        long mest = Math.min(visning.gjenstar(), valg.ledig());
        Long belop = input.belop() == null ? Long.valueOf(mest) : input.belop();
        if (belop <= 0 || belop > mest) {
            throw ProblemException.valideringsfeil("belop", "Motregningen kan være høyst " + Kroner.tekst(mest)
                    + ": det som gjenstår av kravet og det som er ledig av utbetalingen.");
        }
        ny(krav, Tilbakebetalingskilde.MOTREGNING, belop, utbetaling.dato, utbetaling.id, innlogget);
        String tekst = "krav " + krav.id + ": " + Kroner.tekst(belop) + " motregnet i utbetaling " + utbetaling.id + " (vedtak "
                + utbetaling.vedtakId + ")";
        hendelser.registrer(innlogget.aktor(), VedtakService.ENTITET, krav.vedtakId, "TILBAKEBETALING_MOTREGNET",
                Kroner.tekst(visning.gjenstar()), tekst);
        if (utbetaling.vedtakId != krav.vedtakId) {
            hendelser.registrer(innlogget.aktor(), VedtakService.ENTITET, utbetaling.vedtakId, "TILBAKEBETALING_MOTREGNET", null, tekst);
        }
        return visning(krav);
    }

    /**
     * The later payments to the claim's kommune that still have money to set off, newest first. A payment that left in a
     * bank file is not among them: the file pays its full amount, so nothing can be held back from it afterwards.
     */
    public List<Motregningsvalg> motregningsvalg(Tilbakebetalingskrav krav) {
        String kommune = Soknad.<Soknad>findByIdOptional(krav.soknadId).orElseThrow().kommunenummer;
        List<Utbetaling> senere = entityManager.createQuery("select u from Utbetaling u, Vedtak v, Soknad s where v.id = u.vedtakId "
                + "and s.id = v.soknadId and s.kommunenummer = :kommune and u.registrert > :etter and u.buntId is null "
                + "order by u.registrert desc, u.id desc",
                Utbetaling.class).setParameter("kommune", kommune).setParameter("etter", krav.opprettet).getResultList();
        if (senere.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> motregnet = Tilbakebetaling.<Tilbakebetaling>stream("utbetalingId in ?1", senere.stream().map(u -> u.id).toList())
                .collect(Collectors.groupingBy(t -> t.utbetalingId, Collectors.summingLong(t -> t.belop)));
        return senere.stream().map(u -> new Motregningsvalg(u.id, u.vedtakId, u.dato, u.belop, u.belop - motregnet.getOrDefault(u.id, 0L)))
                .filter(v -> v.ledig() > 0).toList();
    }

    /** Every claim past due with money left, oldest due date first: the staff's follow-up list. */
    public List<Forfalt> forfalte() {
        List<Tilbakebetalingskrav> krav = Tilbakebetalingskrav.list("forfall < ?1 order by forfall, id", idag());
        Map<Long, Soknad> soknader = krav.isEmpty() ? Map.of() : Soknad.<Soknad>stream("id in ?1", krav.stream().map(k -> k.soknadId).toList())
                .collect(Collectors.toMap(s -> s.id, s -> s));
        return visninger(krav).stream().filter(v -> v.status() == Kravstatus.FORFALT).map(v -> {
            Soknad s = soknader.get(v.krav().soknadId);
            return new Forfalt(v.krav().id, v.krav().vedtakId, s.id, s.referanse, s.kommunenummer, v.krav().belop, v.gjenstar(),
                    v.krav().forfall);
        }).toList();
    }

    /** A claim's letter, for whoever may see the decision (the kommune its own, staff any). */
    public Tilbakebetalingsbrev brev(long vedtakId, long kravId, Innlogget innlogget) {
        aksepter.sendt(vedtakId, innlogget);
        Tilbakebetalingskrav krav = Tilbakebetalingskrav.findById(kravId);
        Tilbakebetalingsbrev brev = krav == null || krav.vedtakId != vedtakId ? null : Tilbakebetalingsbrev.findById(kravId);
        if (brev == null) {
            throw ProblemException.ikkeFunnet("Tilbakebetalingskrav " + kravId + " finnes ikke.");
        }
        return brev;
    }

    /** A claim on a case the user may see; otherwise 404. */
    public Tilbakebetalingskrav hentKrav(long kravId, Innlogget innlogget) {
        Tilbakebetalingskrav krav = Tilbakebetalingskrav.findById(kravId);
        if (krav == null) {
            throw ProblemException.ikkeFunnet("Tilbakebetalingskrav " + kravId + " finnes ikke.");
        }
        aksepter.sendt(krav.vedtakId, innlogget);
        return krav;
    }

    private void ny(Tilbakebetalingskrav krav, Tilbakebetalingskilde kilde, long belop, LocalDate dato, Long utbetalingId,
            Innlogget innlogget) {
        Tilbakebetaling linje = new Tilbakebetaling();
        linje.kravId = krav.id;
        linje.kilde = kilde;
        linje.belop = belop;
        linje.dato = dato;
        linje.utbetalingId = utbetalingId;
        linje.registrert = clock.instant();
        linje.registrertAv = innlogget.brukernavn();
        linje.persist();
        entityManager.flush();
    }

    private Kravvisning visning(Tilbakebetalingskrav krav) {
        return Kravvisning.av(krav, Tilbakebetaling.list("kravId = ?1 order by id", krav.id), idag());
    }

    private List<Kravvisning> visninger(List<Tilbakebetalingskrav> krav) {
        if (krav.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Tilbakebetaling>> linjer = Tilbakebetaling.<Tilbakebetaling>stream("kravId in ?1", krav.stream().map(k -> k.id).toList())
                .sorted(Comparator.comparingLong(t -> t.id)).collect(Collectors.groupingBy(t -> t.kravId));
        LocalDate idag = idag();
        return krav.stream().map(k -> Kravvisning.av(k, linjer.getOrDefault(k.id, List.of()), idag)).toList();
    }

    private Vedtak lasVedtak(long vedtakId) {
        return Vedtak.<Vedtak>findByIdOptional(vedtakId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.ikkeFunnet("Vedtak " + vedtakId + " finnes ikke."));
    }

    private LocalDate idag() {
        return LocalDate.ofInstant(clock.instant(), Tidsformat.NORGE);
    }
}
