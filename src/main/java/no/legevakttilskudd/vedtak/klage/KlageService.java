package no.legevakttilskudd.vedtak.klage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import no.legevakttilskudd.felles.Fritekst;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;
import no.legevakttilskudd.vedtak.Klagefrist;
import no.legevakttilskudd.vedtak.Vedtak;
import no.legevakttilskudd.vedtak.VedtakService;
import no.legevakttilskudd.vedtak.aksept.AkseptService;

/**
 * Appeals (SPEC §2): the kommune appeals a sent decision when the call allows it. The deadline is {@link Klagefrist}'s:
 * three weeks from the day the letter reached the kommune, which is the day the decision was sent and the letter put out
 * for it; a late appeal is received and flagged, never silently dropped or silently accepted.
 * Staff record the outcome: upheld (a corrected decision follows through the usual four eyes) or not upheld and
 * forwarded, with the date.
 */
@ApplicationScoped
public class KlageService {

    private static final int MAKS_TEKST = 8000;

    @Inject
    AkseptService aksepter;

    @Inject
    UtlysningService utlysninger;

    @Inject
    HendelseService hendelser;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    public List<Klage> forVedtak(long vedtakId) {
        return Klage.list("vedtakId = ?1 order by innsendt", vedtakId);
    }

    /** The last day to appeal, in Norway: the one rule of {@link Klagefrist}, as the letter states it. */
    public static LocalDate frist(Vedtak vedtak) {
        return Klagefrist.av(vedtak.sendt);
    }

    /** Whether an appeal now is late; it is still taken, and marked so. The page and the appeal itself ask the same. */
    public static boolean fristenErUte(Vedtak vedtak, Instant naa) {
        return LocalDate.ofInstant(naa, Tidsformat.NORGE).isAfter(frist(vedtak));
    }

    @Transactional
    public Klage klag(long vedtakId, String tekst, Innlogget innlogget) {
        Vedtak vedtak = aksepter.sendtTilKommunen(vedtakId, innlogget);
        Utlysning utlysning = utlysninger.hent(vedtak.utlysningId);
        if (!utlysning.klageadgang) {
            throw ProblemException.konflikt("ingen-klageadgang", "Utlysningen gir ikke klageadgang på vedtakene.");
        }
        String tekstTilKlagen = Fritekst.krev(tekst, "tekst", MAKS_TEKST, "Skriv hva kommunen klager på, og hvorfor.");
        Instant naa = clock.instant();
        Klage klage = new Klage();
        klage.vedtakId = vedtakId;
        klage.tekst = tekstTilKlagen;
        klage.innsendt = naa;
        klage.innsendtAv = innlogget.brukernavn();
        klage.forSen = fristenErUte(vedtak, naa);
        try {
            klage.persist();
            entityManager.flush();
        } catch (ConstraintViolationException e) {
            if ("uidx_klage_apen".equals(e.getConstraintName())) {
                throw apenKlage();
            }
            throw e;
        }
        hendelser.registrer(innlogget.aktor(), VedtakService.ENTITET, vedtakId, "KLAGE_MOTTATT", null,
                "klage " + klage.id + (klage.forSen ? ", etter fristen " + frist(vedtak) : ", innen fristen"));
        return klage;
    }

    @Transactional
    public Klage behandle(long klageId, Klageutfall utfall, LocalDate oversendt, String notat, Innlogget innlogget) {
        Klage klage = Klage.<Klage>findByIdOptional(klageId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.ikkeFunnet("Klage " + klageId + " finnes ikke."));
        if (klage.utfall != null) {
            throw ProblemException.konflikt("klage-behandlet", "Klagen er allerede behandlet.");
        }
        if (utfall == null) {
            throw ProblemException.valideringsfeil("utfall", "Velg utfall: MEDHOLD eller IKKE_MEDHOLD.");
        }
        if (utfall == Klageutfall.IKKE_MEDHOLD && oversendt == null) {
            throw ProblemException.valideringsfeil("oversendt", "Oppgi datoen klagen ble sendt videre til klageinstansen.");
        }
        if (oversendt != null && oversendt.isAfter(LocalDate.ofInstant(clock.instant(), Tidsformat.NORGE))) {
            throw ProblemException.valideringsfeil("oversendt", "Datoen kan ikke være etter i dag.");
        }
        klage.utfall = utfall;
        klage.oversendt = utfall == Klageutfall.IKKE_MEDHOLD ? oversendt : null;
        klage.notat = notat == null || notat.isBlank() ? null : notat.strip();
        klage.behandlet = clock.instant();
        klage.behandletAv = innlogget.brukernavn();
        hendelser.registrer(innlogget.aktor(), VedtakService.ENTITET, klage.vedtakId, "KLAGE_BEHANDLET", "klage " + klage.id,
                utfall + (klage.oversendt != null ? ", oversendt " + klage.oversendt : ""));
        return klage;
    }

    private static ProblemException apenKlage() {
        return ProblemException.konflikt("klage-finnes", "Det er allerede en klage på vedtaket som ikke er behandlet.");
    }
}
