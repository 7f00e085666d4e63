package no.legevakttilskudd.habilitet;

import java.time.Clock;
import java.util.HashSet;
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
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.soknad.SoknadService;
import no.legevakttilskudd.soknad.SoknadStatus;

/**
 * Habilitet (forvaltningsloven § 6), the one place: who has declared themselves disqualified in which case, and the
 * question every action on a case asks first, «may this person act here?». The database asks it too (V1.20.0), so a
 * path that forgets this service is refused rather than stored.
 */
@ApplicationScoped
public class HabilitetService {

    static final String ENTITET = "SOKNAD";
    static final int MAKS_BEGRUNNELSE = 2000;

    @Inject
    SoknadService soknader;

    @Inject
    HendelseService hendelser;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Every declaration in the case, in force or withdrawn, newest first. */
    public List<Habilitetserklaring> forSak(long soknadId) {
        return Habilitetserklaring.list("soknadId = ?1 order by erklart desc, id desc", soknadId);
    }

    /** Whether the person ({@code subjekt}, OIDC sub) has a declaration in force in the case. */
    public boolean erInhabil(long soknadId, String subjekt) {
        return subjekt != null && Habilitetserklaring.count("soknadId = ?1 and subjekt = ?2 and trukket is null", soknadId, subjekt) > 0;
    }

    public boolean erInhabil(long soknadId, Innlogget innlogget) {
        return erInhabil(soknadId, innlogget.subjekt());
    }

    /**
     * Refuses the action with 403 {@code inhabil} when the user has declared themselves disqualified in the case.
     *
     * @param handling what the user tried, as the message says it («vurdere», «foreslå vedtak»)
     */
    public void krevHabil(long soknadId, Innlogget innlogget, String handling) {
        if (erInhabil(soknadId, innlogget)) {
            throw ProblemException.forbudt("inhabil", "Du har erklært deg inhabil i denne saken og kan ikke " + handling
                    + " i den. En annen må gjøre det; trekk erklæringen tilbake hvis den var feil.");
        }
    }

    /** The cases the user is disqualified in, for queues that must hide them. */
    public Set<Long> inhabileSaker(Innlogget innlogget) {
        return new HashSet<>(entityManager.createQuery("select h.soknadId from Habilitetserklaring h where h.subjekt = :subjekt "
                + "and h.trukket is null", Long.class).setParameter("subjekt", innlogget.subjekt()).getResultList());
    }

    /** The user's own declaration in force in the case, or null. */
    public Habilitetserklaring egen(long soknadId, Innlogget innlogget) {
        return Habilitetserklaring.find("soknadId = ?1 and subjekt = ?2 and trukket is null", soknadId, innlogget.subjekt())
                .firstResult();
    }

    /**
     * The case's declarations and what the viewer may do: a caseworker or approver without a declaration in force may
     * declare one in a sent case; the person who declared may withdraw it.
     */
    public Habilitetsoversikt oversikt(long soknadId, SoknadStatus status, Innlogget innlogget) {
        List<Habilitetserklaring> alle = forSak(soknadId);
        Habilitetserklaring egen = alle.stream().filter(e -> e.gjelder() && e.subjekt.equals(innlogget.subjekt())).findFirst().orElse(null);
        boolean ansatt = innlogget.roller().contains(Roller.SAKSBEHANDLER) || innlogget.roller().contains(Roller.GODKJENNER);
        return new Habilitetsoversikt(alle.stream().filter(Habilitetserklaring::gjelder).toList(),
                alle.stream().filter(e -> !e.gjelder()).toList(), egen, ansatt && egen == null && status != SoknadStatus.UTKAST);
    }

