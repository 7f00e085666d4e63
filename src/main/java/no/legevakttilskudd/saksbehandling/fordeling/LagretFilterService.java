package no.legevakttilskudd.saksbehandling.fordeling;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.problem.ProblemException;

/** Work-list filters saved under a name, per person: the query string the filter wrote, without the page. */
@ApplicationScoped
public class LagretFilterService {

    static final int MAKS_NAVN = 100;
    static final int MAKS_SPORRING = 1000;
    static final int MAKS_ANTALL = 50;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    public List<LagretFilter> egne(Innlogget innlogget) {
        return LagretFilter.list("eierSub = ?1 order by lower(navn)", innlogget.subjekt());
    }

    @Transactional
    public LagretFilter lagre(String navn, String sporring, Innlogget innlogget) {
        if (navn == null || navn.isBlank()) {
            throw ProblemException.valideringsfeil("navn", "Gi filteret et navn.");
        }
        if (navn.strip().length() > MAKS_NAVN) {
            throw ProblemException.valideringsfeil("navn", "Navnet kan ha høyst " + MAKS_NAVN + " tegn.");
        }
        String renset = rensetSporring(sporring);
        if (LagretFilter.count("eierSub", innlogget.subjekt()) >= MAKS_ANTALL) {
            throw ProblemException.valideringsfeil("navn", "Du har " + MAKS_ANTALL + " lagrede filtre; slett et før du lagrer et nytt.");
        }
        LagretFilter filter = new LagretFilter();
        filter.eierSub = innlogget.subjekt();
        filter.navn = navn.strip();
        filter.sporring = renset;
        filter.opprettet = clock.instant();
        try {
            filter.persist();
            entityManager.flush();
        } catch (ConstraintViolationException e) {
            throw ProblemException.valideringsfeil("navn", "Du har allerede et filter som heter «" + filter.navn + "».");
        }
        return filter;
    }

    @Transactional
    public void slett(long id, Innlogget innlogget) {
        if (LagretFilter.delete("id = ?1 and eierSub = ?2", id, innlogget.subjekt()) == 0) {
            throw ProblemException.ikkeFunnet("Filter " + id + " finnes ikke.");
        }
    }

    /**
     * Only a work-list query string is kept: it starts with «?», has no page (a saved filter opens on page 1) and
     * nothing that could lead elsewhere.
     */
    public static String rensetSporring(String sporring) {
        String s = sporring == null ? "" : sporring.strip();
        if (s.isEmpty() || !s.startsWith("?") || s.length() > MAKS_SPORRING || s.contains("//") || s.contains("#")) {
            throw ProblemException.valideringsfeil("sporring", "Filteret er ikke en spørrestreng fra arbeidslisten (?status=…).");
        }
        String utenSide = String.join("&", java.util.Arrays.stream(s.substring(1).split("&"))
                .filter(p -> !p.isEmpty() && !p.startsWith("side=")).toList());
        return "?" + utenSide;
    }
}
