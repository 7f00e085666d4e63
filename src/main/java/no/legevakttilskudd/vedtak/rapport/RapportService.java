package no.legevakttilskudd.vedtak.rapport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Kodeord;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.vedtak.Vedtak;
import no.legevakttilskudd.vedtak.VedtakService;
import no.legevakttilskudd.vedtak.aksept.Aksept;
import no.legevakttilskudd.vedtak.aksept.AkseptService;
import no.legevakttilskudd.vedtak.utbetaling.UtbetalingService;

/**
 * The report on an award: the kommune tells, per measure, what was done and what it cost; what is left of the award is
 * unused and to be repaid. Staff approve it or ask for more, and the kommune may then send it again. A late report is
 * received and flagged.
 */
@ApplicationScoped
public class RapportService {

    private static final int MAKS_TEKST = 4000;
    private static final long MAKS_BELOP = 100_000_000L;

    /** The kommune's report: one line per measure of the application, in the application's order. */
    public record RapportInput(List<Linje> tiltak) {

        public record Linje(String gjort, Long brukt) {
        }
    }

    @Inject
    AkseptService aksepter;

    @Inject
    UtbetalingService utbetalinger;

    @Inject
    HendelseService hendelser;

    @Inject
    Clock clock;

    /** A report tells how the money was used, so it comes after some of it is paid: the kommune's page and {@link #send} both ask here. */
    public static boolean erUtbetalt(long utbetalt) {
        return utbetalt > 0;
    }

    public Rapport finn(long vedtakId) {
        return Rapport.findById(vedtakId);
    }

    @Transactional
    public Rapport send(long vedtakId, RapportInput input, Innlogget innlogget) {
        aksepter.sendtTilKommunen(vedtakId, innlogget);
        Vedtak vedtak = Vedtak.<Vedtak>findByIdOptional(vedtakId, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        if (!vedtak.utfall.girTilskudd()) {
            throw ProblemException.konflikt("ingen-tilskudd", "Vedtaket gir ikke tilskudd, så det er ingenting å rapportere.");
        }
        if (Aksept.findById(vedtakId) == null) {
            throw ProblemException.konflikt("ikke-akseptert", "Aksepter vilkårene først; rapporten gjelder et akseptert tilskudd.");
        }
        if (!erUtbetalt(utbetalinger.utbetalt(vedtakId))) {
            throw ProblemException.konflikt("ikke-utbetalt",
                    "Rapporten gjelder bruken av tilskuddet, og ingenting er utbetalt ennå. Send den når tilskuddet er utbetalt.");
        }
        Rapport rapport = Rapport.findById(vedtakId);
        if (rapport != null && !rapport.status.kanSendesIgjen()) {
            throw ProblemException.konflikt("rapport-sendt", rapport.status == RapportStatus.GODKJENT
                    ? "Rapporten er godkjent." : "Rapporten er sendt og venter på saksbehandler.");
        }
        Soknad soknad = Soknad.<Soknad>findByIdOptional(vedtak.soknadId).orElseThrow();
        List<Rapportlinje> linjer = valider(input, soknad.tiltak.size());
        long brukt = linjer.stream().mapToLong(l -> l.brukt).sum();
        boolean ny = rapport == null;
        if (ny) {
            rapport = new Rapport();
            rapport.vedtakId = vedtakId;
        }
        rapport.innsendt = clock.instant();
        rapport.innsendtAv = innlogget.brukernavn();
        // The deadline in force: a granted extension moves it (endringssøknad).
        rapport.forSen = LocalDate.ofInstant(rapport.innsendt, Tidsformat.NORGE).isAfter(Rapportfrist.av(vedtakId));
        rapport.linjer.clear();
        rapport.linjer.addAll(linjer);
        rapport.brukt = brukt;
        rapport.ubrukt = Math.max(0, vedtak.belop - brukt);
        rapport.status = RapportStatus.SENDT;
        rapport.persist();
        hendelser.registrer(innlogget.aktor(), VedtakService.ENTITET, vedtakId, ny ? "RAPPORT_SENDT" : "RAPPORT_SENDT_PA_NYTT", null,
                "brukt " + Kroner.tekst(brukt) + ", ubrukt " + Kroner.tekst(rapport.ubrukt) + (rapport.forSen ? ", etter fristen" : ""));
        return rapport;
    }

    @Transactional
    public Rapport behandle(long vedtakId, boolean godkjent, String kommentar, Innlogget innlogget) {
        Rapport rapport = Rapport.<Rapport>findByIdOptional(vedtakId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.ikkeFunnet("Vedtak " + vedtakId + " har ingen rapport."));
        if (!rapport.status.venterPaSaksbehandler()) {
            throw ProblemException.konflikt("rapport-behandlet", "Rapporten venter ikke på saksbehandler.");
        }
        if (!godkjent && (kommentar == null || kommentar.isBlank())) {
            throw ProblemException.valideringsfeil("kommentar", "Skriv hva kommunen må utdype.");
        }
        if (kommentar != null && kommentar.length() > MAKS_TEKST) {
            throw ProblemException.valideringsfeil("kommentar", "Kommentaren kan ha høyst " + MAKS_TEKST + " tegn.");
        }
        rapport.status = godkjent ? RapportStatus.GODKJENT : RapportStatus.MER_INFO;
        rapport.kommentar = kommentar == null || kommentar.isBlank() ? null : kommentar.strip();
        rapport.behandlet = clock.instant();
        rapport.behandletAv = innlogget.brukernavn();
        hendelser.registrer(innlogget.aktor(), VedtakService.ENTITET, vedtakId, godkjent ? "RAPPORT_GODKJENT" : "RAPPORT_MER_INFO",
                "SENDT", Kodeord.ord(rapport.status, Kodeord.BOKMAL)
                        + (godkjent && rapport.ubrukt > 0 ? ", " + Kroner.tekst(rapport.ubrukt) + " skal betales tilbake" : ""));
        return rapport;
    }

    private static List<Rapportlinje> valider(RapportInput input, int antallTiltak) {
        List<RapportInput.Linje> oppgitt = input == null || input.tiltak() == null ? List.of() : input.tiltak();
        List<Feltfeil> feil = new ArrayList<>();
        if (oppgitt.size() != antallTiltak) {
            throw ProblemException.valideringsfeil("tiltak", "Rapporten skal ha én linje per tiltak i søknaden (" + antallTiltak + ").");
        }
        List<Rapportlinje> linjer = new ArrayList<>();
        for (int i = 0; i < oppgitt.size(); i++) {
            RapportInput.Linje linje = oppgitt.get(i);
            String gjort = linje == null ? null : linje.gjort();
            Long brukt = linje == null ? null : linje.brukt();
            if (gjort == null || gjort.isBlank()) {
                feil.add(new Feltfeil("tiltak[" + i + "].gjort", "Skriv hva som ble gjort."));
            } else if (gjort.length() > MAKS_TEKST) {
                feil.add(new Feltfeil("tiltak[" + i + "].gjort", "Teksten kan ha høyst " + MAKS_TEKST + " tegn."));
            }
            if (brukt == null || brukt < 0 || brukt > MAKS_BELOP) {
                feil.add(new Feltfeil("tiltak[" + i + "].brukt", "Oppgi hva tiltaket kostet, i hele kroner (0 eller mer)."));
            }
            if (feil.isEmpty()) {
                linjer.add(new Rapportlinje(i, gjort.strip(), brukt));
            }
        }
        if (!feil.isEmpty()) {
            throw ProblemException.valideringsfeil(feil);
        }
        return linjer;
    }
}
