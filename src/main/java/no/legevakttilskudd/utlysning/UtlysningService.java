package no.legevakttilskudd.utlysning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import no.legevakttilskudd.felles.Aktor;
import no.legevakttilskudd.felles.Avsender;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Kodeord;
import no.legevakttilskudd.kommune.KommuneregisterService;
import no.legevakttilskudd.kommune.KommuneregisterVersjon;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.regler.Marginalregel;
import no.legevakttilskudd.regler.Regelparametre;

/** Calls: create, edit, publish, and change the frame with a reason (kept as history and in the audit log). */
@ApplicationScoped
public class UtlysningService {

    static final SortedSet<Integer> STANDARD_KLASSER = new TreeSet<>(List.of(6));
    static final int STANDARD_FOLKETALLSGRENSE = Regelparametre.STANDARD_FOLKETALLSGRENSE;
    static final long STANDARD_TAK = Regelparametre.STANDARD_TAK;
    static final long MAKS_RAMME = 10_000_000_000L;
    private static final String ENTITET = "UTLYSNING";

    @Inject
    HendelseService hendelser;

    @Inject
    KommuneregisterService register;

    @Inject
    Clock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    Avsender.Oppsett avsender;

    public List<Utlysning> alle() {
        return Utlysning.listAll(Sort.descending("aar").and("id", Sort.Direction.Descending));
    }

