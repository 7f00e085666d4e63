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

    @Inject
    Rammepott pott;

    @Inject
    Kvalifiseringsoppslag kvalifisering;

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
        Utlysning forste = input.gjenutlysningAv() == null ? null : forsteForGjenutlysning(input.gjenutlysningAv());
        utlysning.gjenutlysningAv = forste == null ? null : forste.id;
        utlysning.ramme = forste == null ? input.ramme() : pott.ubrukt(forste);
        utlysning.opprettet = clock.instant();
        utlysning.opprettetAv = aktor.navn();
        KommuneregisterVersjon aktiv = register.aktivVersjon();
        utlysning.kommuneregisterVersjonId = aktiv.id;
        settFelter(utlysning, input);
        utlysning.persist();
        Rammeendring forsteRamme = new Rammeendring();
        forsteRamme.utlysningId = utlysning.id;
        forsteRamme.fraBelop = 0;
        forsteRamme.tilBelop = utlysning.ramme;
        forsteRamme.begrunnelse = utlysning.gjenutlysningAv == null ? "Ramme satt da utlysningen ble opprettet."
                : "Det utlysning " + utlysning.gjenutlysningAv + " ikke hadde bundet da resten ble lyst ut på nytt; rammen følger det "
                        + "den utlysningen binder.";
        forsteRamme.endret = utlysning.opprettet;
        forsteRamme.endretAv = aktor.navn();
        forsteRamme.persist();
        hendelser.registrer(aktor, ENTITET, utlysning.id, "OPPRETTET", null, sammendrag(utlysning));
        return utlysning;
    }

    /**
     * The call a new one re-announces, locked: it exists, is not itself a re-announcement, has none yet, and its
     * deadline has passed (what it left is known only then). Field errors, so the form shows them at the choice.
     */
    private Utlysning forsteForGjenutlysning(long id) {
        Utlysning forste = Utlysning.<Utlysning>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        String feil = forste == null ? "Utlysning " + id + " finnes ikke."
                : forste.gjenutlysningAv != null ? "Utlysning " + id + " er selv en gjenutlysning; lys ut resten av den første."
                : pott.gjenutlysning(id).isPresent() ? "Resten av utlysning " + id + " er allerede lyst ut på nytt (utlysning "
                        + pott.gjenutlysning(id).get().id + ")."
                : !forste.fristenErUte(clock.instant()) ? "Utlysning " + id + " har frist " + Tidsformat.norskTekst(forste.soknadsfrist)
                        + "; resten kan lyses ut på nytt først etter den."
                : null;
        if (feil != null) {
            throw ProblemException.valideringsfeil("gjenutlysningAv", feil);
        }
        return forste;
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
        if (input != null && !java.util.Objects.equals(input.gjenutlysningAv(), utlysning.gjenutlysningAv)) {
            feil.add(new Feltfeil("gjenutlysningAv", "Hvilken utlysning denne lyser ut resten av, settes når den opprettes og "
                    + "endres ikke."));
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
        if (utlysning.gjenutlysningAv != null) {
            throw ProblemException.konflikt("gjenutlysning-ramme", "Rammen til en gjenutlysning er det utlysning "
                    + utlysning.gjenutlysningAv + " ikke har bundet. Endre rammen der.");
        }
        if (nyRamme == utlysning.ramme) {
            throw ProblemException.valideringsfeil("ramme", "Rammen er allerede " + nyRamme + " kroner.");
        }
        // Under the call's row lock, which every approval also takes first: what is bound cannot grow while we look.
        // Only lowering is checked, as the database does: raising a frame that is already too small only mends it.
        // A re-announcement's decisions are paid from this frame too.
        long bundet = nyRamme < utlysning.ramme ? pott.bundetIPotten(id) : 0;
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

    public List<Rammeendring> rammehistorikk(long id) {
        hent(id);
        return Rammeendring.list("utlysningId = ?1 order by endret, id", id);
    }

    private void settFelter(Utlysning utlysning, UtlysningInput input) {
        UtlysningInput.Parametre p = input.parametre() != null ? input.parametre()
                : new UtlysningInput.Parametre(null, null, null, null, null, null, null);
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
        utlysning.settKategorier(p.kategorier());
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

    /**
     * What the admin's page says about the round beside its parameters: the frame it can use now, the call it
     * re-announces or that re-announces it, and how many kommuner qualify by the rules next to what was published.
     */
    public record Rundefakta(long rammeNaa, Utlysning forste, Utlysning gjenutlysning, int kvalifiserte, Integer kvalifisertePublisert) {
    }

    public Rundefakta rundefakta(Utlysning utlysning) {
        return new Rundefakta(pott.ramme(utlysning), utlysning.gjenutlysningAv == null ? null : hent(utlysning.gjenutlysningAv),
                pott.gjenutlysning(utlysning.id).orElse(null), kvalifisering.kvalifiserte(utlysning).size(), utlysning.kvalifisertePublisert);
    }

    /** The calls whose remainder a new call may announce again: past the deadline, not re-announcements, none yet. */
    public List<Utlysning> kanLysesUtPaNytt() {
        return Utlysning.<Utlysning>list("gjenutlysningAv is null and soknadsfrist < ?1 and id not in "
                + "(select g.gjenutlysningAv from Utlysning g where g.gjenutlysningAv is not null) order by aar desc, id desc", clock.instant());
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
                + (u.kategorier().isEmpty() ? "" : ", kategorier " + u.kategorier())
                + (u.gjenutlysningAv != null ? ", gjenutlysning av " + u.gjenutlysningAv : "")
                + ", klageadgang " + (u.klageadgang ? "ja" : "nei") + ", publisert " + (u.publisert ? "ja" : "nei")
                + ", " + vedtaksform(u.fortlopendeVedtak)
                + (u.kontaktNavn != null ? ", kontakt " + u.kontaktNavn + (u.kontaktEpost != null ? " " + u.kontaktEpost : "")
                        + (u.kontaktTelefon != null ? " " + u.kontaktTelefon : "") : "");
    }
}
