package no.legevakttilskudd.vedtak.utbetaling.bunt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import no.legevakttilskudd.felles.Avsender;
import no.legevakttilskudd.felles.Fritekst;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.habilitet.HabilitetService;
import no.legevakttilskudd.kommune.Kommune;
import no.legevakttilskudd.kommune.KommuneregisterService;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.vedtak.Vedtak;
import no.legevakttilskudd.vedtak.VedtakService;
import no.legevakttilskudd.vedtak.VedtakStatus;
import no.legevakttilskudd.vedtak.aksept.Aksept;
import no.legevakttilskudd.vedtak.aksept.Kontonummer;
import no.legevakttilskudd.vedtak.utbetaling.Utbetaling;
import no.legevakttilskudd.vedtak.utbetaling.UtbetalingService;

/**
 * Payments to the bank (docs/operations.md, «Betalinger til banken»). A caseworker makes a batch for a payment date from
 * the accepted awards in force that are not fully paid; a second person approves it (never the one who made it: here,
 * and by a check in the database), which records the payments and makes the pain.001 file once; the file is downloaded
 * and the batch marked sent. Every line is checked when the batch is made and again under the decisions' locks when it
 * is approved: an accepted, valid account, the kommune's organisation number, never more than the decision has left
 * unpaid; a refusal names the case.
 */
@ApplicationScoped
public class UtbetalingsbuntService {

    static final String ENTITET = "UTBETALINGSBUNT";
    /** A payment date at most this far ahead: a bank takes orders some months out, not years. */
    static final int MAKS_DAGER_FREM = 90;

    @Inject
    EntityManager entityManager;

    @Inject
    HendelseService hendelser;

    @Inject
    HabilitetService habilitet;

    @Inject
    KommuneregisterService register;

    @Inject
    UtbetalingService utbetalinger;

    @Inject
    Avsender.Oppsett avsender;

    @Inject
    Betalingsoppsett oppsett;

    @Inject
    Clock clock;

    /** A payment to put in a batch; {@code belop} left out is what the decision has left unpaid. */
    public record Linjeinput(Long vedtakId, Long belop) {
    }

    public List<Utbetalingsbunt> alle() {
        return Utbetalingsbunt.list("order by id desc");
    }

