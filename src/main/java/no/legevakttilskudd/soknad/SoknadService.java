package no.legevakttilskudd.soknad;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Side;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.epost.Epostutboks;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.kommune.Kommune;
import no.legevakttilskudd.kommune.KommuneregisterService;
import no.legevakttilskudd.kommune.Kommunenummer;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;
import no.legevakttilskudd.utlysning.UtlysningStatus;

/**
 * The application's life cycle: draft, edit, submit (idempotent), withdraw. A soker acts only for the kommune in its
 * token; another kommune's application answers 404, as if it did not exist.
 */
@ApplicationScoped
public class SoknadService {

    public static final String ENTITET = "SOKNAD";

    @Inject
    UtlysningService utlysninger;

    @Inject
    KommuneregisterService register;

    @Inject
    HendelseService hendelser;

    @Inject
    Epostutboks epostutboks;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public Soknad opprettUtkast(long utlysningId, SoknadInput input, Innlogget innlogget) {
        String kommunenummer = innlogget.kommunenummer();
        Utlysning utlysning = utlysninger.hent(utlysningId);
        if (!utlysning.publisert) {
            throw ProblemException.ikkeFunnet("Utlysning " + utlysningId + " finnes ikke.");
        }
        Instant naa = clock.instant();
        krevApenForSoknader(utlysning, naa);
        Soknad eksisterende = Soknad.find("utlysningId = ?1 and kommunenummer = ?2 and status <> ?3", utlysningId, kommunenummer,
                SoknadStatus.TRUKKET).firstResult();
        if (eksisterende != null) {
            throw enLevendeSoknad(eksisterende.id);
        }
        SoknadInput innhold = input != null ? input : new SoknadInput(null, null, null, null, null);
        if (innhold.legevaktKommuner() == null || innhold.legevaktKommuner().isEmpty()) {
            innhold = new SoknadInput(innhold.kontaktperson(), List.of(kommunenummer), innhold.vaktbelastning(), innhold.tiltak(),
                    innhold.formal());
        }
        krevGyldig(innhold, kommunenummer, utlysning, false);
        Soknad soknad = new Soknad();
        soknad.utlysningId = utlysningId;
        soknad.kommunenummer = kommunenummer;
        soknad.status = SoknadStatus.UTKAST;
        soknad.opprettet = naa;
        soknad.opprettetAv = innlogget.brukernavn();
        soknad.endret = naa;
        settInnhold(soknad, innhold);
        try {
            soknad.persist();
            entityManager.flush();
        } catch (ConstraintViolationException e) {
            // Two drafts for the same kommune at the same moment: the unique index decides, the loser gets 409.
            if ("uidx_soknad_levende".equals(e.getConstraintName())) {
                throw enLevendeSoknad(null);
            }
            throw e;
        }
        hendelser.registrer(innlogget.aktor(), ENTITET, soknad.id, "OPPRETTET", null, soknad.sammendrag());
        return soknad;
    }

    @Transactional
    public Soknad oppdaterUtkast(long id, SoknadInput input, Innlogget innlogget) {
        Soknad soknad = hentEgen(id, innlogget, true);
        Utlysning utlysning = utlysninger.hent(soknad.utlysningId);
        krevRedigerbar(soknad, utlysning);
        // A sent application corrected before the deadline stays complete; a draft may be saved half-filled.
        krevGyldig(input, soknad.kommunenummer, utlysning, soknad.status == SoknadStatus.SENDT);
        String for_ = soknad.sammendrag();
        settInnhold(soknad, input);
        soknad.endret = clock.instant();
        hendelser.registrer(innlogget.aktor(), ENTITET, soknad.id, "ENDRET", for_, soknad.sammendrag());
        return soknad;
    }

