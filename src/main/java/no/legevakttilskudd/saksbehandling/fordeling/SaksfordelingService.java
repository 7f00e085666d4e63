package no.legevakttilskudd.saksbehandling.fordeling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.habilitet.HabilitetService;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.soknad.SoknadStatus;

/**
 * Who has which case: a caseworker takes an unassigned case; an approver (the section lead) assigns cases, many at once,
 * to a caseworker who is not disqualified in them. Each case's version decides between two who assign it at the same
 * time: the second gets 409 naming the case, and nothing of what it sent is stored.
 */
@ApplicationScoped
public class SaksfordelingService {

    static final String ENTITET = "SOKNAD";
    private static final int MAKS_PA_EN_GANG = 500;

    /** A case to assign, with the version of its assignment the user saw (null: it was unassigned). */
    public record Valg(long soknadId, Long versjon) {
    }

    /** Staff seen today by this instance: the register is written at most once a day per person and instance. */
    private final Map<String, LocalDate> sett = new ConcurrentHashMap<>();

    @Inject
    HabilitetService habilitet;

    @Inject
    HendelseService hendelser;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    /** Records the member of staff as their login shows them now, so they can be chosen when cases are assigned. */
    @Transactional
    public void registrer(Innlogget innlogget) {
        LocalDate idag = LocalDate.ofInstant(clock.instant(), Tidsformat.NORGE);
        if (idag.equals(sett.get(innlogget.subjekt()))) {
            return;
        }
        lagreAnsatt(innlogget, idag);
        sett.put(innlogget.subjekt(), idag);
    }

    /** The upsert itself, in the caller's transaction; the day's cache above is only for the pages' own transactions. */
    private void lagreAnsatt(Innlogget innlogget, LocalDate idag) {
        entityManager.createNativeQuery("insert into ansatt (subjekt, brukernavn, navn, roller, sist_sett) values (?1, ?2, ?3, ?4, ?5) "
                + "on conflict (subjekt) do update set brukernavn = excluded.brukernavn, navn = excluded.navn, roller = excluded.roller, "
                + "sist_sett = excluded.sist_sett")
                .setParameter(1, innlogget.subjekt()).setParameter(2, innlogget.brukernavn()).setParameter(3, innlogget.navn())
                .setParameter(4, String.join(",", innlogget.roller())).setParameter(5, idag).executeUpdate();
    }

    /** The caseworkers a case can be assigned to, by name. */
    public List<Ansatt> saksbehandlere() {
        return Ansatt.<Ansatt>list("roller like ?1 order by coalesce(navn, brukernavn)", "%" + Roller.SAKSBEHANDLER + "%").stream()
                .filter(a -> List.of(a.roller.split(",")).contains(Roller.SAKSBEHANDLER)).toList();
    }

    /** Per case in the call, who has it; unassigned cases are not in the map. */
    public Map<Long, Ansvar> ansvarIUtlysning(long utlysningId) {
        Map<Long, Ansvar> ansvar = new HashMap<>();
        entityManager.createQuery("select sa, a from Saksansvar sa, Ansatt a, Soknad s where a.subjekt = sa.ansvarligSub "
                + "and s.id = sa.soknadId and s.utlysningId = :utlysning", Object[].class).setParameter("utlysning", utlysningId)
                .getResultList().forEach(r -> {
                    Saksansvar sa = (Saksansvar) r[0];
                    ansvar.put(sa.soknadId, new Ansvar((Ansatt) r[1], sa.versjon));
                });
        return ansvar;
    }

    /** Who has the case, and the version of that; null when it is unassigned. */
    public Ansvar ansvar(long soknadId) {
        Saksansvar sa = Saksansvar.findById(soknadId);
        return sa == null ? null : new Ansvar(Ansatt.findById(sa.ansvarligSub), sa.versjon);
    }

    /** Who has a case, as a page or the API shows it. */
    public record Ansvar(Ansatt ansvarlig, long versjon) {

        public boolean er(Innlogget innlogget) {
            return ansvarlig.subjekt.equals(innlogget.subjekt());
        }
    }

    /** Whether the user may take the case now: the checks {@link #ta} refuses with, so a page offers it only then. */
    public boolean kanTa(long soknadId, SoknadStatus status, Innlogget innlogget) {
        return innlogget.roller().contains(Roller.SAKSBEHANDLER) && status != SoknadStatus.UTKAST
                && Saksansvar.findById(soknadId) == null && !habilitet.erInhabil(soknadId, innlogget);
    }

