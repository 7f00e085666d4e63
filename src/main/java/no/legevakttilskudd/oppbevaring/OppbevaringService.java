package no.legevakttilskudd.oppbevaring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import no.legevakttilskudd.felles.Aktor;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.soknad.SoknadService;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;

/**
 * Retention and erasure (arkivloven, personopplysningsloven): drafts never sent are deleted a set number of months after
 * the call's deadline; in a closed case the contact person's name, e-mail and phone are erased a set number of years
 * after it closed, and so are the case's mails in the outbox, which carry the address and the name. The decision,
 * amounts, letters and audit entries stay: the audit log names no contact person (only user names and the case), so
 * nothing in it needs erasing. When a case counts as closed is decided here, once ({@link #SAKER}).
 */
@ApplicationScoped
public class OppbevaringService {

    /** Whom the erased contact person becomes: the role, so the case still reads whole. */
    static final String ROLLE = "Kontaktperson";
    /** One run at a time across instances: a transaction-scoped advisory lock with this key. */
    private static final long LAS = 7_401_025L;
    /** The daily run's time of day in Norway; the preview counts what is due by then. */
    static final LocalTime KJORETID = LocalTime.of(3, 30);

    static final String ENTITET = "SLETTING";

    /** One call's retention: its settings, what the next run will delete, and when the next item after that falls due. */
    public record Utlysningsrad(long utlysningId, String tittel, int utkastManeder, int personopplysningerAar, long utkastVedNeste,
            LocalDate nesteUtkast, long sakerVedNeste, LocalDate nesteSak) {

        /** The page's form field of the call's months for drafts: one form per call, so the name carries the call. */
        public static String utkastfelt(long utlysningId) {
            return "utkast-" + utlysningId;
        }

        /** The page's form field of the call's years for the contact person. */
        public static String aarfelt(long utlysningId) {
            return "aar-" + utlysningId;
        }

        public String utkastfelt() {
            return utkastfelt(utlysningId);
        }

        public String aarfelt() {
            return aarfelt(utlysningId);
        }
    }

    /** A call's periods: months after the deadline for drafts, years after closing for the contact person. */
    public record Frister(Integer utkastManeder, Integer personopplysningerAar) {
    }

    /** What the next run will do, and when it runs. */
    public record Forhandsvisning(Instant nesteKjoring, List<Utlysningsrad> utlysninger) {

        public long utkast() {
            return utlysninger.stream().mapToLong(Utlysningsrad::utkastVedNeste).sum();
        }

        public long saker() {
            return utlysninger.stream().mapToLong(Utlysningsrad::sakerVedNeste).sum();
        }
    }

    /**
     * Drafts and when each may be deleted: the call's deadline plus its months. Deleting one removes its measures,
     * budget lines, attachments and legevakt kommuner with it (on delete cascade).
     */
    private static final String UTKAST = """
            select s.id, s.utlysning_id, u.soknadsfrist + make_interval(months => u.utkast_slettes_maneder) as slettes
            from soknad s join utlysning u on u.id = s.utlysning_id
            where s.status = 'UTKAST'
            """;

    /**
     * When each sent case closed, or null while it is open: the one place «closed» is defined. A case is closed when
     * nothing more is to happen in it: withdrawn; refused or rejected by the decision in force; or granted, its report
     * approved and every repayment claim on it paid (then the later of the approval and the last payment on a claim).
     */
    private static final String AVSLUTTET = """
            select distinct on (s.id) s.id, s.utlysning_id, u.personopplysninger_slettes_aar as aar, s.personopplysninger_slettet,
                   s.kontakt_navn, s.kontakt_epost, s.kontakt_telefon,
                   case
                       when s.status = 'TRUKKET' then coalesce(s.endret, s.opprettet)
                       when v.utfall in ('AVSLATT', 'AVVIST') then v.sendt
                       when r.status = 'GODKJENT' and not exists (
                                select 1 from tilbakebetalingskrav k where k.vedtak_id = v.id
                                and k.belop > coalesce((select sum(t.belop) from tilbakebetaling t where t.krav_id = k.id), 0))
                           then greatest(r.behandlet, (select max(t.registrert) from tilbakebetaling t
                                join tilbakebetalingskrav k on k.id = t.krav_id where k.vedtak_id = v.id))
                   end as avsluttet
            from soknad s
            join utlysning u on u.id = s.utlysning_id
            left join vedtak_i_kraft v on v.soknad_id = s.id
            left join rapport r on r.vedtak_id = v.id
            where s.status <> 'UTKAST'
            order by s.id, v.sendt desc nulls last
            """;

