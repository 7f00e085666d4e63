package no.legevakttilskudd.tilleggsopplysning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.epost.Epostutboks;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.habilitet.HabilitetService;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.soknad.SoknadService;
import no.legevakttilskudd.soknad.VedleggService;

/**
 * Questions to the kommune before the decision (forvaltningsloven § 17): asked by a caseworker who is not disqualified,
 * while the case can still be assessed, with a deadline; answered once by the asked kommune, with text and PDFs, in one
 * transaction. Only that kommune and the directorate's staff see the thread.
 */
@ApplicationScoped
public class TilleggsopplysningService {

    static final String ENTITET = "SOKNAD";
    static final int MAKS_SPORSMAL = 4000;
    static final int MAKS_SVAR = 8000;
    static final int MAKS_VEDLEGG = 5;
    /** The longest reply time a caseworker may give, in days: the case must move on. */
    static final int MAKS_SVARTID_DAGER = 90;

    /** An uploaded file as the resource read it. */
    public record Fil(String filnavn, byte[] innhold) {
    }

    /** An attachment's metadata, without its contents. */
    public record VedleggRad(Long id, long tilleggsopplysningId, String filnavn, int storrelse) {
    }

    /** A question in the thread, with its attachments and where it stands today. */
    public record Trad(Tilleggsopplysning sporsmal, Tilleggsopplysningsstatus status, boolean forSent, List<VedleggRad> vedlegg) {
    }

    /** The earliest open question of a case: what the work list shows and filters by. */
    public record Venting(LocalDate svarfrist, Tilleggsopplysningsstatus status) {

        public boolean forfalt() {
            return status.erForfalt();
        }
    }

    @Inject
    SoknadService soknader;

    @Inject
    VedleggService vedleggService;

    @Inject
    HabilitetService habilitet;

    @Inject
    HendelseService hendelser;

    @Inject
    Epostutboks epostutboks;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    LocalDate idag() {
        return LocalDate.ofInstant(clock.instant(), Tidsformat.NORGE);
    }

    /** The case's thread, oldest first, for the kommune that was asked or the directorate's staff (others: 404). */
    public List<Trad> trad(long soknadId, Innlogget innlogget) {
        soknader.hentTilgjengelig(soknadId, innlogget);
        List<Tilleggsopplysning> alle = Tilleggsopplysning.list("soknadId = ?1 order by spurt, id", soknadId);
        Map<Long, List<VedleggRad>> vedlegg = new HashMap<>();
        if (!alle.isEmpty()) {
            entityManager.createQuery("select new " + VedleggRad.class.getName() + "(v.id, v.tilleggsopplysningId, v.filnavn, v.storrelse) "
                    + "from TilleggsopplysningVedlegg v where v.tilleggsopplysningId in :ider order by v.id", VedleggRad.class)
                    .setParameter("ider", alle.stream().map(t -> t.id).toList()).getResultList()
                    .forEach(v -> vedlegg.computeIfAbsent(v.tilleggsopplysningId(), k -> new ArrayList<>()).add(v));
        }
        LocalDate idag = idag();
        return alle.stream().map(t -> new Trad(t, t.status(idag), t.besvartForSent(Tidsformat.NORGE),
                vedlegg.getOrDefault(t.id, List.of()))).toList();
    }

    /** Whether the user may ask the kommune now: the checks {@link #sporr} refuses with, so a page offers it only then. */
    public boolean kanSporre(Soknad soknad, Innlogget innlogget) {
        return innlogget.roller().contains(Roller.SAKSBEHANDLER) && soknad.status.kanVurderes()
                && !habilitet.erInhabil(soknad.id, innlogget) && !harApentSporsmal(soknad.id);
    }

    /** One open question per case: more to ask goes into it, so the kommune has one thing to answer. */
    private static boolean harApentSporsmal(long soknadId) {
        return Tilleggsopplysning.count("soknadId = ?1 and svar is null", soknadId) > 0;
    }

