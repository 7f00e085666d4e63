package no.legevakttilskudd.tildeling;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Kodeord;
import no.legevakttilskudd.kommune.Kommunefaktaoppslag;
import no.legevakttilskudd.kommune.KommuneregisterService;
import no.legevakttilskudd.kommune.KommuneregisterVersjon;
import no.legevakttilskudd.regler.Beregningsgrunnlag;
import no.legevakttilskudd.regler.Kommunefakta;
import no.legevakttilskudd.regler.Regelparametre;
import no.legevakttilskudd.regler.Soknadsgrunnlag;
import no.legevakttilskudd.regler.Tildeling;
import no.legevakttilskudd.regler.Tildelingsregler;
import no.legevakttilskudd.regler.Tildelingsresultat;
import no.legevakttilskudd.regler.Tildelingsstatus;
import no.legevakttilskudd.regler.UkjentKommuneException;
import no.legevakttilskudd.regler.Vedtakskontroll;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.soknad.SoknadStatus;
import no.legevakttilskudd.utlysning.Rammepott;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;
import no.legevakttilskudd.utlysning.UtlysningStatus;

/**
 * Runs the rules on stored or uploaded applications: the allocation proposal for a call, and simulations. Reads only;
 * nothing here changes stored data.
 */
@ApplicationScoped
public class TildelingService {

    @Inject
    UtlysningService utlysninger;

    @Inject
    KommuneregisterService register;

    @Inject
    Kommunefaktaoppslag kommunefakta;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Inject
    Tildelingsbuffer buffer;

    @Inject
    Rammepott pott;

    /**
     * The call's proposal; {@code ramme} answers "what would a frame of N do" without changing the call. The call's
     * own proposal is kept per call with the revision it was computed at (see {@link Tildelingsbuffer}) and computed
     * again only when the revision has moved.
     */
    public TildelingDto forslag(long utlysningId, Long ramme) {
        return ramme == null ? buffer.hent(utlysningId, TildelingDto.class, () -> beregnForslag(utlysningId, null))
                : beregnForslag(utlysningId, ramme);
    }

    private TildelingDto beregnForslag(long utlysningId, Long ramme) {
        Utlysning utlysning = utlysninger.hent(utlysningId);
        Regelparametre parametre = pott.regelparametre(utlysning);
        if (ramme != null) {
            if (ramme < 0 || ramme > Simuleringslesing.MAKS_BELOP) {
                throw ProblemException.valideringsfeil("ramme", "Rammen må være mellom 0 og " + Simuleringslesing.MAKS_BELOP + " kroner.");
            }
            parametre = parametre.medRamme(ramme);
        }
        return beregn(parametre, utlysning.kommuneregisterVersjonId, lagrede(utlysning, true), utlysningId, i -> "søknad " + (i + 1) + ", ");
    }

    /** @param sted how to name row i in an error: a prefix such as "soknader[3]." or "linje 4, " */
    public TildelingDto simuler(SimuleringInput input, IntFunction<String> sted) {
        return simuler(input, sted, true);
    }

    /**
     * A simulation for whoever is logged in. Staff may use any call. Anyone else (an evaluator) sees only published
     * calls, and a call's own applications only once its decisions are sent (SPEC §2): until then the simulation would
     * be the allocation per kommune of a round still in case handling. Uploaded applications are always allowed.
     */
    public TildelingDto simuler(SimuleringInput input, IntFunction<String> sted, Innlogget innlogget) {
        boolean stab = innlogget.erSaksbehandlerGodkjennerEllerAdmin();
        if (!stab && input != null && input.utlysningId() != null) {
            Utlysning utlysning = utlysninger.hentSynlig(input.utlysningId(), innlogget);
            if (input.soknader() == null && utlysning.status(clock.instant()) != UtlysningStatus.DECIDED) {
                throw ProblemException.konflikt("utlysning-under-behandling", "Utlysningen er ikke avgjort ennå. Simulering på "
                        + "utlysningens egne søknader er åpen for evaluatorer først når alle vedtakene i den er sendt. "
                        + "Send søknadene i simuleringen selv (soknader eller en CSV-fil) for å simulere nå.");
            }
        }
        return simuler(input, sted, stab);
    }