    public Utbetalingsbunt hent(long id) {
        return Utbetalingsbunt.<Utbetalingsbunt>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.ikkeFunnet("Utbetalingsbunt " + id + " finnes ikke."));
    }

    public List<Buntlinje> linjer(long buntId) {
        return Buntlinje.list("id.buntId = ?1 order by referanse", buntId);
    }

    /** An award that can be paid now: the case, the kommune and what the decision has left unpaid. */
    public record Klar(long vedtakId, long soknadId, String referanse, String kommunenummer, String kommunenavn, long igjen) {
    }

    /** What the person may do with the batch now, for its page. */
    public record Handlinger(boolean godkjenne, boolean lasteNed, boolean merkeSendt) {
    }

    /**
     * The awards that could be paid now, with what each has left: sent, in force, accepted, not fully paid and not in a
     * batch waiting for approval. What «make a batch» takes when no lines are given.
     */
    public List<Klar> klareTilUtbetaling() {
        @SuppressWarnings("unchecked")
        List<Object[]> rader = entityManager.createNativeQuery("select v.id, s.id as soknad, coalesce(s.referanse, 'SOKNAD-' || s.id), "
                + "s.kommunenummer, coalesce(k.navn, s.kommunenummer), v.belop from vedtak_i_kraft v join aksept a on a.vedtak_id = v.id "
                + "join soknad s on s.id = v.soknad_id join utlysning ut on ut.id = s.utlysning_id "
                + "left join kommune k on k.versjon_id = ut.kommuneregister_versjon_id and k.kommunenummer = s.kommunenummer "
                + "where v.utfall in ('INNVILGET', 'DELVIS_INNVILGET') and not exists (select 1 from utbetalingsbunt_linje l "
                + "join utbetalingsbunt b on b.id = l.bunt_id where l.vedtak_id = v.id and b.status = 'OPPRETTET') order by v.id")
                .getResultList();
        Map<Long, Long> utbetalt = utbetalinger.utbetaltMedErstattede(rader.stream().map(r -> ((Number) r[0]).longValue()).toList());
        return rader.stream()
                .map(r -> new Klar(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4],
                        ((Number) r[5]).longValue() - utbetalt.getOrDefault(((Number) r[0]).longValue(), 0L)))
                .filter(k -> k.igjen() > 0).toList();
    }

    /** Only a caseworker makes a batch. */
    public boolean kanLage(Innlogget innlogget) {
        return innlogget.roller().contains(Roller.SAKSBEHANDLER);
    }

    /**
     * The steps open to this person on the batch now, as the service's checks would decide them. «Sent» is offered once
     * the batch is approved; marking it before the file is downloaded is refused with the reason (the page was drawn
     * before the download).
     */
    public Handlinger handlinger(Utbetalingsbunt bunt, Innlogget innlogget) {
        boolean annen = !bunt.opprettetAvSub.equals(innlogget.subjekt());
        return new Handlinger(bunt.status == Buntstatus.OPPRETTET && annen && innlogget.roller().contains(Roller.GODKJENNER),
                bunt.fil != null, bunt.status == Buntstatus.GODKJENT
                        && (innlogget.roller().contains(Roller.SAKSBEHANDLER) || innlogget.roller().contains(Roller.GODKJENNER)));
    }

    @Transactional
    public Utbetalingsbunt opprett(LocalDate betalingsdato, List<Linjeinput> input, Innlogget innlogget) {
        LocalDate idag = LocalDate.now(clock.withZone(Tidsformat.NORGE));
        if (betalingsdato == null || betalingsdato.isBefore(idag) || betalingsdato.isAfter(idag.plusDays(MAKS_DAGER_FREM))) {
            throw ProblemException.valideringsfeil("betalingsdato", "Velg en betalingsdato fra i dag (" + Tidsformat.norskDato(idag)
                    + ") og høyst " + MAKS_DAGER_FREM + " dager frem.");
        }
        debitor();
        List<Linjeinput> onsket = input == null || input.isEmpty()
                ? klareTilUtbetaling().stream().map(k -> new Linjeinput(k.vedtakId(), k.igjen())).toList() : input;
        if (onsket.isEmpty()) {
            throw ProblemException.konflikt("ingen-utbetalinger", "Ingen aksepterte tilskudd venter på utbetaling.");
        }
        Utbetalingsbunt bunt = new Utbetalingsbunt();
        bunt.betalingsdato = betalingsdato;
        bunt.status = Buntstatus.OPPRETTET;
        bunt.opprettet = clock.instant();
        bunt.opprettetAv = innlogget.brukernavn();
        bunt.opprettetAvSub = innlogget.subjekt();
        List<Buntlinje> linjer = sjekkLinjer(onsket, null);
        bunt.persist();
        for (Buntlinje linje : linjer) {
            linje.id = new Buntlinje.Nokkel(bunt.id, linje.id.vedtakId);
            linje.persist();
        }
        hendelser.registrer(innlogget.aktor(), ENTITET, bunt.id, "BUNT_OPPRETTET", null, sammendrag(bunt, linjer));
        return bunt;
    }

    /** The second person's approval: the payments are recorded in the batch and its file is made, once. */
    @Transactional
    public Utbetalingsbunt godkjenn(long id, Innlogget innlogget) {
        Utbetalingsbunt bunt = apenForAndrePerson(id, innlogget, "godkjenne");
        LocalDate idag = LocalDate.now(clock.withZone(Tidsformat.NORGE));
        if (bunt.betalingsdato.isBefore(idag)) {
            throw ProblemException.konflikt("betalingsdato-passert", "Betalingsdatoen " + Tidsformat.norskDato(bunt.betalingsdato)
                    + " er passert. Avvis bunten og lag en ny.");
        }
        List<Buntlinje> linjer = linjer(id);
        for (Buntlinje linje : linjer) {
            habilitet.krevHabil(linje.soknadId, innlogget, "godkjenne utbetalingen i sak " + linje.referanse);
        }
        sjekkLinjer(linjer.stream().map(l -> new Linjeinput(l.vedtakId(), l.belop)).toList(), id);
        Pain001.Debitor debitor = debitor();
        bunt.status = Buntstatus.GODKJENT;
        bunt.godkjent = clock.instant();
        bunt.godkjentAv = innlogget.brukernavn();
        bunt.godkjentAvSub = innlogget.subjekt();
        bunt.meldingsid = "LVT-BUNT-" + bunt.id;
        List<Pain001.Betaling> betalinger = new ArrayList<>();
        for (Buntlinje linje : linjer) {
            Utbetaling utbetaling = new Utbetaling();
            utbetaling.vedtakId = linje.vedtakId();
            utbetaling.belop = linje.belop;
            utbetaling.dato = bunt.betalingsdato;
            utbetaling.registrert = bunt.godkjent;
            utbetaling.registrertAv = innlogget.brukernavn();
            utbetaling.buntId = bunt.id;
            utbetaling.persist();
            long utbetalt = utbetalinger.utbetalt(linje.vedtakId());
            hendelser.registrer(innlogget.aktor(), VedtakService.ENTITET, linje.vedtakId(), "UTBETALT", Kroner.tekst(utbetalt - linje.belop),
                    Kroner.tekst(utbetalt) + " (" + bunt.betalingsdato + ", utbetalingsbunt " + bunt.id + ")");
            betalinger.add(new Pain001.Betaling(linje.referanse + "-U" + utbetaling.id, linje.belop, linje.kommunenavn + " kommune",
                    linje.organisasjonsnummer, linje.kontonummer, "Tilskudd til legevakt, sak " + linje.referanse + ", vedtak "
                            + linje.vedtakId()));
        }
        bunt.fil = Pain001.skriv(bunt.meldingsid, bunt.godkjent, bunt.betalingsdato, debitor, betalinger);
        hendelser.registrer(innlogget.aktor(), ENTITET, bunt.id, "BUNT_GODKJENT", "OPPRETTET", sammendrag(bunt, linjer));
        return bunt;
    }

    @Transactional
    public Utbetalingsbunt avvis(long id, String begrunnelse, Innlogget innlogget) {
        String tekst = Fritekst.krev(begrunnelse, "begrunnelse", 2000, "Skriv hvorfor bunten avvises.");
        Utbetalingsbunt bunt = apenForAndrePerson(id, innlogget, "avvise");
        bunt.status = Buntstatus.AVVIST;
        bunt.godkjent = clock.instant();
        bunt.godkjentAv = innlogget.brukernavn();
        bunt.godkjentAvSub = innlogget.subjekt();
        bunt.avvistBegrunnelse = tekst;
        hendelser.registrer(innlogget.aktor(), ENTITET, bunt.id, "BUNT_AVVIST", "OPPRETTET", tekst);
        return bunt;
    }

    /** The file as it was made at approval; the first download is noted, every download is in the log. */
    @Transactional
    public byte[] fil(long id, Innlogget innlogget) {
        Utbetalingsbunt bunt = hent(id);
        if (bunt.fil == null) {
            throw ProblemException.konflikt("bunt-ikke-godkjent", "Filen lages når en annen person har godkjent bunten.");
        }
        if (bunt.lastetNed == null) {
            bunt.lastetNed = clock.instant();
        }
        hendelser.registrer(innlogget.aktor(), ENTITET, bunt.id, "BETALINGSFIL_LASTET_NED", null, bunt.meldingsid);
        return bunt.fil;
    }

    @Transactional
    public Utbetalingsbunt merkSendt(long id, Innlogget innlogget) {
        Utbetalingsbunt bunt = Utbetalingsbunt.<Utbetalingsbunt>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.ikkeFunnet("Utbetalingsbunt " + id + " finnes ikke."));
        if (bunt.status != Buntstatus.GODKJENT || bunt.lastetNed == null) {
            throw ProblemException.konflikt("bunt-kan-ikke-sendes", bunt.status == Buntstatus.SENDT ? "Bunten er allerede merket sendt."
                    : bunt.status == Buntstatus.GODKJENT ? "Last ned betalingsfilen før bunten merkes sendt til banken."
                    : "Bare en godkjent bunt kan merkes sendt til banken.");
        }
        bunt.status = Buntstatus.SENDT;
        bunt.sendt = clock.instant();
        bunt.sendtAv = innlogget.brukernavn();
        hendelser.registrer(innlogget.aktor(), ENTITET, bunt.id, "BUNT_SENDT", "GODKJENT", bunt.meldingsid);
        return bunt;
    }

    /** Locked, waiting for approval, and the person is not the one who made it (four eyes on money out). */
    private Utbetalingsbunt apenForAndrePerson(long id, Innlogget innlogget, String handling) {
        Utbetalingsbunt bunt = Utbetalingsbunt.<Utbetalingsbunt>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.ikkeFunnet("Utbetalingsbunt " + id + " finnes ikke."));
        if (bunt.status != Buntstatus.OPPRETTET) {
            throw ProblemException.konflikt("bunt-behandlet", "Bunten er allerede " + (bunt.status == Buntstatus.AVVIST ? "avvist" : "godkjent")
                    + ".");
        }
        if (bunt.opprettetAvSub.equals(innlogget.subjekt())) {
            throw ProblemException.forbudt("fire-oyne", "Du laget denne bunten og kan ikke " + handling + " den selv (fire øyne på "
                    + "utbetalinger).");
        }
        return bunt;
    }

    /**
     * Each payment as a line with its creditor, or 400 with every refusal, each naming the case. The decisions are locked
     * in id order, so what is paid cannot change while it is checked.
     *
     * @param bunt the batch being approved (its own lines do not count as waiting), or null for a new one
     */
    private List<Buntlinje> sjekkLinjer(List<Linjeinput> onsket, Long bunt) {
        List<Feltfeil> feil = new ArrayList<>();
        List<Buntlinje> linjer = new ArrayList<>();
        // The positions in id order, so each error names the line as sent (two equal lines keep their own positions).
        List<Integer> iIdOrden = IntStream.range(0, onsket.size()).boxed()
                .sorted(Comparator.comparing(i -> onsket.get(i).vedtakId() == null ? Long.MAX_VALUE : onsket.get(i).vedtakId())).toList();
        for (int i : iIdOrden) {
            Linjeinput l = onsket.get(i);
            String felt = "linjer[" + i + "]";
            Optional<Vedtak> funnet = l.vedtakId() == null ? Optional.empty()
                    : Vedtak.<Vedtak>findByIdOptional(l.vedtakId(), LockModeType.PESSIMISTIC_WRITE);
            if (funnet.isEmpty()) {
                feil.add(new Feltfeil(felt + ".vedtakId", "Vedtak " + l.vedtakId() + " finnes ikke."));
                continue;
            }
            Vedtak vedtak = funnet.get();
            Soknad soknad = Soknad.findById(vedtak.soknadId);
            String sak = (soknad.referanse != null ? soknad.referanse : "søknad " + soknad.id) + " (vedtak " + vedtak.id + "): ";
            if (linjer.stream().anyMatch(x -> x.id.vedtakId == vedtak.id)) {
                feil.add(new Feltfeil(felt + ".vedtakId", sak + "står to ganger i bunten."));
                continue;
            }
            if (vedtak.status != VedtakStatus.SENDT || !vedtak.utfall.girTilskudd() || !utbetalinger.iKraft(vedtak.id)) {
                feil.add(new Feltfeil(felt + ".vedtakId", sak + "vedtaket er ikke et sendt tilskudd som gjelder."));
                continue;
            }
            Aksept aksept = Aksept.findById(vedtak.id);
            Optional<Kontonummer> konto = aksept == null ? Optional.empty() : Kontonummer.les(aksept.kontonummer);
            if (konto.isEmpty()) {
                feil.add(new Feltfeil(felt + ".vedtakId", sak + "kommunen har ikke akseptert tilskuddet med et gyldig kontonummer."));
                continue;
            }
            Utlysning utlysning = Utlysning.findById(vedtak.utlysningId);
            Kommune kommune = register.finn(utlysning.kommuneregisterVersjonId, soknad.kommunenummer).orElse(null);
            if (kommune == null || kommune.organisasjonsnummer == null) {
                feil.add(new Feltfeil(felt + ".vedtakId", sak + "kommuneregisteret har ikke organisasjonsnummeret til kommune "
                        + soknad.kommunenummer + ", så betalingen kan ikke navngi mottakeren."));
                continue;
            }
            long igjen = vedtak.belop - utbetalinger.utbetaltMedErstattede(vedtak.id) - ventende(vedtak.id, bunt);
            long belop = l.belop() != null ? l.belop() : igjen;
            if (belop <= 0 || belop > igjen) {
                feil.add(new Feltfeil(felt + ".belop", sak + (igjen <= 0 ? "vedtaket er utbetalt, eller står alt i en bunt som venter."
                        : Kroner.tekst(belop) + " er " + (belop <= 0 ? "ikke et beløp å utbetale" : "mer enn vedtaket har igjen å utbetale")
                                + " (" + Kroner.tekst(igjen) + ").")));
                continue;
            }
            Buntlinje linje = new Buntlinje();
            linje.id = new Buntlinje.Nokkel(0, vedtak.id);
            linje.soknadId = soknad.id;
            linje.belop = belop;
            linje.referanse = soknad.referanse != null ? soknad.referanse : "SOKNAD-" + soknad.id;
            linje.kommunenummer = soknad.kommunenummer;
            linje.kommunenavn = kommune.navn;
            linje.organisasjonsnummer = kommune.organisasjonsnummer;
            linje.kontonummer = konto.get().siffer();
            linjer.add(linje);
        }
        if (!feil.isEmpty()) {
            throw ProblemException.valideringsfeil(feil);
        }
        return linjer;
    }

    /** What batches waiting for approval (other than {@code unntatt}) hold of the decision. */
    private long ventende(long vedtakId, Long unntatt) {
        Number sum = (Number) entityManager.createNativeQuery("select coalesce(sum(l.belop), 0) from utbetalingsbunt_linje l "
                + "join utbetalingsbunt b on b.id = l.bunt_id where l.vedtak_id = :v and b.status = 'OPPRETTET' and b.id <> :unntatt")
                .setParameter("v", vedtakId).setParameter("unntatt", unntatt == null ? -1L : unntatt).getSingleResult();
        return sum.longValue();
    }

    /** The payer as the file names it; without a configured, valid account no file can be made (409, nothing stored). */
    private Pain001.Debitor debitor() {
        String konto = oppsett.debitorkonto().map(k -> k.replaceAll("[\\s.]", "")).orElse(null);
        if (konto == null || Kontonummer.les(konto).isEmpty()) {
            throw ProblemException.konflikt("betaling-ikke-satt-opp", "Direktoratets konto er ikke satt opp riktig "
                    + "(legevakttilskudd.betaling.debitorkonto); ingen betalingsfil kan lages.");
        }
        String bic = oppsett.bic().map(String::strip).orElse(null);
        if (bic != null && !bic.matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            throw ProblemException.konflikt("betaling-ikke-satt-opp", "Bankens BIC (legevakttilskudd.betaling.bic) er ikke en gyldig BIC, "
                    + "som DNBANOKK; ingen betalingsfil kan lages.");
        }
        String orgnr = avsender.organisasjonsnummer().replaceAll("\\s", "");
        return new Pain001.Debitor(avsender.navn(), orgnr, konto, oppsett.kundeId().orElse(orgnr), bic);
    }

    private static String sammendrag(Utbetalingsbunt bunt, List<Buntlinje> linjer) {
        return "betalingsdato " + bunt.betalingsdato + ", " + linjer.size() + " utbetalinger, " + Kroner.tekst(linjer.stream()
                .mapToLong(l -> l.belop).sum()) + ": " + String.join(", ", linjer.stream().map(l -> l.referanse + " " + Kroner.tekst(l.belop))
                        .toList());
    }
}