    public Utlysning hent(long id) {
        return Utlysning.<Utlysning>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.ikkeFunnet("Utlysning " + id + " finnes ikke."));
    }

    /**
     * The call as the logged-in user may know it: a call not yet published is unknown (404, as if it did not exist) to
     * everyone but staff (SPEC §2: evaluators see nothing of unpublished calls; a kommune sees only published ones).
     */
    public Utlysning hentSynlig(long id, Innlogget innlogget) {
        Utlysning utlysning = hent(id);
        if (!synlig(utlysning, innlogget)) {
            throw ProblemException.ikkeFunnet("Utlysning " + id + " finnes ikke.");
        }
        return utlysning;
    }

    /** Whether the user may know of the call at all; see {@link #hentSynlig}. */
    public boolean synlig(Utlysning utlysning, Innlogget innlogget) {
        return utlysning.publisert || innlogget.erSaksbehandlerGodkjennerEllerAdmin();
    }

    /** The call with its row locked, for changes that must not interleave (reference numbers, frame changes). */
    public Utlysning hentForOppdatering(long id) {
        return Utlysning.<Utlysning>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.ikkeFunnet("Utlysning " + id + " finnes ikke."));
    }

    @Transactional
    public Utlysning opprett(UtlysningInput input, Aktor aktor) {
        List<Feltfeil> feil = UtlysningValidator.valider(input, true);
        if (!feil.isEmpty()) {
            throw ProblemException.valideringsfeil(feil);
        }
        Utlysning utlysning = new Utlysning();
        utlysning.ramme = input.ramme();
        utlysning.opprettet = clock.instant();
        utlysning.opprettetAv = aktor.navn();
        KommuneregisterVersjon aktiv = register.aktivVersjon();
        utlysning.kommuneregisterVersjonId = aktiv.id;
        settFelter(utlysning, input);
        utlysning.persist();
        Rammeendring forste = new Rammeendring();
        forste.utlysningId = utlysning.id;
        forste.fraBelop = 0;
        forste.tilBelop = utlysning.ramme;
        forste.begrunnelse = "Ramme satt da utlysningen ble opprettet.";
        forste.endret = utlysning.opprettet;
        forste.endretAv = aktor.navn();
        forste.persist();
        hendelser.registrer(aktor, ENTITET, utlysning.id, "OPPRETTET", null, sammendrag(utlysning));
        return utlysning;
    }

    @Transactional
    public Utlysning endre(long id, UtlysningInput input, Aktor aktor) {
        Utlysning utlysning = hentForOppdatering(id);
        List<Feltfeil> feil = UtlysningValidator.valider(input, false);
        // A body of JSON null reaches here as no input; valider has already said what is missing (it was a 500).
        if (input != null && input.ramme() != null && input.ramme() != utlysning.ramme) {
            feil.add(new Feltfeil("ramme", "Rammen endres med en egen begrunnet endring (POST /api/utlysninger/" + id
                    + "/ramme), ikke her."));
        }
        if (!feil.isEmpty()) {
            throw ProblemException.valideringsfeil(feil);
        }
        if (utlysning.avgjort != null) {
            throw ProblemException.konflikt("utlysning-avgjort", "Utlysningen er avgjort og kan ikke endres.");
        }
        String for_ = sammendrag(utlysning);
        LocalDate forrigeRapportfrist = utlysning.rapportfrist;
        boolean varFortlopende = utlysning.fortlopendeVedtak;
        settFelter(utlysning, input);
        hendelser.registrer(aktor, ENTITET, utlysning.id, "ENDRET", for_, sammendrag(utlysning));
        // Whether decisions may come before the deadline decides how the round is run, so it can be found on its own.
        if (utlysning.fortlopendeVedtak != varFortlopende) {
            hendelser.registrer(aktor, ENTITET, utlysning.id, "FORTLOPENDE_VEDTAK_ENDRET", vedtaksform(varFortlopende),
                    vedtaksform(utlysning.fortlopendeVedtak));
        }
        // A new report deadline changes what every kommune with an award owes and when it is late, so it is an
        // entry of its own that can be found without comparing summaries.
        if (!utlysning.rapportfrist.equals(forrigeRapportfrist)) {
            hendelser.registrer(aktor, ENTITET, utlysning.id, "RAPPORTFRIST_ENDRET", Tidsformat.norskDato(forrigeRapportfrist),
                    Tidsformat.norskDato(utlysning.rapportfrist));
        }
        return utlysning;
    }

    /** Makes a draft public: it opens for applications at its opening time (at once if that has passed). */
    @Transactional
    public Utlysning publiser(long id, Aktor aktor) {
        Utlysning utlysning = hentForOppdatering(id);
        if (utlysning.avgjort != null) {
            throw ProblemException.konflikt("utlysning-avgjort", "Utlysningen er avgjort og kan ikke endres.");
        }
        if (!utlysning.publisert) {
            String for_ = sammendrag(utlysning);
            utlysning.publisert = true;
            hendelser.registrer(aktor, ENTITET, id, "PUBLISERT", for_, sammendrag(utlysning));
        }
        return utlysning;
    }

    @Transactional
    public Rammeendring endreRamme(long id, Long nyRamme, String begrunnelse, Aktor aktor) {
        List<Feltfeil> feil = new ArrayList<>();
        if (nyRamme == null) {
            feil.add(new Feltfeil("ramme", "Oppgi den nye rammen i hele kroner."));
        } else if (nyRamme < 0 || nyRamme > MAKS_RAMME) {
            feil.add(new Feltfeil("ramme", "Rammen må være mellom 0 og " + MAKS_RAMME + " kroner."));
        }
        if (begrunnelse == null || begrunnelse.isBlank()) {
            feil.add(new Feltfeil("begrunnelse", "Skriv hvorfor rammen endres."));
        } else if (begrunnelse.length() > 2000) {
            feil.add(new Feltfeil("begrunnelse", "Begrunnelsen kan ha høyst 2000 tegn."));
        }
        if (!feil.isEmpty()) {
            throw ProblemException.valideringsfeil(feil);
        }
        Utlysning utlysning = hentForOppdatering(id);
        if (nyRamme == utlysning.ramme) {
            throw ProblemException.valideringsfeil("ramme", "Rammen er allerede " + nyRamme + " kroner.");
        }
        // Under the call's row lock, which every approval also takes first: what is bound cannot grow while we look.
        // Only lowering is checked, as the database does: raising a frame that is already too small only mends it.
        long bundet = nyRamme < utlysning.ramme ? bundet(id) : 0;
        if (nyRamme < bundet) {
            String melding = "Rammen kan ikke settes til " + Kroner.tekst(nyRamme) + ": godkjente og sendte vedtak binder "
                    + Kroner.tekst(bundet) + ". Den laveste rammen nå er " + Kroner.tekst(bundet) + ".";
            throw ProblemException.konflikt("ramme-under-vedtak", melding, List.of(new Feltfeil("ramme", melding)));
        }
        Rammeendring endring = new Rammeendring();
        endring.utlysningId = id;
        endring.fraBelop = utlysning.ramme;
        endring.tilBelop = nyRamme;
        endring.begrunnelse = begrunnelse.strip();
        endring.endret = clock.instant();
        endring.endretAv = aktor.navn();
        endring.persist();
        utlysning.ramme = nyRamme;
        hendelser.registrer(aktor, ENTITET, id, "RAMME_ENDRET", "ramme " + endring.fraBelop,
                "ramme " + endring.tilBelop + ": " + endring.begrunnelse);
        return endring;
    }

    /**
     * What the call's approved and sent decisions bind of its frame, in kroner: the database's {@code ramme_bundet},
     * which its trigger also uses, so the service's answer and the database's refusal are the same sum.
     */
    public long bundet(long id) {
        Number sum = (Number) entityManager.createNativeQuery("select ramme_bundet(:utlysning)").setParameter("utlysning", id)
                .getSingleResult();
        return sum.longValue();
    }

    public List<Rammeendring> rammehistorikk(long id) {
        hent(id);
        return Rammeendring.list("utlysningId = ?1 order by endret, id", id);
    }

    private void settFelter(Utlysning utlysning, UtlysningInput input) {
        UtlysningInput.Parametre p = input.parametre() != null ? input.parametre()
                : new UtlysningInput.Parametre(null, null, null, null, null, null);
        utlysning.aar = input.aar();
        utlysning.tittel = input.tittel().strip();
        utlysning.tittelNynorsk = UtlysningValidator.utfylt(input.tittelNynorsk());
        utlysning.tittelEngelsk = UtlysningValidator.utfylt(input.tittelEngelsk());
        Kontaktpunkt kontakt = input.kontakt();
        boolean harKontakt = kontakt != null && UtlysningValidator.utfylt(kontakt.navn()) != null;
        utlysning.kontaktNavn = harKontakt ? UtlysningValidator.utfylt(kontakt.navn()) : null;
        utlysning.kontaktEpost = harKontakt ? UtlysningValidator.utfylt(kontakt.epost()) : null;
        utlysning.kontaktTelefon = harKontakt ? UtlysningValidator.utfylt(kontakt.telefon()) : null;
        utlysning.apner = oslo(input.apner());
        utlysning.soknadsfrist = oslo(input.soknadsfrist());
        utlysning.rapportfrist = UtlysningValidator.rapportfrist(input);
        utlysning.settSentralitetsklasser(p.sentralitetsklasser() != null ? new TreeSet<>(p.sentralitetsklasser()) : STANDARD_KLASSER);
        utlysning.folketallsgrense = p.folketallsgrense() != null ? p.folketallsgrense() : STANDARD_FOLKETALLSGRENSE;
        utlysning.folketallAar = p.folketallAar();
        utlysning.tak = p.tak() != null ? p.tak() : STANDARD_TAK;
        utlysning.minstebelop = p.minstebelop() != null ? p.minstebelop() : 0;
        utlysning.marginal = p.marginal() != null ? p.marginal() : Marginalregel.PARTIAL;
        utlysning.klageadgang = Boolean.TRUE.equals(input.klageadgang());
        utlysning.klageTekst = utlysning.klageadgang ? input.klageTekst().strip() : null;
        utlysning.publisert = Boolean.TRUE.equals(input.publisert());
        utlysning.fortlopendeVedtak = Boolean.TRUE.equals(input.fortlopendeVedtak());
    }

    private static String vedtaksform(boolean fortlopende) {
        return fortlopende ? "vedtak fortløpende" : "vedtak etter søknadsfristen";
    }

    private static Instant oslo(java.time.LocalDateTime tid) {
        return tid.atZone(Tidsformat.NORGE).toInstant();
    }

    /** Whom kommuner contact about the call: its own contact point, or the agency's (legevakttilskudd.avsender.*). */
    public Kontaktpunkt kontakt(Utlysning utlysning) {
        Kontaktpunkt egen = utlysning.egenKontakt();
        return egen != null ? egen : direktoratet();
    }

    /** The agency's own contact, for a call that names none. */
    public Kontaktpunkt direktoratet() {
        return new Kontaktpunkt(avsender.navn(), avsender.epost(), avsender.telefon());
    }

    private static String sammendrag(Utlysning u) {
        return u.aar + " «" + u.tittel + "»" + (u.tittelNynorsk != null ? ", nynorsk «" + u.tittelNynorsk + "»" : "")
                + (u.tittelEngelsk != null ? ", engelsk «" + u.tittelEngelsk + "»" : "") + ", åpner " + Tidsformat.norskTekst(u.apner) + ", frist "
                + Tidsformat.norskTekst(u.soknadsfrist) + ", rapportfrist " + Tidsformat.norskDato(u.rapportfrist) + ", ramme " + u.ramme
                + ", klasser " + u.sentralitetsklasser() + ", folketall < " + u.folketallsgrense + ", tak " + u.tak
                + ", minst " + u.minstebelop + ", " + Kodeord.ord(u.marginal, Kodeord.BOKMAL).toLowerCase(Locale.ROOT)
                + ", klageadgang " + (u.klageadgang ? "ja" : "nei") + ", publisert " + (u.publisert ? "ja" : "nei")
                + ", " + vedtaksform(u.fortlopendeVedtak)
                + (u.kontaktNavn != null ? ", kontakt " + u.kontaktNavn + (u.kontaktEpost != null ? " " + u.kontaktEpost : "")
                        + (u.kontaktTelefon != null ? " " + u.kontaktTelefon : "") : "");
    }
}