    /** @param medSaker whether rows are linked to stored applications by their reference (staff only) */
    private TildelingDto simuler(SimuleringInput input, IntFunction<String> sted, boolean medSaker) {
        if (input == null) {
            throw ProblemException.valideringsfeil("(hele innholdet)", "Send parametre og søknader som JSON.");
        }
        Utlysning utlysning = input.utlysningId() != null ? utlysninger.hent(input.utlysningId()) : null;
        long versjon = utlysning != null ? utlysning.kommuneregisterVersjonId : register.aktivVersjon().id;
        List<Feltfeil> feil = new ArrayList<>();
        Regelparametre parametre = Simuleringslesing.parametre(utlysning == null ? null : pott.regelparametre(utlysning), input.parametre(),
                feil);
        if (parametre != null && parametre.folketallAar() != null && !register.folketallAar(versjon).contains(parametre.folketallAar())) {
            feil.add(new Feltfeil("parametre.folketallAar", "Kommuneregisteret har folketall for " + register.folketallAar(versjon)
                    + ", ikke for " + parametre.folketallAar() + "."));
        }
        List<Soknadsgrunnlag> soknader;
        if (input.soknader() != null) {
            soknader = Simuleringslesing.grunnlag(input.soknader(), sted, feil);
        } else if (utlysning != null) {
            // A what-if on the applications themselves: decisions made under today's rules are not carried over.
            soknader = lagrede(utlysning, false);
        } else {
            feil.add(new Feltfeil("soknader", "Send søknadene som skal simuleres, eller en utlysningId for å bruke de lagrede."));
            soknader = List.of();
        }
        if (!feil.isEmpty()) {
            throw ProblemException.valideringsfeil(feil);
        }
        // Uploaded rows are linked to the call's cases by reference only for staff: for anyone else a guessed reference
        // would tell that the case exists.
        boolean lenk = utlysning != null && (medSaker || input.soknader() == null);
        return beregn(parametre, versjon, soknader, lenk ? utlysning.id : null, sted);
    }

    private TildelingDto beregn(Regelparametre parametre, long versjon, List<Soknadsgrunnlag> soknader, Long utlysningId,
            IntFunction<String> sted) {
        Map<String, Kommunefakta> fakta = fakta(versjon, parametre.folketallAar());
        Tildelingsresultat resultat = kjor(parametre, fakta, soknader, sted);
        Map<String, Long> soknadIder = new HashMap<>();
        if (utlysningId != null) {
            // Only the two columns: the applications themselves were already read for the rules.
            Soknad.find("select s.referanse, s.id from Soknad s where s.utlysningId = ?1 and s.referanse is not null", utlysningId)
                    .project(ReferanseOgId.class).list().forEach(r -> soknadIder.put(r.referanse(), r.id()));
        }
        Set<String> faste = new HashSet<>();
        for (Soknadsgrunnlag s : soknader) {
            if (s.fastVedtak() != null) {
                faste.add(s.referanse());
            }
        }
        List<TildelingDto.Rad> rader = new ArrayList<>(resultat.tildelinger().size());
        long bundet = 0;
        for (Tildeling t : resultat.tildelinger()) {
            boolean fast = faste.contains(t.referanse());
            if (fast) {
                bundet += t.tildelt();
            }
            rader.add(new TildelingDto.Rad(t.referanse(), soknadIder.get(t.referanse()), t.kommunenummer(),
                    fakta.get(t.kommunenummer()).navn(), t.rekkefolge(), t.prioritetsgruppe(), t.kvalifisert(), t.omsokt(), t.tildelt(),
                    t.status(), fast, t.arsaker()));
        }
        // Unmodifiable: a call's proposal is shared by every request until the call changes.
        return new TildelingDto(resultat.regelversjon(), utlysningId, parametre, parametre.ramme(), resultat.sumOmsokt(),
                resultat.sumTildelt(), bundet, resultat.rammeIgjen(), List.copyOf(resultat.venteliste()), List.copyOf(rader));
    }