    /** The caseworker takes an unassigned case; taking one's own case again changes nothing. */
    @Transactional
    public Saksansvar ta(long soknadId, Innlogget innlogget) {
        habilitet.krevHabil(soknadId, innlogget, "ta saken");
        Saksansvar eget = Saksansvar.findById(soknadId);
        if (eget != null && eget.ansvarligSub.equals(innlogget.subjekt())) {
            return eget;
        }
        // Written here whatever the day's cache says: a cached registration may have been in a transaction rolled back since.
        lagreAnsatt(innlogget, LocalDate.ofInstant(clock.instant(), Tidsformat.NORGE));
        Ansatt meg = Ansatt.findById(innlogget.subjekt());
        return fordel(List.of(new Valg(soknadId, null)), meg, innlogget).get(0);
    }

    /** The approver assigns cases to a caseworker (by user name), all or none. */
    @Transactional
    public List<Saksansvar> fordel(List<Valg> saker, String til, Innlogget innlogget) {
        if (til == null || til.isBlank()) {
            throw ProblemException.valideringsfeil("til", "Velg saksbehandleren sakene skal fordeles til.");
        }
        Ansatt ansatt = saksbehandlere().stream().filter(a -> a.brukernavn.equals(til.strip())).findFirst()
                .orElseThrow(() -> ProblemException.valideringsfeil("til", "«" + til.strip() + "» er ikke en saksbehandler som har "
                        + "logget inn i Legevakttilskudd."));
        return fordel(saker, ansatt, innlogget);
    }

    private List<Saksansvar> fordel(List<Valg> saker, Ansatt til, Innlogget innlogget) {
        if (saker == null || saker.isEmpty()) {
            throw ProblemException.valideringsfeil("saker", "Velg minst én sak.");
        }
        if (saker.size() > MAKS_PA_EN_GANG) {
            throw ProblemException.valideringsfeil("saker", "Fordel høyst " + MAKS_PA_EN_GANG + " saker på en gang.");
        }
        List<Feltfeil> feil = new ArrayList<>();
        List<Saksansvar> lagret = new ArrayList<>();
        // In id order, so two bulk assignments over the same cases lock them in the same order and never deadlock.
        List<Valg> ordnet = saker.stream().sorted(java.util.Comparator.comparingLong(Valg::soknadId)).distinct().toList();
        for (Valg valg : ordnet) {
            Soknad soknad = Soknad.<Soknad>findByIdOptional(valg.soknadId(), LockModeType.PESSIMISTIC_WRITE).orElse(null);
            if (soknad == null || soknad.status == SoknadStatus.UTKAST) {
                throw ProblemException.ikkeFunnet("Søknad " + valg.soknadId() + " finnes ikke.");
            }
            String sak = soknad.referanse != null ? soknad.referanse : "søknad " + soknad.id;
            if (habilitet.erInhabil(soknad.id, til.subjekt)) {
                feil.add(new Feltfeil("saker", til.brukernavn + " har erklært seg inhabil i " + sak + "."));
                continue;
            }
            Saksansvar sa = Saksansvar.findById(soknad.id);
            Long versjon = sa == null ? null : sa.versjon;
            if (!java.util.Objects.equals(versjon, valg.versjon())) {
                Ansatt naa = sa == null ? null : Ansatt.findById(sa.ansvarligSub);
                throw ProblemException.konflikt("endret-av-andre", sak + " er fordelt " + (naa == null ? "tilbake" : "til " + naa.brukernavn)
                        + " av " + (sa == null ? "en annen" : sa.fordeltAv) + " siden du lastet siden. Ingenting er fordelt; last siden på nytt.");
            }
            String for_ = sa == null ? null : Ansatt.<Ansatt>findByIdOptional(sa.ansvarligSub).map(a -> a.brukernavn).orElse(null);
            if (sa == null) {
                sa = new Saksansvar();
                sa.soknadId = soknad.id;
            }
            sa.ansvarligSub = til.subjekt;
            sa.fordeltAv = innlogget.brukernavn();
            sa.fordelt = clock.instant();
            sa.persist();
            lagret.add(sa);
            hendelser.registrer(innlogget.aktor(), ENTITET, soknad.id, til.subjekt.equals(innlogget.subjekt()) && valg.versjon() == null
                    && for_ == null ? "SAK_TATT" : "SAK_FORDELT", for_, til.brukernavn);
        }
        if (!feil.isEmpty()) {
            throw ProblemException.konflikt("inhabil-mottaker", feil.size() == 1 ? feil.get(0).melding()
                    : feil.size() + " av sakene kan ikke fordeles til " + til.brukernavn + ". Ingenting er fordelt.", feil);
        }
        entityManager.flush();
        return lagret;
    }
}