    /**
     * Sends the application. Idempotent: the row is locked first, so a double click or a retry finds it already sent
     * and gets the same receipt, never a second reference number.
     */
    @Transactional
    public Kvittering send(long id, Innlogget innlogget) {
        Soknad soknad = hentEgen(id, innlogget, true);
        if (soknad.referanse != null && soknad.status != SoknadStatus.TRUKKET) {
            return Kvittering.fra(soknad);
        }
        if (soknad.status != SoknadStatus.UTKAST) {
            throw ProblemException.konflikt("ugyldig-overgang", "Søknaden er " + soknad.status.name().toLowerCase()
                    + " og kan ikke sendes.");
        }
        Utlysning utlysning = utlysninger.hent(soknad.utlysningId);
        Instant naa = clock.instant();
        krevApenForSoknader(utlysning, naa);
        krevGyldig(SoknadInput.fra(soknad), soknad.kommunenummer, utlysning, true);
        soknad.referanse = nyReferanse(utlysning.aar);
        soknad.status = SoknadStatus.SENDT;
        soknad.sendt = naa;
        soknad.endret = naa;
        hendelser.registrer(innlogget.aktor(), ENTITET, soknad.id, "SENDT", "UTKAST", soknad.sammendrag());
        // In the outbox, in this transaction: the receipt exists exactly when the application is sent, and a mail
        // server that is down delays the receipt, never the submission.
        if (soknad.kontaktEpost != null) {
            epostutboks.legg(Kvitteringsepost.av(soknad, utlysning, kommunenavn(soknad)), Kvitteringsepost.GRUNN, ENTITET, soknad.id);
        }
        return Kvittering.fra(soknad);
    }

    @Transactional
    public Soknad trekk(long id, Innlogget innlogget) {
        Soknad soknad = hentEgen(id, innlogget, true);
        if (soknad.status == SoknadStatus.TRUKKET) {
            return soknad;
        }
        if (!soknad.status.kanTrekkes()) {
            throw ProblemException.konflikt("ugyldig-overgang", "Søknaden er under behandling eller avgjort og kan ikke trekkes. "
                    + "Ta kontakt med direktoratet (kontaktinformasjonen står på søknadens side).");
        }
        String for_ = soknad.sammendrag();
        Instant naa = clock.instant();
        soknad.status = SoknadStatus.TRUKKET;
        soknad.trukket = naa;
        soknad.endret = naa;
        hendelser.registrer(innlogget.aktor(), ENTITET, soknad.id, "TRUKKET", for_, soknad.sammendrag());
        return soknad;
    }

    /** LV-2022-0042: the year's next number, from one atomic upsert, so concurrent submits never share a number. */
    public String nyReferanse(int aar) {
        Number lopenummer = (Number) entityManager.createNativeQuery("insert into referanseteller (aar, siste) values (:aar, 1) "
                + "on conflict (aar) do update set siste = referanseteller.siste + 1 returning siste")
                .setParameter("aar", aar).getSingleResult();
        return String.format("LV-%d-%04d", aar, lopenummer.intValue());
    }

    /** An application the logged-in user may see: its own kommune's if soker, any if staff; otherwise 404. */
    public Soknad hentTilgjengelig(long id, Innlogget innlogget) {
        if (innlogget.erSaksbehandlerGodkjennerEllerAdmin()) {
            return Soknad.<Soknad>findByIdOptional(id).orElseThrow(() -> finnesIkke(id));
        }
        return hentEgen(id, innlogget, false);
    }

    /**
     * An application the user acts on for a kommune (accept, report, appeal, and the like): the token's own kommune's,
     * whatever other roles the user holds; otherwise 404, as for any other kommune.
     */
    public Soknad hentForKommunen(long id, Innlogget innlogget) {
        return hentEgen(id, innlogget, false);
    }

    Soknad hentEgen(long id, Innlogget innlogget, boolean las) {
        String kommunenummer = innlogget.kommunenummer();
        Soknad soknad = las ? Soknad.<Soknad>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElse(null)
                : Soknad.<Soknad>findByIdOptional(id).orElse(null);
        if (soknad == null || !soknad.kommunenummer.equals(kommunenummer)) {
            throw finnesIkke(id);
        }
        return soknad;
    }

    public List<Soknad> egne(Innlogget innlogget) {
        return Soknad.list("kommunenummer = ?1 order by opprettet desc, id desc", innlogget.kommunenummer());
    }

    public String kommunenavn(Soknad soknad) {
        Utlysning utlysning = utlysninger.hent(soknad.utlysningId);
        return register.finn(utlysning.kommuneregisterVersjonId, soknad.kommunenummer).map(k -> k.navn).orElse(null);
    }