    /** The rules on these applications, with unknown kommuner reported at the row they were found in. */
    private static Tildelingsresultat kjor(Regelparametre parametre, Map<String, Kommunefakta> fakta, List<Soknadsgrunnlag> soknader,
            IntFunction<String> sted) {
        List<Feltfeil> ukjenteILegevakt = new ArrayList<>();
        for (int i = 0; i < soknader.size(); i++) {
            List<String> ukjente = soknader.get(i).legevaktKommuner().stream().filter(k -> !fakta.containsKey(k)).toList();
            if (!ukjente.isEmpty()) {
                ukjenteILegevakt.add(new Feltfeil(sted.apply(i) + "legevaktKommuner", "Finnes ikke i kommuneregisteret: "
                        + String.join(", ", ukjente) + "."));
            }
        }
        if (!ukjenteILegevakt.isEmpty()) {
            throw ProblemException.valideringsfeil(ukjenteILegevakt);
        }
        try {
            return Tildelingsregler.beregn(parametre, fakta, soknader);
        } catch (UkjentKommuneException e) {
            Map<String, Integer> indeks = new HashMap<>();
            for (int i = 0; i < soknader.size(); i++) {
                indeks.put(soknader.get(i).referanse(), i);
            }
            List<Feltfeil> feil = new ArrayList<>();
            for (int i = 0; i < e.referanser().size(); i++) {
                feil.add(new Feltfeil(sted.apply(indeks.get(e.referanser().get(i))) + "kommunenummer", "Kommunenummer "
                        + e.kommunenumre().get(i) + " finnes ikke i kommuneregisteret" + (parametre.folketallAar() == null ? ""
                                : " med folketall for " + parametre.folketallAar()) + "."));
            }
            throw ProblemException.valideringsfeil(feil);
        }
    }

    /** One application's inputs and its result in a run for the whole call: what a decision stores as its basis. */
    public record Soknadsberegning(Beregningsgrunnlag grunnlag, Tildeling resultat) {
    }

    /**
     * A run of the rules for the whole call with each application's basis (SPEC §3), for the decisions proposed from it.
     *
     * @param perSoknad the applications without an approved or sent decision, by id
     */
    public record Beregning(String regelversjon, long registerversjonId, String registerkilde, int antallIRekkefolgen,
            Map<Long, Soknadsberegning> perSoknad) {
    }

    /**
     * The call's run, as {@link #forslag} makes it, with every undecided application's basis.
     *
     * @param utenVedtakFor an application whose own decision is left out of the run, so that a correction rests on what
     *                      the rules give the application, not on the decision it corrects; null for none
     */
    public Beregning beregning(long utlysningId, Long utenVedtakFor) {
        Utlysning utlysning = utlysninger.hent(utlysningId);
        Regelparametre parametre = pott.regelparametre(utlysning);
        Map<Long, Soknadsgrunnlag> soknader = lagredeMedId(utlysning, true, utenVedtakFor);
        Map<String, Kommunefakta> fakta = fakta(utlysning.kommuneregisterVersjonId, parametre.folketallAar());
        Tildelingsresultat resultat = kjor(parametre, fakta, new ArrayList<>(soknader.values()), i -> "søknad " + (i + 1) + ", ");
        Map<String, Long> idPerReferanse = new HashMap<>();
        soknader.forEach((id, s) -> idPerReferanse.put(s.referanse(), id));
        int antallIRekkefolgen = (int) resultat.tildelinger().stream().filter(t -> t.rekkefolge() != null).count();
        // In the rules' order, so that proposals made from the run are made in it too.
        Map<Long, Soknadsberegning> perSoknad = new LinkedHashMap<>();
        for (Tildeling t : resultat.tildelinger()) {
            long id = idPerReferanse.get(t.referanse());
            Soknadsgrunnlag s = soknader.get(id);
            if (s.fastVedtak() == null) {
                perSoknad.put(id, new Soknadsberegning(new Beregningsgrunnlag(parametre, fakta.get(s.kommunenummer()), s, t.rammeForan()), t));
            }
        }
        KommuneregisterVersjon versjon = KommuneregisterVersjon.findById(utlysning.kommuneregisterVersjonId);
        return new Beregning(resultat.regelversjon(), versjon.id, versjon.kilde, antallIRekkefolgen, perSoknad);
    }

