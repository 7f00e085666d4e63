package no.legevakttilskudd.vedtak.aksept;

import java.time.Clock;
import java.util.List;
import java.util.function.LongConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.soknad.SoknadService;
import no.legevakttilskudd.vedtak.Vedtak;
import no.legevakttilskudd.vedtak.VedtakService;
import no.legevakttilskudd.vedtak.VedtakStatus;
import no.legevakttilskudd.vedtak.brev.Brev;

/**
 * What the kommune sees and does after a decision: its sent decisions, and the acceptance of an award's conditions
 * with the account number, after which the award is ready for payment. Another kommune's decision, or one not yet
 * sent, does not exist for the kommune (404).
 */
@ApplicationScoped
public class AkseptService {

    @Inject
    SoknadService soknader;

    @Inject
    HendelseService hendelser;

    @Inject
    Clock clock;

    /** The application's sent decisions, for the kommune that owns it (or staff). */
    public List<Vedtak> sendte(long soknadId, Innlogget innlogget) {
        soknader.hentTilgjengelig(soknadId, innlogget);
        return Vedtak.list("soknadId = ?1 and status = ?2 order by id", soknadId, VedtakStatus.SENDT);
    }

    /**
     * A decision reached through an application's URL must be one of that application's sent decisions, seen by its
     * kommune (or staff); otherwise 404, as for anything the caller may not see.
     */
    public void krevSendtPaSoknaden(long soknadId, long vedtakId, Innlogget innlogget) {
        if (sendte(soknadId, innlogget).stream().noneMatch(v -> v.id == vedtakId)) {
            throw finnesIkke(vedtakId);
        }
    }

    /** A sent decision, for the kommune that owns the application or for staff; otherwise it does not exist. */
    public Vedtak sendt(long vedtakId, Innlogget innlogget) {
        return sendt(vedtakId, false, soknadId -> soknader.hentTilgjengelig(soknadId, innlogget));
    }

    /**
     * A sent decision the kommune acts on (accept, report, appeal): of the token's own kommune only, whatever other
     * roles the user holds, so a staff role never lets a kommune user act for another kommune. Otherwise it does not exist.
     */
    public Vedtak sendtTilKommunen(long vedtakId, Innlogget innlogget) {
        return sendt(vedtakId, false, soknadId -> soknader.hentForKommunen(soknadId, innlogget));
    }

    private static Vedtak sendt(long vedtakId, boolean las, LongConsumer tilgang) {
        Vedtak vedtak = las ? Vedtak.<Vedtak>findByIdOptional(vedtakId, LockModeType.PESSIMISTIC_WRITE).orElse(null)
                : Vedtak.findById(vedtakId);
        if (vedtak == null || vedtak.status != VedtakStatus.SENDT) {
            throw finnesIkke(vedtakId);
        }
        try {
            tilgang.accept(vedtak.soknadId);
        } catch (ProblemException e) {
            throw finnesIkke(vedtakId);
        }
        return vedtak;
    }

    /** The letter of a sent decision, with the same access as the decision. */
    public Brev brev(long vedtakId, Innlogget innlogget) {
        sendt(vedtakId, innlogget);
        Brev brev = Brev.findById(vedtakId);
        if (brev == null) {
            throw finnesIkke(vedtakId);
        }
        return brev;
    }

    public Aksept finn(long vedtakId) {
        return Aksept.findById(vedtakId);
    }

    @Transactional
    public Aksept aksepter(long vedtakId, String kontonummer, Innlogget innlogget) {
        Vedtak vedtak = sendt(vedtakId, true, soknadId -> soknader.hentForKommunen(soknadId, innlogget));
        if (!vedtak.utfall.girTilskudd()) {
            throw ProblemException.konflikt("ingen-tilskudd", "Vedtaket gir ikke tilskudd, så det er ingenting å akseptere.");
        }
        Kontonummer konto = Kontonummer.les(kontonummer).orElseThrow(() -> ProblemException.valideringsfeil("kontonummer",
                "Kontonummeret må ha 11 sifre med riktig kontrollsiffer, f.eks. 1234.56.78903."));
        Aksept eksisterende = Aksept.findById(vedtakId);
        if (eksisterende != null) {
            if (eksisterende.kontonummer.equals(konto.siffer())) {
                return eksisterende;
            }
            throw ProblemException.konflikt("allerede-akseptert", "Vedtaket er allerede akseptert med et annet kontonummer. "
                    + "Ta kontakt med direktoratet for å endre det.");
        }
        Aksept aksept = new Aksept();
        aksept.vedtakId = vedtakId;
        aksept.kontonummer = konto.siffer();
        aksept.akseptert = clock.instant();
        aksept.akseptertAv = innlogget.brukernavn();
        aksept.persist();
        // The account number is not an audit fact; its last digits tell which one without spreading it.
        hendelser.registrer(innlogget.aktor(), VedtakService.ENTITET, vedtakId, "AKSEPTERT", null,
                "vilkår akseptert, konto som slutter på " + konto.siffer().substring(7));
        return aksept;
    }

    private static ProblemException finnesIkke(long vedtakId) {
        return ProblemException.ikkeFunnet("Vedtak " + vedtakId + " finnes ikke.");
    }
}