    /** Staff list for a call. Drafts are the kommune's own unfinished work and are not shown. */
    public Side<SoknadSammendrag> forUtlysning(long utlysningId, SoknadStatus status, String fylkesnummer, String kommunenummer,
            int side, int storrelse) {
        Side.valider(side, storrelse);
        if (status == SoknadStatus.UTKAST) {
            throw ProblemException.valideringsfeil("status", "Utkast er kommunens eget arbeid og vises ikke for saksbehandlere.");
        }
        Utlysning utlysning = utlysninger.hent(utlysningId);
        StringBuilder where = new StringBuilder(" from Soknad s, Kommune k where k.id.versjonId = :versjon"
                + " and k.id.kommunenummer = s.kommunenummer and s.utlysningId = :utlysning and s.status <> :utkast");
        Map<String, Object> parametre = new HashMap<>();
        parametre.put("versjon", utlysning.kommuneregisterVersjonId);
        parametre.put("utlysning", utlysningId);
        parametre.put("utkast", SoknadStatus.UTKAST);
        if (status != null) {
            where.append(" and s.status = :status");
            parametre.put("status", status);
        }
        if (fylkesnummer != null && !fylkesnummer.isBlank()) {
            where.append(" and k.fylkesnummer = :fylke");
            parametre.put("fylke", fylkesnummer.strip());
        }
        if (kommunenummer != null && !kommunenummer.isBlank()) {
            where.append(" and s.kommunenummer = :kommune");
            parametre.put("kommune", kommunenummer.strip());
        }
        var telling = entityManager.createQuery("select count(s)" + where, Long.class);
        var sporring = entityManager.createQuery("select s, k" + where + " order by s.sendt, s.id", Object[].class);
        parametre.forEach((navn, verdi) -> {
            telling.setParameter(navn, verdi);
            sporring.setParameter(navn, verdi);
        });
        List<SoknadSammendrag> elementer = new ArrayList<>();
        for (Object[] rad : sporring.setFirstResult(Side.forste(side, storrelse)).setMaxResults(storrelse).getResultList()) {
            Soknad s = (Soknad) rad[0];
            Kommune k = (Kommune) rad[1];
            elementer.add(new SoknadSammendrag(s.id, s.utlysningId, s.referanse, s.kommunenummer, k.navn, k.fylkesnavn, s.status,
                    s.omsokt, Tidsformat.norsk(s.sendt)));
        }
        return new Side<>(elementer, side, storrelse, telling.getSingleResult());
    }

    void krevRedigerbar(Soknad soknad, Utlysning utlysning) {
        if (soknad.status != SoknadStatus.UTKAST && soknad.status != SoknadStatus.SENDT) {
            throw ProblemException.konflikt("ikke-redigerbar", "Søknaden er " + soknad.status.name().toLowerCase()
                    + " og kan ikke endres av søkeren.");
        }
        if (utlysning.fristenErUte(clock.instant())) {
            throw fristenErUte(utlysning);
        }
    }

    private void krevApenForSoknader(Utlysning utlysning, Instant naa) {
        UtlysningStatus status = utlysning.status(naa);
        if (utlysning.fristenErUte(naa)) {
            throw fristenErUte(utlysning);
        }
        if (status != UtlysningStatus.OPEN) {
            throw ProblemException.konflikt("utlysning-ikke-apen", "Utlysningen åpner for søknader "
                    + Tidsformat.norskTekst(utlysning.apner) + ".");
        }
    }

    /** What must still be filled in or corrected before the application can be sent: the submit check, without sending. */
    public List<Feltfeil> mangler(Soknad soknad) {
        return mangler(soknad, SoknadInput.fra(soknad));
    }

    /** What would stop {@code soknad} from being sent with {@code innhold} as its content. */
    public List<Feltfeil> mangler(Soknad soknad, SoknadInput innhold) {
        return feil(innhold, soknad.kommunenummer, utlysninger.hent(soknad.utlysningId), true);
    }

    /**
     * Whether the kommune may still change it: a draft, or a sent application no caseworker has taken up, before the
     * deadline (a sent one is corrected in place and stays sent, so it cannot be lost by being left half-done).
     */
    public boolean kanEndres(Soknad soknad, Utlysning utlysning) {
        return (soknad.status == SoknadStatus.UTKAST || soknad.status == SoknadStatus.SENDT) && !utlysning.fristenErUte(clock.instant());
    }