    /**
     * Today's basis for an application, to re-check a decision against: the call's parameters now, the facts of the
     * registry version active now, the application and its assessment now; the frame as {@link Vedtakskontroll#rammeForanIdag}
     * says. The basis is null when today's registry does not have the kommune.
     */
    public record Dagensgrunnlag(Beregningsgrunnlag grunnlag, long registerversjonId) {
    }

    public Dagensgrunnlag dagensGrunnlag(long utlysningId, long soknadId, Beregningsgrunnlag lagret) {
        Utlysning utlysning = utlysninger.hent(utlysningId);
        Regelparametre parametre = pott.regelparametre(utlysning);
        long versjon = register.aktivVersjon().id;
        Soknadsgrunnlag soknad = lagredeMedId(utlysning, false, null).get(soknadId);
        Kommunefakta kommune = fakta(versjon, parametre.folketallAar()).get(lagret.kommune().kommunenummer());
        if (soknad == null || kommune == null) {
            return new Dagensgrunnlag(null, versjon);
        }
        return new Dagensgrunnlag(new Beregningsgrunnlag(parametre, kommune, soknad,
                Vedtakskontroll.rammeForanIdag(lagret, parametre.ramme())), versjon);
    }

    /** A stored application's reference and id, to link rows of a result to their cases. */
    public record ReferanseOgId(String referanse, Long id) {
    }

    /** The registry rows of a version as the rules see them; the one lookup the form and the statistics use too. */
    private Map<String, Kommunefakta> fakta(long versjon, Integer folketallAar) {
        return kommunefakta.fakta(versjon, folketallAar);
    }

    /**
     * Applications the kommune has sent; drafts and withdrawn ones are not part of an allocation.
     *
     * @param medVedtak whether approved and sent decisions are fixed inputs, as in the call's own proposal
     */
    private List<Soknadsgrunnlag> lagrede(Utlysning utlysning, boolean medVedtak) {
        return new ArrayList<>(lagredeMedId(utlysning, medVedtak, null).values());
    }