    @Transactional
    public Tilleggsopplysning sporr(long soknadId, String sporsmal, LocalDate svarfrist, Innlogget innlogget) {
        Soknad soknad = Soknad.<Soknad>findByIdOptional(soknadId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.ikkeFunnet("Søknad " + soknadId + " finnes ikke."));
        habilitet.krevHabil(soknadId, innlogget, "be kommunen om opplysninger");
        if (!soknad.status.kanVurderes()) {
            throw ProblemException.konflikt("kan-ikke-sporres", "Søknaden er " + soknad.status.name().toLowerCase()
                    + "; kommunen kan bare bes om opplysninger før vedtaket.");
        }
        if (harApentSporsmal(soknadId)) {
            throw ProblemException.konflikt("sporsmal-apent", "Kommunen har ennå ikke svart på forrige spørsmål i saken. "
                    + "Vent på svaret før du spør om mer.");
        }
        LocalDate idag = idag();
        List<Feltfeil> feil = new ArrayList<>();
        if (sporsmal == null || sporsmal.isBlank()) {
            feil.add(new Feltfeil("sporsmal", "Skriv hva kommunen skal svare på."));
        } else if (sporsmal.strip().length() > MAKS_SPORSMAL) {
            feil.add(new Feltfeil("sporsmal", "Spørsmålet kan ha høyst " + MAKS_SPORSMAL + " tegn."));
        }
        if (svarfrist == null) {
            feil.add(new Feltfeil("svarfrist", "Oppgi svarfristen: den siste dagen kommunen har til å svare."));
        } else if (!svarfrist.isAfter(idag)) {
            feil.add(new Feltfeil("svarfrist", "Svarfristen må være etter i dag."));
        } else if (svarfrist.isAfter(idag.plusDays(MAKS_SVARTID_DAGER))) {
            feil.add(new Feltfeil("svarfrist", "Svarfristen kan være høyst " + MAKS_SVARTID_DAGER + " dager fram, til "
                    + Tidsformat.norskDato(idag.plusDays(MAKS_SVARTID_DAGER)) + "."));
        }
        if (!feil.isEmpty()) {
            throw ProblemException.valideringsfeil(feil);
        }
        Tilleggsopplysning t = new Tilleggsopplysning();
        t.soknadId = soknadId;
        t.sporsmal = sporsmal.strip();
        t.svarfrist = svarfrist;
        t.spurt = clock.instant();
        t.spurtAv = innlogget.brukernavn();
        t.spurtAvSub = innlogget.subjekt();
        t.persistAndFlush();
        if (soknad.kontaktEpost != null) {
            // In the same transaction: the mail exists exactly when the question does, and is sent afterwards.
            epostutboks.legg(Tilleggsopplysningsepost.sporsmal(soknad, t), Tilleggsopplysningsepost.GRUNN_SPORSMAL, ENTITET, soknadId);
        }
        // The question's own words stay in the case, not in the log: it may name people, and the log is never changed.
        hendelser.registrer(innlogget.aktor(), ENTITET, soknadId, "TILLEGGSOPPLYSNING_SPURT", null,
                "spørsmål " + t.id + ", svarfrist " + Tidsformat.norskDato(svarfrist));
        return t;
    }