    @Transactional
    public Habilitetserklaring erklaer(long soknadId, String begrunnelse, Innlogget innlogget) {
        Soknad soknad = soknader.hentTilgjengelig(soknadId, innlogget);
        if (soknad.status == SoknadStatus.UTKAST) {
            throw ProblemException.konflikt("ikke-sendt", "Søknaden er ikke sendt ennå, så det er ingen sak å være inhabil i.");
        }
        String tekst = krevBegrunnelse(begrunnelse);
        Habilitetserklaring gjeldende = egen(soknadId, innlogget);
        if (gjeldende != null) {
            throw alleredeErklart(gjeldende);
        }
        Habilitetserklaring erklaring = new Habilitetserklaring();
        erklaring.soknadId = soknadId;
        erklaring.subjekt = innlogget.subjekt();
        erklaring.brukernavn = innlogget.brukernavn();
        erklaring.navn = innlogget.navn();
        erklaring.begrunnelse = tekst;
        erklaring.erklart = clock.instant();
        try {
            erklaring.persist();
            entityManager.flush();
        } catch (ConstraintViolationException e) {
            if ("uidx_habilitetserklaring_gjeldende".equals(e.getConstraintName())) {
                throw alleredeErklart(null);
            }
            throw e;
        }
        hendelser.registrer(innlogget.aktor(), ENTITET, soknadId, "INHABIL_ERKLART", null, erklaring.person() + ": " + tekst);
        return erklaring;
    }

    /**
     * Withdraws the user's own declaration, with a reason. Only the person who declared it withdraws it: it is their
     * statement about themselves; the version they read must still be the one stored.
     */
    @Transactional
    public Habilitetserklaring trekkTilbake(long soknadId, long erklaringId, Long versjon, String begrunnelse, Innlogget innlogget) {
        soknader.hentTilgjengelig(soknadId, innlogget);
        Habilitetserklaring erklaring = Habilitetserklaring.<Habilitetserklaring>findByIdOptional(erklaringId, LockModeType.PESSIMISTIC_WRITE)
                .filter(e -> e.soknadId == soknadId)
                .orElseThrow(() -> ProblemException.ikkeFunnet("Erklæring " + erklaringId + " finnes ikke i søknad " + soknadId + "."));
        if (!erklaring.subjekt.equals(innlogget.subjekt())) {
            throw ProblemException.forbudt("Bare den som ga erklæringen, kan trekke den tilbake.");
        }
        if (!erklaring.gjelder()) {
            throw ProblemException.konflikt("allerede-trukket", "Erklæringen ble trukket tilbake "
                    + Tidsformat.norskTekst(erklaring.trukket) + ".");
        }
        String tekst = krevBegrunnelse(begrunnelse);
        if (versjon != null && versjon != erklaring.versjon) {
            throw ProblemException.konflikt("endret-av-andre", "Erklæringen er endret siden du leste den. Last saken på nytt.");
        }
        erklaring.trukket = clock.instant();
        erklaring.trukketBegrunnelse = tekst;
        entityManager.flush();
        hendelser.registrer(innlogget.aktor(), ENTITET, soknadId, "INHABIL_TRUKKET", erklaring.begrunnelse, erklaring.person() + ": " + tekst);
        return erklaring;
    }

    private static String krevBegrunnelse(String begrunnelse) {
        if (begrunnelse == null || begrunnelse.isBlank()) {
            throw ProblemException.valideringsfeil("begrunnelse", "Skriv begrunnelsen (for eksempel hvilken tilknytning du har til kommunen).");
        }
        if (begrunnelse.strip().length() > MAKS_BEGRUNNELSE) {
            throw ProblemException.valideringsfeil("begrunnelse", "Begrunnelsen kan ha høyst " + MAKS_BEGRUNNELSE + " tegn.");
        }
        return begrunnelse.strip();
    }

    private static ProblemException alleredeErklart(Habilitetserklaring gjeldende) {
        return ProblemException.konflikt("allerede-inhabil", "Du har allerede erklært deg inhabil i denne saken"
                + (gjeldende != null ? " (" + Tidsformat.norskTekst(gjeldende.erklart) + ")" : "") + ".");
    }
}
