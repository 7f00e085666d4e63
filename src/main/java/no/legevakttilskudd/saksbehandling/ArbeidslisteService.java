package no.legevakttilskudd.saksbehandling;

import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.kommune.Fylke;
import no.legevakttilskudd.kommune.KommuneregisterService;
import no.legevakttilskudd.soknad.SoknadSammendrag;
import no.legevakttilskudd.soknad.SoknadStatus;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.saksbehandling.fordeling.SaksfordelingService;
import no.legevakttilskudd.tildeling.TildelingDto;
import no.legevakttilskudd.tilleggsopplysning.TilleggsopplysningService;
import no.legevakttilskudd.tildeling.TildelingService;
import no.legevakttilskudd.tildeling.Tildelingsbuffer;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;

/**
 * The caseworkers' work list of a call: its applications with the rules' verdict beside each, filtered, counted,
 * sorted and paged. Filtering and sorting happen in memory on purpose: a call has at most one living application per
 * kommune (a few hundred rows), and group, eligibility and place come from one run of the rules for the whole call,
 * which no SQL column holds. The call's rows before any filter are made from the sent applications and the registry
 * only, so they are kept with the allocation while the call's revision stands ({@link Tildelingsbuffer}).
 */
@ApplicationScoped
public class ArbeidslisteService {

    /**
     * One line: the application, what the rules say about it (null for withdrawn ones, which the rules skip), and its
     * unanswered question to the kommune (null when none; the rows kept with the allocation have none, it is added per view).
     */
    public record Rad(SoknadSammendrag soknad, TildelingDto.Rad regel, TilleggsopplysningService.Venting venter,
            SaksfordelingService.Ansvar ansvar) {
    }

    public record StatusAntall(SoknadStatus status, long antall) {
    }

    /**
     * One page of the list; {@code perStatus} counts every match, in the order of the statuses, zeros left out;
     * {@code venterPaKommunen} counts the matches with an unanswered question, {@code forfalte} those past its deadline.
     */
    public record Arbeidsliste(List<Rad> rader, int side, long sider, long totalt, List<StatusAntall> perStatus, long venterPaKommunen,
            long forfalte) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    UtlysningService utlysninger;

    @Inject
    TildelingService tildeling;

    @Inject
    Tildelingsbuffer buffer;

    @Inject
    KommuneregisterService register;

    @Inject
    TilleggsopplysningService tilleggsopplysninger;

    @Inject
    SaksfordelingService fordeling;

    /** A row with the county it is filtered by. */
    private record Linje(Rad rad, String fylkesnummer) {
    }

    /** Every row of the call, in no particular order: what the filters choose from. */
    private record Alle(List<Linje> linjer) {
    }

    public Arbeidsliste hent(long utlysningId, Arbeidslistefilter filter, int perSide, Innlogget innlogget) {
        Utlysning utlysning = utlysninger.hent(utlysningId);
        List<Linje> alle = buffer.hent(utlysningId, Alle.class, () -> alle(utlysning)).linjer();

        Map<Long, TilleggsopplysningService.Venting> venter = tilleggsopplysninger.venter(utlysningId);
        Map<Long, SaksfordelingService.Ansvar> ansvar = fordeling.ansvarIUtlysning(utlysningId);
        List<Rad> treff = new ArrayList<>();
        Map<SoknadStatus, Long> perStatus = new EnumMap<>(SoknadStatus.class);
        for (Linje linje : alle) {
            SoknadSammendrag s = linje.rad().soknad();
            TildelingDto.Rad r = linje.rad().regel();
            boolean annenStatus = filter.status() != null && s.status() != filter.status();
            boolean annetFylke = !filter.fylke().isEmpty() && !filter.fylke().equals(linje.fylkesnummer());
            if (annenStatus || annetFylke || !filter.treffer(s.kommunenavn(), s.kommunenummer(), s.referanse())) {
                continue;
            }
            if (filter.harRegelfilter() && (r == null || (filter.gruppe() != null && r.prioritetsgruppe() != filter.gruppe())
                    || (filter.kvalifisert() != null && r.kvalifisert() != filter.kvalifisert()))) {
                continue;
            }
            Rad rad = new Rad(s, r, venter.get(s.id()), ansvar.get(s.id()));
            if (filter.saker() != null && !iUtvalg(rad, filter.saker(), innlogget)) {
                continue;
            }
            treff.add(rad);
            perStatus.merge(s.status(), 1L, Long::sum);
        }
        treff.sort(rekkefolge(filter));
        long sider = Math.max(1, (treff.size() + perSide - 1) / perSide);
        int fra = (int) Math.min((long) (filter.side() - 1) * perSide, treff.size());
        List<Rad> side = List.copyOf(treff.subList(fra, Math.min(fra + perSide, treff.size())));
        List<StatusAntall> antall = perStatus.entrySet().stream().map(e -> new StatusAntall(e.getKey(), e.getValue())).toList();
        long venterPaKommunen = treff.stream().filter(r -> r.venter() != null).count();
        long forfalte = treff.stream().filter(r -> r.venter() != null && r.venter().forfalt()).count();
        return new Arbeidsliste(side, filter.side(), sider, treff.size(), antall, venterPaKommunen, forfalte);
    }