    /** What the kommune may do with it now; the pages show this instead of reading the status themselves. */
    public Soknadshandlinger handlinger(Soknad soknad, Utlysning utlysning) {
        boolean kanEndres = kanEndres(soknad, utlysning);
        boolean utkast = soknad.status == SoknadStatus.UTKAST;
        return new Soknadshandlinger(kanEndres, utkast && kanEndres, !utkast && kanEndres, soknad.status.kanTrekkes(),
                utkast && !kanEndres, soknad.status == SoknadStatus.TRUKKET);
    }

    private void krevGyldig(SoknadInput input, String kommunenummer, Utlysning utlysning, boolean fullstendig) {
        List<Feltfeil> feil = feil(input, kommunenummer, utlysning, fullstendig);
        if (!feil.isEmpty()) {
            throw ProblemException.valideringsfeil(feil);
        }
    }

    private List<Feltfeil> feil(SoknadInput input, String kommunenummer, Utlysning utlysning, boolean fullstendig) {
        List<String> oppgitt = input == null || input.legevaktKommuner() == null ? List.of()
                : input.legevaktKommuner().stream().filter(Kommunenummer::erGyldig).toList();
        Map<String, Kommune> kjente = register.finnAlle(utlysning.kommuneregisterVersjonId, oppgitt);
        return SoknadValidator.valider(input, kommunenummer, kjente::containsKey, fullstendig);
    }

    private static void settInnhold(Soknad soknad, SoknadInput input) {
        SoknadInput.Kontaktperson kontakt = input.kontaktperson();
        soknad.kontaktNavn = kontakt == null ? null : trim(kontakt.navn());
        soknad.kontaktEpost = kontakt == null ? null : trim(kontakt.epost());
        soknad.kontaktTelefon = kontakt == null ? null : trim(kontakt.telefon());
        soknad.legevaktKommuner.clear();
        if (input.legevaktKommuner() != null) {
            soknad.legevaktKommuner.addAll(input.legevaktKommuner());
        }
        SoknadInput.Vaktordning vakt = input.vaktbelastning();
        soknad.antallLeger = vakt == null ? null : vakt.antallLeger();
        soknad.vaktdeling = vakt == null ? null : vakt.vaktdeling();
        soknad.vaktdognPerLege = vakt == null ? null : vakt.vaktdognPerLege();
        soknad.vaktform = vakt == null ? null : vakt.vaktform();
        soknad.tiltak.clear();
        if (input.tiltak() != null) {
            for (SoknadInput.TiltakInput t : input.tiltak()) {
                Tiltak tiltak = new Tiltak();
                tiltak.kategori = t.kategori();
                tiltak.beskrivelse = t.beskrivelse();
                if (t.budsjettlinjer() != null) {
                    t.budsjettlinjer().forEach(l -> tiltak.budsjettlinjer.add(new Budsjettlinje(l.tekst().strip(), l.belop())));
                }
                soknad.leggTil(tiltak);
            }
        }
        soknad.formal = input.formal();
        soknad.beregnOmsokt();
    }

    /** Single-line fields lose surrounding blanks; inner text, including æøå and Sami letters, is kept exactly. */
    private static String trim(String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }

    static ProblemException finnesIkke(long id) {
        return ProblemException.ikkeFunnet("Søknad " + id + " finnes ikke.");
    }

    private static ProblemException enLevendeSoknad(Long eksisterendeId) {
        return ProblemException.konflikt("soknad-finnes", "Kommunen har allerede en søknad i denne utlysningen"
                + (eksisterendeId != null ? " (søknad " + eksisterendeId + ")" : "")
                + ". Fortsett på den, eller trekk den før du lager en ny.");
    }

    private static ProblemException fristenErUte(Utlysning utlysning) {
        return ProblemException.konflikt("fristen-er-ute", "Søknadsfristen gikk ut " + Tidsformat.norskTekst(utlysning.soknadsfrist)
                + ". Søknaden kan ikke lenger sendes eller endres.");
    }
}