    /** As {@link #lagrede}, by application id, with {@code utenVedtakFor}'s own decision left out. */
    private Map<Long, Soknadsgrunnlag> lagredeMedId(Utlysning utlysning, boolean medVedtak, Long utenVedtakFor) {
        List<Soknad> soknader = Soknad.list("select distinct s from Soknad s left join fetch s.legevaktKommuner "
                + "where s.utlysningId = ?1 and s.status not in ?2 order by s.id", utlysning.id,
                List.of(SoknadStatus.UTKAST, SoknadStatus.TRUKKET));
        // The caseworker's approved budget, where the application is assessed, is what the rules award from (SPEC §4.6).
        Map<Long, Long> godkjent = new HashMap<>();
        if (!soknader.isEmpty()) {
            entityManager.createQuery("select v.soknadId, v.godkjentBudsjett from Vurdering v where v.soknadId in "
                    + "(select s.id from Soknad s where s.utlysningId = :utlysning)", Object[].class)
                    .setParameter("utlysning", utlysning.id).getResultList()
                    .forEach(v -> godkjent.put((Long) v[0], (Long) v[1]));
        }
        Map<Long, Soknadsgrunnlag.FastVedtak> vedtak = medVedtak ? new HashMap<>(gjeldendeVedtak(utlysning.id)) : new HashMap<>();
        if (utenVedtakFor != null) {
            vedtak.remove(utenVedtakFor);
        }
        Map<Long, List<Soknadsgrunnlag.Kategoripost>> budsjett = utlysning.kategorier().isEmpty() || soknader.isEmpty() ? Map.of()
                : budsjettPerKategori(utlysning.id);
        Map<Long, Soknadsgrunnlag> grunnlag = new LinkedHashMap<>();
        for (Soknad s : soknader) {
            grunnlag.put(s.id, new Soknadsgrunnlag(s.referanse, s.kommunenummer, s.legevaktKommuner, s.omsokt, godkjent.get(s.id), s.sendt,
                    vedtak.get(s.id), budsjett.getOrDefault(s.id, List.of())));
        }
        return grunnlag;
    }

    /**
     * Each sent application's budget per measure category, asked and what the assessment left (lines not struck), for a
     * call that accepts only some categories. One query for the call; a call that takes all never asks.
     */
    @SuppressWarnings("unchecked")
    private Map<Long, List<Soknadsgrunnlag.Kategoripost>> budsjettPerKategori(long utlysningId) {
        List<Object[]> rader = entityManager.createNativeQuery("select t.soknad_id, t.kategori, sum(b.belop), "
                + "coalesce(sum(b.belop) filter (where vs.soknad_id is null), 0) from tiltak t "
                + "join soknad s on s.id = t.soknad_id join budsjettlinje b on b.tiltak_id = t.id "
                + "left join vurdering_strok vs on vs.soknad_id = t.soknad_id and vs.tiltak_nr = t.rekkefolge and vs.linje_nr = b.rekkefolge "
                + "where s.utlysning_id = :utlysning and s.status not in ('UTKAST', 'TRUKKET') "
                + "group by t.soknad_id, t.kategori order by t.soknad_id, t.kategori")
                .setParameter("utlysning", utlysningId).getResultList();
        Map<Long, List<Soknadsgrunnlag.Kategoripost>> budsjett = new HashMap<>();
        for (Object[] rad : rader) {
            String kategori = (String) rad[1];
            budsjett.computeIfAbsent(((Number) rad[0]).longValue(), id -> new ArrayList<>()).add(new Soknadsgrunnlag.Kategoripost(kategori,
                    Kodeord.ord("TiltakKategori", kategori, Kodeord.BOKMAL), ((Number) rad[2]).longValue(), ((Number) rad[3]).longValue()));
        }
        return budsjett;
    }

    /**
     * The call's approved and sent decisions by application, a corrected one replaced by its correction. They are
     * fixed inputs to the rules (SPEC §4.6), so a larger frame reaches only the next in line. Plain SQL: the decisions
     * belong to the vedtak package, which builds on this one.
     */
    @SuppressWarnings("unchecked")
    private Map<Long, Soknadsgrunnlag.FastVedtak> gjeldendeVedtak(long utlysningId) {
        List<Object[]> rader = entityManager.createNativeQuery("select soknad_id, utfall, belop, status from vedtak_mot_rammen "
                + "where utlysning_id = :utlysning")
                .setParameter("utlysning", utlysningId).getResultList();
        Map<Long, Soknadsgrunnlag.FastVedtak> vedtak = new HashMap<>();
        for (Object[] rad : rader) {
            vedtak.put(((Number) rad[0]).longValue(), new Soknadsgrunnlag.FastVedtak(Tildelingsstatus.valueOf((String) rad[1]),
                    ((Number) rad[2]).longValue(), "SENDT".equals(rad[3])));
        }
        return vedtak;
    }
}