    private static boolean iUtvalg(Rad rad, Arbeidslistefilter.Saker saker, Innlogget innlogget) {
        return switch (saker) {
            case MINE -> rad.ansvar() != null && rad.ansvar().er(innlogget);
            case UFORDELT -> rad.ansvar() == null;
            case VENTER -> rad.venter() != null;
            case FORFALT -> rad.venter() != null && rad.venter().forfalt();
        };
    }

    /** The counties of the call's registry, for the filter's choices. */
    public List<Fylke> fylker(long utlysningId) {
        return register.fylker(utlysninger.hent(utlysningId).kommuneregisterVersjonId);
    }

    /** The chosen column first, nulls last in both directions; then sent time and id, so the order is total and stable. */
    private static Comparator<Rad> rekkefolge(Arbeidslistefilter filter) {
        Collator norsk = Collator.getInstance(Locale.forLanguageTag("nb"));
        Comparator<Rad> hoved = switch (filter.sortering()) {
            case SENDT -> nullSist(r -> r.soknad().sendt() == null ? null : r.soknad().sendt().toInstant(), Comparator.<Instant>naturalOrder(),
                    filter.synkende());
            case KOMMUNE -> nullSist(r -> r.soknad().kommunenavn(), norsk::compare, filter.synkende());
            case OMSOKT -> nullSist(r -> r.soknad().omsokt(), Comparator.<Long>naturalOrder(), filter.synkende());
            case PRIORITET -> nullSist(r -> r.regel() == null ? null : r.regel().rekkefolge(), Comparator.<Integer>naturalOrder(),
                    filter.synkende());
        };
        return hoved.thenComparing(r -> r.soknad().sendt() == null ? Instant.MAX : r.soknad().sendt().toInstant())
                .thenComparingLong(r -> r.soknad().id());
    }

    private static <T> Comparator<Rad> nullSist(Function<Rad, T> nokkel, Comparator<T> orden, boolean synkende) {
        return Comparator.comparing(nokkel, Comparator.nullsLast(synkende ? orden.reversed() : orden));
    }

    /** The call's sent applications (and withdrawn ones) with the rules' verdict on each; withdrawn ones have none. */
    private Alle alle(Utlysning utlysning) {
        Map<String, TildelingDto.Rad> regel = new HashMap<>();
        tildeling.forslag(utlysning.id, null).tildelinger().forEach(r -> regel.put(r.referanse(), r));
        List<Object[]> rader = entityManager.createQuery("select s.id, s.referanse, s.kommunenummer, k.navn, k.fylkesnavn, s.status, s.omsokt,"
                + " s.sendt, k.fylkesnummer from Soknad s, Kommune k where k.id.versjonId = :versjon and k.id.kommunenummer = s.kommunenummer"
                + " and s.utlysningId = :utlysning and s.status <> :utkast", Object[].class)
                .setParameter("versjon", utlysning.kommuneregisterVersjonId)
                .setParameter("utlysning", utlysning.id)
                .setParameter("utkast", SoknadStatus.UTKAST)
                .getResultList();
        List<Linje> linjer = new ArrayList<>(rader.size());
        for (Object[] r : rader) {
            String referanse = (String) r[1];
            SoknadSammendrag s = new SoknadSammendrag((Long) r[0], utlysning.id, referanse, (String) r[2], (String) r[3], (String) r[4],
                    (SoknadStatus) r[5], (Long) r[6], Tidsformat.norsk((Instant) r[7]));
            linjer.add(new Linje(new Rad(s, referanse == null ? null : regel.get(referanse), null, null), (String) r[8]));
        }
        return new Alle(List.copyOf(linjer));
    }
}