    /** The asked kommune's answer, with its PDFs, all or nothing; a late answer is taken and marked late. */
    @Transactional
    public Tilleggsopplysning svar(long soknadId, long id, String tekst, List<Fil> filer, Innlogget innlogget) {
        soknader.hentForKommunen(soknadId, innlogget);
        Tilleggsopplysning t = Tilleggsopplysning.<Tilleggsopplysning>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(s -> s.soknadId == soknadId)
                .orElseThrow(() -> ProblemException.ikkeFunnet("Spørsmål " + id + " finnes ikke i søknad " + soknadId + "."));
        if (t.besvart != null) {
            throw ProblemException.konflikt("allerede-besvart", "Spørsmålet ble besvart " + Tidsformat.norskTekst(t.besvart)
                    + ". Har kommunen mer å si, ta kontakt med saksbehandleren.");
        }
        if (tekst == null || tekst.isBlank()) {
            throw ProblemException.valideringsfeil("svar", "Skriv svaret.");
        }
        if (tekst.strip().length() > MAKS_SVAR) {
            throw ProblemException.valideringsfeil("svar", "Svaret kan ha høyst " + MAKS_SVAR + " tegn.");
        }
        List<Fil> vedlagt = filer == null ? List.of() : filer;
        if (vedlagt.size() > MAKS_VEDLEGG) {
            throw ProblemException.valideringsfeil("fil", "Legg ved høyst " + MAKS_VEDLEGG + " PDF-er.");
        }
        List<TilleggsopplysningVedlegg> lagres = new ArrayList<>();
        for (Fil fil : vedlagt) {
            TilleggsopplysningVedlegg v = new TilleggsopplysningVedlegg();
            v.filnavn = vedleggService.kontrollerPdf(fil.filnavn(), fil.innhold());
            v.innhold = fil.innhold();
            lagres.add(v);
        }
        t.svar = tekst.strip();
        t.besvart = clock.instant();
        t.besvartAv = innlogget.brukernavn();
        for (TilleggsopplysningVedlegg v : lagres) {
            v.tilleggsopplysningId = t.id;
            v.storrelse = v.innhold.length;
            v.sha256 = VedleggService.sha256(v.innhold);
            v.lastetOpp = t.besvart;
            v.lastetOppAv = t.besvartAv;
            v.persist();
        }
        entityManager.flush();
        hendelser.registrer(innlogget.aktor(), ENTITET, soknadId, "TILLEGGSOPPLYSNING_BESVART", null,
                "svar på spørsmål " + t.id + (lagres.isEmpty() ? "" : ", " + lagres.size() + " PDF-er")
                        + (t.besvartForSent(Tidsformat.NORGE) ? ", etter fristen" : ""));
        return t;
    }

    /** An answer's attachment with its contents, for the case dossier (the caller has checked access to the case). */
    public TilleggsopplysningVedlegg vedleggMedInnhold(long vedleggId) {
        return TilleggsopplysningVedlegg.findById(vedleggId);
    }

    /** An attachment to an answer, for the asked kommune and the staff. */
    public Response vedlegg(long soknadId, long id, long vedleggId, Innlogget innlogget) {
        soknader.hentTilgjengelig(soknadId, innlogget);
        TilleggsopplysningVedlegg v = TilleggsopplysningVedlegg.findById(vedleggId);
        Tilleggsopplysning t = v == null ? null : Tilleggsopplysning.findById(v.tilleggsopplysningId);
        if (t == null || t.id != id || t.soknadId != soknadId) {
            throw ProblemException.ikkeFunnet("Vedlegg " + vedleggId + " finnes ikke.");
        }
        return v.somPdf();
    }

    /** Per case in the call, its earliest unanswered question: the cases waiting for the kommune. */
    public Map<Long, Venting> venter(long utlysningId) {
        LocalDate idag = idag();
        Map<Long, Venting> venter = new HashMap<>();
        List<Tilleggsopplysning> apne = Tilleggsopplysning.list("svar is null and soknadId in (select s.id from Soknad s "
                + "where s.utlysningId = ?1) order by svarfrist", utlysningId);
        for (Tilleggsopplysning t : apne) {
            venter.putIfAbsent(t.soknadId, new Venting(t.svarfrist, t.status(idag)));
        }
        return venter;
    }

    /** An unanswered question to the logged-in kommune, with the reference of the application it belongs to. */
    public record Apent(Tilleggsopplysning sporsmal, Tilleggsopplysningsstatus status, String referanse) {
    }

    /** The kommune's unanswered questions, earliest deadline first. */
    public List<Apent> apneForKommunen(Innlogget innlogget) {
        LocalDate idag = idag();
        return entityManager.createQuery("select t, s.referanse from Tilleggsopplysning t, Soknad s where s.id = t.soknadId "
                + "and s.kommunenummer = :kommune and t.svar is null order by t.svarfrist, t.id", Object[].class)
                .setParameter("kommune", innlogget.kommunenummer()).getResultList().stream()
                .map(r -> new Apent((Tilleggsopplysning) r[0], ((Tilleggsopplysning) r[0]).status(idag), (String) r[1])).toList();
    }
}