    /** Closed cases whose contact person is not yet erased, and when it may be: the day the case closed plus the call's years. */
    private static final String SAKER = "with sak as (" + AVSLUTTET + """
            )
            select id, utlysning_id, avsluttet + make_interval(years => aar) as slettes from sak
            where avsluttet is not null and personopplysninger_slettet is null
              and (kontakt_navn is not null or kontakt_epost is not null or kontakt_telefon is not null)
            """;

    @Inject
    EntityManager entityManager;

    @Inject
    UtlysningService utlysninger;

    @Inject
    HendelseService hendelser;

    @Inject
    Clock clock;

    /** When each sent case of the call closed, by application id; an open case is not in the map. */
    @SuppressWarnings("unchecked")
    public Map<Long, Instant> avsluttet(long utlysningId) {
        Map<Long, Instant> avsluttet = new HashMap<>();
        ((List<Object[]>) entityManager.createNativeQuery("with sak as (" + AVSLUTTET + ") select id, avsluttet from sak "
                + "where utlysning_id = :utlysning and avsluttet is not null").setParameter("utlysning", utlysningId).getResultList())
                .forEach(r -> avsluttet.put(((Number) r[0]).longValue(), tid(r[1])));
        return avsluttet;
    }

    /** The next daily run after now, at {@link #KJORETID} in Norway. */
    public Instant nesteKjoring() {
        ZonedDateTime naa = clock.instant().atZone(Tidsformat.NORGE);
        ZonedDateTime idag = naa.toLocalDate().atTime(KJORETID).atZone(Tidsformat.NORGE);
        return (naa.isBefore(idag) ? idag : idag.plusDays(1)).toInstant();
    }

    /** What the next run will delete per call, and when the next item after it falls due. */
    public Forhandsvisning forhandsvisning() {
        Instant neste = nesteKjoring();
        Map<Long, List<Frist>> utkast = frister(UTKAST).stream().collect(Collectors.groupingBy(Frist::utlysningId));
        Map<Long, List<Frist>> saker = frister(SAKER).stream().collect(Collectors.groupingBy(Frist::utlysningId));
        List<Utlysningsrad> rader = new ArrayList<>();
        for (Utlysning u : utlysninger.alle()) {
            List<Frist> fu = utkast.getOrDefault(u.id, List.of());
            List<Frist> fs = saker.getOrDefault(u.id, List.of());
            rader.add(new Utlysningsrad(u.id, u.tittel, u.utkastSlettesManeder, u.personopplysningerSlettesAar,
                    fu.stream().filter(f -> !f.slettes().isAfter(neste)).count(), forste(fu, neste),
                    fs.stream().filter(f -> !f.slettes().isAfter(neste)).count(), forste(fs, neste)));
        }
        return new Forhandsvisning(neste, rader);
    }

    /** The latest runs, newest first. */
    public List<Sletting> kjoringer(int antall) {
        return Sletting.find("order by startet desc, id desc").page(0, antall).list();
    }

    /**
     * Deletes and erases what is due now, in one transaction, and logs the run with its counts. Another instance running
     * at the same moment gets nothing to do: the advisory lock lets one through.
     *
     * @return the run, or null when another instance is running it
     */
    @Transactional
    public Sletting kjor(Aktor aktor) {
        boolean las = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(" + LAS + ")").getSingleResult();
        if (!las) {
            return null;
        }
        Instant naa = clock.instant();
        List<Long> utkast = frister(UTKAST).stream().filter(f -> !f.slettes().isAfter(naa)).map(Frist::id).toList();
        List<Long> saker = frister(SAKER).stream().filter(f -> !f.slettes().isAfter(naa)).map(Frist::id).toList();
        for (Long id : utkast) {
            hendelser.registrer(aktor, SoknadService.ENTITET, id, "UTKAST_SLETTET", "UTKAST", "utkast som aldri ble sendt, slettet etter oppbevaringstiden");
        }
        if (!utkast.isEmpty()) {
            entityManager.createNativeQuery("delete from soknad where id in (:ider) and status = 'UTKAST'").setParameter("ider", utkast)
                    .executeUpdate();
        }
        int epost = 0;
        if (!saker.isEmpty()) {
            // Every mail of the case goes, sent or not: years after the case closed, none is still to be delivered.
            epost = entityManager.createNativeQuery("delete from epost_utboks where ("
                    + "(entitet = 'SOKNAD' and entitet_id in (select cast(s.id as varchar) from soknad s where s.id in (:ider))) or "
                    + "(entitet = 'VEDTAK' and entitet_id in (select cast(v.id as varchar) from vedtak v where v.soknad_id in (:ider))))")
                    .setParameter("ider", saker).executeUpdate();
            entityManager.createNativeQuery("update soknad set kontakt_navn = :rolle, kontakt_epost = null, kontakt_telefon = null, "
                    + "personopplysninger_slettet = :naa where id in (:ider)")
                    .setParameter("rolle", ROLLE).setParameter("naa", Timestamp.from(naa)).setParameter("ider", saker).executeUpdate();
            for (Long id : saker) {
                hendelser.registrer(aktor, SoknadService.ENTITET, id, "PERSONOPPLYSNINGER_SLETTET", null,
                        "kontaktpersonens navn, e-post og telefon visket ut etter oppbevaringstiden; personen står som «" + ROLLE + "»");
            }
        }
        Sletting sletting = new Sletting();
        sletting.startet = naa;
        sletting.kjortAv = aktor.navn();
        sletting.utkastSlettet = utkast.size();
        sletting.personopplysningerSlettet = saker.size();
        sletting.epostSlettet = epost;
        sletting.persist();
        entityManager.flush();
        hendelser.registrer(aktor, ENTITET, sletting.id, "SLETTING_KJORT", null, utkast.size() + " utkast slettet, " + saker.size()
                + " kontaktpersoner visket ut, " + epost + " e-poster slettet");
        return sletting;
    }

    /** A call's retention settings, each within what the law and the table allow. */
    @Transactional
    public Frister settFrister(long utlysningId, Frister frister, Innlogget innlogget) {
        Integer utkastManeder = frister == null ? null : frister.utkastManeder();
        Integer personopplysningerAar = frister == null ? null : frister.personopplysningerAar();
        Utlysning utlysning = entityManager.find(Utlysning.class, utlysningId, LockModeType.PESSIMISTIC_WRITE);
        if (utlysning == null) {
            throw ProblemException.ikkeFunnet("Utlysning " + utlysningId + " finnes ikke.");
        }
        List<Feltfeil> feil = new ArrayList<>();
        if (utkastManeder == null || utkastManeder < 1 || utkastManeder > 60) {
            feil.add(new Feltfeil("utkastManeder", "Oppgi måneder etter søknadsfristen før utkast slettes, fra 1 til 60."));
        }
        if (personopplysningerAar == null || personopplysningerAar < 1 || personopplysningerAar > 30) {
            feil.add(new Feltfeil("personopplysningerAar", "Oppgi år etter at saken er avsluttet før kontaktpersonen viskes ut, fra 1 til 30."));
        }
        if (!feil.isEmpty()) {
            throw ProblemException.valideringsfeil(feil);
        }
        String for_ = utlysning.utkastSlettesManeder + " mnd / " + utlysning.personopplysningerSlettesAar + " år";
        utlysning.utkastSlettesManeder = utkastManeder;
        utlysning.personopplysningerSlettesAar = personopplysningerAar;
        hendelser.registrer(innlogget.aktor(), "UTLYSNING", utlysningId, "OPPBEVARING_ENDRET", for_,
                utkastManeder + " mnd / " + personopplysningerAar + " år");
        return new Frister(utlysning.utkastSlettesManeder, utlysning.personopplysningerSlettesAar);
    }

    private record Frist(long id, long utlysningId, Instant slettes) {
    }

    private List<Frist> frister(String sql) {
        List<?> rader = entityManager.createNativeQuery(sql).getResultList();
        return rader.stream().map(r -> (Object[]) r).map(r -> new Frist(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                tid(r[2]))).toList();
    }

    private static Instant tid(Object verdi) {
        return verdi instanceof Instant i ? i : verdi instanceof Timestamp t ? t.toInstant()
                : ((java.time.OffsetDateTime) verdi).toInstant();
    }

    /** The Norwegian day the first item not due by the next run falls due, or null when none. */
    private static LocalDate forste(List<Frist> frister, Instant neste) {
        return frister.stream().map(Frist::slettes).filter(t -> t.isAfter(neste)).min(Instant::compareTo)
                .map(t -> LocalDate.ofInstant(t, Tidsformat.NORGE)).orElse(null);
    }
}
