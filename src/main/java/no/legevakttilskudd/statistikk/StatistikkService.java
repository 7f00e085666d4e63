package no.legevakttilskudd.statistikk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.regler.Soknadsgrunnlag;
import no.legevakttilskudd.regler.Tildelingsstatus;
import no.legevakttilskudd.regler.Vaktbelastning;
import no.legevakttilskudd.regler.Vaktform;
import no.legevakttilskudd.regler.TiltakKategori;
import no.legevakttilskudd.tildeling.TildelingService;
import no.legevakttilskudd.utlysning.Kvalifiseringsoppslag;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.Rammepott;
import no.legevakttilskudd.utlysning.UtlysningService;

/**
 * The aggregates of SPEC §6, for one call or across calls. Everything is counted and summed in PostgreSQL (group by,
 * filter, percentile_cont), never by reading the applications into Java; only which kommuner qualify and the waiting
 * list come from the rules, which are the one truth about eligibility and the order. Reads only.
 */
@ApplicationScoped
public class StatistikkService {

    /**
     * The calls, their registry facts, each application's current decision and the sent applications with the facts the
     * breakdowns need. {@link Sporring} fills in the call filter, the population bands and the priority group's limit.
     */
    private static final String GRUNNLAG = """
            with valgt as (
                select u.id, u.ramme, u.gjenutlysning_av, u.kommuneregister_versjon_id as versjon, u.folketall_aar, u.folketallsgrense,
                       cast(string_to_array(u.sentralitetsklasser, ',') as integer[]) as klasser
                from utlysning u where (u.publisert or :medUpubliserte) %s
            ),
            kvalifiserte as (
                -- Decided in Java by the rules' own function over the allocation's facts (SPEC §4.1 stays in one place):
                -- "utlysning:kommunenummer" for each kommune that qualifies for a chosen call.
                select cast(split_part(x, ':', 1) as bigint) as utlysning_id, split_part(x, ':', 2) as kommunenummer
                from unnest(string_to_array(cast(:kvalifiserte as varchar), ',')) x
            ),
            fakta as (
                -- The registry version of each call, with the population of the reference year of the call where it has one.
                select v.id as utlysning_id, k.kommunenummer, k.fylkesnummer, k.fylkesnavn, k.sentralitetsklasse,
                       %s as folketallsgruppe,
                       exists (select 1 from kvalifiserte q where q.utlysning_id = v.id and q.kommunenummer = k.kommunenummer)
                           as kvalifisert
                from valgt v
                join kommune k on k.versjon_id = v.versjon
                left join kommune_folketall f on f.versjon_id = k.versjon_id and f.kommunenummer = k.kommunenummer
                     and f.aar = v.folketall_aar
            ),
            gjeldende as (
                -- The decision in force of each application, and the latest should an application ever have two
                -- (only the one in force can be corrected now, but rows from before stay), so none is counted twice.
                select distinct on (d.soknad_id) d.soknad_id, d.utfall, d.belop
                from vedtak_i_kraft d join valgt v on v.id = d.utlysning_id
                order by d.soknad_id, d.sendt desc, d.id desc
            ),
            sendte as (
                select s.id, s.utlysning_id, s.kommunenummer, s.omsokt, s.vaktform, s.vaktdeling, s.vaktdogn_per_lege,
                       f.fylkesnummer, f.fylkesnavn, f.sentralitetsklasse, f.folketallsgruppe, coalesce(f.kvalifisert, false) as kvalifisert,
                       case when g.utfall in ('INNVILGET', 'DELVIS_INNVILGET') then g.belop end as tildelt,
                       -- SPEC §4.2 as the rules count it, the kommuner sharing the legevakt with the applicant always included.
                       case when 1 + (select count(distinct l.kommunenummer) from soknad_legevakt_kommune l
                                      where l.soknad_id = s.id and l.kommunenummer <> s.kommunenummer) <= %d
                            then 1 else 2 end as prioritetsgruppe
                from soknad s
                join valgt v on v.id = s.utlysning_id
                left join fakta f on f.utlysning_id = s.utlysning_id and f.kommunenummer = s.kommunenummer
                left join gjeldende g on g.soknad_id = s.id
                where s.status not in ('UTKAST', 'TRUKKET')
            )
            """;

    /** Which breakdown a row of a grouping-sets query belongs to; "alle" is the grand total. */
    private static final String DIMENSJON = """
            case when grouping(fylkesnummer) = 0 then 'fylke' when grouping(sentralitetsklasse) = 0 then 'klasse'
                 when grouping(folketallsgruppe) = 0 then 'folketall' %s else 'alle' end""";
    private static final String NOKKEL = """
            case when grouping(fylkesnummer) = 0 then fylkesnummer
                 when grouping(sentralitetsklasse) = 0 then cast(sentralitetsklasse as varchar)
                 when grouping(folketallsgruppe) = 0 then folketallsgruppe %s end""";

    private static final BigDecimal HUNDRE = BigDecimal.valueOf(100);

    @Inject
    EntityManager entityManager;

    @Inject
    UtlysningService utlysninger;

    @Inject
    Rammepott pott;

    @Inject
    TildelingService tildeling;

    @Inject
    Kvalifiseringsoppslag kvalifisering;

    /**
     * A call id as the client wrote it in {@code ?utlysning=}; null when left out. "abc" is a 400 on the field, rather
     * than the 404 JAX-RS gives a bad number in a query parameter.
     */
    public static Long lesUtlysning(String verdi) {
        if (verdi == null || verdi.isBlank()) {
            return null;
        }
        if (!verdi.strip().matches("\\d{1,18}")) {
            throw ProblemException.valideringsfeil("utlysning", "Utlysningen oppgis med id-en sin, et heltall (f.eks. 3).");
        }
        return Long.parseLong(verdi.strip());
    }

    /** The calls the user may see statistics for, newest first: published ones, and drafts too for staff. */
    public List<Utlysning> utlysninger(boolean medUpubliserte) {
        return utlysninger.alle().stream().filter(u -> u.publisert || medUpubliserte).toList();
    }

    /**
     * @param utlysningId    one call, or null for all the user may see
     * @param medUpubliserte whether draft calls count (staff); an evaluator sees published calls only, and a draft's id
     *                       answers 404 as if it did not exist, as the calls' own API does
     */
    public Statistikk beregn(Long utlysningId, boolean medUpubliserte) {
        Utlysning utlysning = null;
        if (utlysningId != null) {
            utlysning = utlysninger.hent(utlysningId);
            if (!utlysning.publisert && !medUpubliserte) {
                throw ProblemException.ikkeFunnet("Utlysning " + utlysningId + " finnes ikke.");
            }
        }
        Sporring sporring = new Sporring(utlysningId, medUpubliserte,
                kvalifiserte(utlysning != null ? List.of(utlysning) : utlysninger(medUpubliserte)));

        Map<String, Map<String, Soknadsgruppe>> soknader = perDimensjon(sporring.rader(GRUPPERT_SOKNADER), Soknadsgruppe::fra);
        Map<String, Map<String, Kvalifiserte>> kvalifiserte = perDimensjon(sporring.rader(GRUPPERT_KVALIFISERTE), Kvalifiserte::fra);
        Soknadsgruppe totalt = soknader.get(ALLE).get(null);
        long kvalifiserteKommuner = kvalifiserte.get(ALLE).get(null).kommuner();
        // One call: the frame it can use now (a re-announcement shares its first call's, utlysning/Rammepott). Several:
        // each pot once, so a re-announcement adds nothing to the first call's frame.
        Object[] utlysningene = sporring.rad("select count(*), coalesce(sum(ramme) filter (where gjenutlysning_av is null), 0) from valgt");
        long ramme = utlysning != null ? pott.ramme(utlysning) : tall(utlysningene[1]);

        Object[] penger = sporring.rad(PENGER);
        Statistikk.Nokkeltall nokkeltall = new Statistikk.Nokkeltall(totalt.soknader(), totalt.omsokt(), totalt.tildelteSoknader(),
                totalt.tildelt(), ramme, prosent(totalt.tildelt(), ramme), totalt.gjennomsnitt(), totalt.median(), venteliste(sporring),
                tall(penger[0]), tall(penger[1]), tall(penger[0]) - tall(penger[1]));
        Statistikk.Dekning dekning = new Statistikk.Dekning(kvalifiserteKommuner, totalt.kommuner(), totalt.sokteKvalifiserte(),
                totalt.tildelteKommuner(), totalt.tildelteKvalifiserte(), prosent(totalt.sokteKvalifiserte(), kvalifiserteKommuner),
                prosent(totalt.tildelteKvalifiserte(), kvalifiserteKommuner));
        return new Statistikk(utlysningId, utlysning == null ? null : utlysning.tittel, tall(utlysningene[0]), nokkeltall, dekning,
                fordeling(soknader, kvalifiserte, "fylke", List.of()),
                fordeling(soknader, kvalifiserte, "klasse", List.of()),
                fordeling(soknader, null, "gruppe", List.of("1", "2")),
                fordeling(soknader, kvalifiserte, "folketall", Arrays.stream(Folketallsgruppe.values()).map(Enum::name).toList()),
                kategorier(sporring), vaktbelastning(sporring));
    }

    /** "utlysning:kommunenummer" of every kommune that qualifies for one of the calls, by the rules' own verdict. */
    private String kvalifiserte(List<Utlysning> utlysningene) {
        StringJoiner kvalifiserte = new StringJoiner(",");
        for (Utlysning u : utlysningene) {
            kvalifisering.kvalifiserte(u).forEach(nummer -> kvalifiserte.add(u.id + ":" + nummer));
        }
        return kvalifiserte.toString();
    }

    /**
     * The money that has moved on the chosen calls' decisions: paid out (every payment, also on a decision later
     * corrected, since the money left), and come back on repayment claims (paid in or set off).
     */
    private static final String PENGER = """
            select coalesce((select sum(u.belop) from utbetaling u join vedtak d on d.id = u.vedtak_id
                             join valgt v on v.id = d.utlysning_id), 0),
                   coalesce((select sum(t.belop) from tilbakebetaling t join tilbakebetalingskrav k on k.id = t.krav_id
                             join vedtak d on d.id = k.vedtak_id join valgt v on v.id = d.utlysning_id), 0)
            """;

    /** The dimension of the grand total in the grouping-sets queries. */
    private static final String ALLE = "alle";

    /** The sent applications by fylke, class, priority group and band, and the grand total, in one pass. */
    private static final String GRUPPERT_SOKNADER = "select " + DIMENSJON.formatted("when grouping(prioritetsgruppe) = 0 then 'gruppe'")
            + ", " + NOKKEL.formatted("when grouping(prioritetsgruppe) = 0 then cast(prioritetsgruppe as varchar)") + """
            , case when grouping(fylkesnummer) = 0 then min(fylkesnavn) end, count(*), count(distinct kommunenummer),
              coalesce(sum(omsokt), 0), count(tildelt), count(distinct kommunenummer) filter (where tildelt is not null),
              coalesce(sum(tildelt), 0), round(avg(tildelt), 2),
              -- Whole kroner are exact in double precision, and so is the mean of the middle two.
              round(cast(percentile_cont(0.5) within group (order by tildelt) as numeric), 2),
              count(distinct kommunenummer) filter (where kvalifisert),
              count(distinct kommunenummer) filter (where kvalifisert and tildelt is not null)
            from sendte
            group by grouping sets ((), (fylkesnummer), (sentralitetsklasse), (prioritetsgruppe), (folketallsgruppe))
            """;

    /** A row of {@link #GRUPPERT_SOKNADER}: a breakdown's row, or the grand total. */
    private record Soknadsgruppe(String navn, long soknader, long kommuner, long omsokt, long tildelteSoknader, long tildelteKommuner,
            long tildelt, BigDecimal gjennomsnitt, BigDecimal median, long sokteKvalifiserte, long tildelteKvalifiserte) {

        static Soknadsgruppe fra(Object[] r) {
            return new Soknadsgruppe((String) r[2], tall(r[3]), tall(r[4]), tall(r[5]), tall(r[6]), tall(r[7]), tall(r[8]), desimal(r[9]),
                    desimal(r[10]), tall(r[11]), tall(r[12]));
        }
    }

    /** The eligible kommuner of the calls, each once, by fylke, class and band, and in all. */
    private static final String GRUPPERT_KVALIFISERTE = "select " + DIMENSJON.formatted("") + ", " + NOKKEL.formatted("") + """
            , case when grouping(fylkesnummer) = 0 then min(fylkesnavn) end, count(distinct kommunenummer)
            from fakta where kvalifisert
            group by grouping sets ((), (fylkesnummer), (sentralitetsklasse), (folketallsgruppe))
            """;

    /** A row of {@link #GRUPPERT_KVALIFISERTE}. */
    private record Kvalifiserte(String navn, long kommuner) {

        static Kvalifiserte fra(Object[] r) {
            return new Kvalifiserte((String) r[2], tall(r[3]));
        }
    }

    /** Rows of a grouping-sets query by dimension (first column) and key (second column; null for the grand total). */
    private static <T> Map<String, Map<String, T>> perDimensjon(List<Object[]> rader, Function<Object[], T> fra) {
        Map<String, Map<String, T>> dimensjoner = new HashMap<>();
        for (Object[] rad : rader) {
            dimensjoner.computeIfAbsent((String) rad[0], d -> new HashMap<>()).put((String) rad[1], fra.apply(rad));
        }
        return dimensjoner;
    }

    /**
     * One breakdown: the rows of the applications joined with the eligible kommuner of the same key, so a fylke with
     * eligible kommuner and no applicant shows too (nobody there applied). {@code faste} are keys shown even when empty;
     * {@code kvalifiserte} is null for the priority groups, which belong to applications rather than kommuner.
     */
    private static List<Statistikk.Fordeling> fordeling(Map<String, Map<String, Soknadsgruppe>> soknader,
            Map<String, Map<String, Kvalifiserte>> kvalifiserte, String dimensjon, List<String> faste) {
        Map<String, Soknadsgruppe> medSoknader = soknader.getOrDefault(dimensjon, Map.of());
        Map<String, Kvalifiserte> medKvalifiserte = kvalifiserte == null ? Map.of() : kvalifiserte.getOrDefault(dimensjon, Map.of());
        // Fixed keys in their own order; the others (fylkesnummer, class) by key, with an applicant missing from the
        // registry last.
        Set<String> nokler = new LinkedHashSet<>(faste);
        TreeSet<String> ovrige = new TreeSet<>(Comparator.nullsLast(Comparator.<String>naturalOrder()));
        ovrige.addAll(medSoknader.keySet());
        ovrige.addAll(medKvalifiserte.keySet());
        nokler.addAll(ovrige);
        Soknadsgruppe ingen = new Soknadsgruppe(null, 0, 0, 0, 0, 0, 0, null, null, 0, 0);
        List<Statistikk.Fordeling> rader = new ArrayList<>();
        for (String nokkel : nokler) {
            Soknadsgruppe s = medSoknader.getOrDefault(nokkel, ingen);
            Kvalifiserte k = medKvalifiserte.get(nokkel);
            String navn = s.navn() != null ? s.navn() : k != null ? k.navn() : null;
            rader.add(new Statistikk.Fordeling(nokkel, navn, s.soknader(), s.kommuner(), s.omsokt(), s.tildelteSoknader(),
                    s.tildelteKommuner(), s.tildelt(), kvalifiserte == null ? null : k == null ? 0L : k.kommuner()));
        }
        return rader;
    }

    /** Every category, in the enum's order, also those nobody asked for. */
    private static List<Statistikk.Kategori> kategorier(Sporring sporring) {
        Map<TiltakKategori, Object[]> rader = new EnumMap<>(TiltakKategori.class);
        for (Object[] rad : sporring.rader("""
                select t.kategori, count(distinct t.id), count(distinct t.soknad_id), coalesce(sum(b.belop), 0),
                       count(distinct t.soknad_id) filter (where s.tildelt is not null),
                       coalesce(sum(b.belop) filter (where s.tildelt is not null), 0)
                from sendte s join tiltak t on t.soknad_id = s.id left join budsjettlinje b on b.tiltak_id = t.id
                group by t.kategori
                """)) {
            rader.put(TiltakKategori.valueOf((String) rad[0]), rad);
        }
        List<Statistikk.Kategori> kategorier = new ArrayList<>();
        for (TiltakKategori kategori : TiltakKategori.values()) {
            Object[] r = rader.get(kategori);
            kategorier.add(r == null ? new Statistikk.Kategori(kategori, 0, 0, 0, 0, 0)
                    : new Statistikk.Kategori(kategori, tall(r[1]), tall(r[2]), tall(r[3]), tall(r[4]), tall(r[5])));
        }
        return kategorier;
    }

    /**
     * Hours per doctor from each application's rota and form of duty, averaged in SQL. The hours of a whole rota per
     * form come from the rules' own calculation, so the formula of SPEC §4.8 stays in one place.
     */
    private static Statistikk.Vaktbelastningstall vaktbelastning(Sporring sporring) {
        StringBuilder timer = new StringBuilder("case vaktform");
        Map<String, Object> parametre = new HashMap<>();
        for (Vaktform form : Vaktform.values()) {
            timer.append(" when '").append(form.name()).append("' then cast(:").append(form.name()).append(" as numeric)");
            parametre.put(form.name(), Vaktbelastning.beregn(Vaktbelastning.Grunnlag.standard(1, form)).timerTotalt());
        }
        timer.append(" end / nullif(vaktdeling, 0)");
        String snitt = "count(timer) filter (where %1$s), round(avg(timer) filter (where %1$s), 2), "
                + "round(avg(vaktdogn_per_lege) filter (where %1$s and timer is not null), 2)";
        Object[] rad = sporring.rad("select " + snitt.formatted("true") + ", " + snitt.formatted("tildelt is not null") + ", "
                + snitt.formatted("tildelt is null") + " from (select tildelt, vaktdogn_per_lege, " + timer + " as timer from sendte) x",
                parametre);
        Function<Integer, Statistikk.Snitt> fra = i -> new Statistikk.Snitt(tall(rad[i]), desimal(rad[i + 1]), desimal(rad[i + 2]));
        return new Statistikk.Vaktbelastningstall(fra.apply(0), fra.apply(3), fra.apply(6));
    }

    /**
     * The rules' waiting list, added up over the calls that have sent applications: the rules alone know the order,
     * with approved and sent decisions as fixed inputs, exactly as the allocation page shows it.
     */
    private long venteliste(Sporring sporring) {
        long antall = 0;
        for (Object id : sporring.kolonne("select v.id from valgt v where exists (select 1 from sendte s where s.utlysning_id = v.id)")) {
            antall += tildeling.forslag(tall(id), null).tildelinger().stream()
                    .filter(r -> r.status() == Tildelingsstatus.VENTELISTE).count();
        }
        return antall;
    }

    /** A native query on top of {@link #GRUNNLAG}, for the chosen call or all calls the user may see. */
    private final class Sporring {

        private final Long utlysningId;
        private final boolean medUpubliserte;
        private final String kvalifiserte;

        Sporring(Long utlysningId, boolean medUpubliserte, String kvalifiserte) {
            this.utlysningId = utlysningId;
            this.medUpubliserte = medUpubliserte;
            this.kvalifiserte = kvalifiserte;
        }

        @SuppressWarnings("unchecked")
        List<Object[]> rader(String sql) {
            return lag(sql, Map.of()).getResultList();
        }

        /** The one column of each row. */
        List<?> kolonne(String sql) {
            return lag(sql, Map.of()).getResultList();
        }

        Object[] rad(String sql) {
            return rad(sql, Map.of());
        }

        Object[] rad(String sql, Map<String, Object> parametre) {
            return (Object[]) lag(sql, parametre).getSingleResult();
        }

        private Query lag(String sql, Map<String, Object> parametre) {
            String grunnlag = GRUNNLAG.formatted(utlysningId == null ? "" : "and u.id = :utlysning",
                    Folketallsgruppe.sql("coalesce(f.folketall, k.folketall)"), Soknadsgrunnlag.MAKS_KOMMUNER_GRUPPE_1);
            Query query = entityManager.createNativeQuery(grunnlag + sql).setParameter("medUpubliserte", medUpubliserte)
                    .setParameter("kvalifiserte", kvalifiserte);
            if (utlysningId != null) {
                query.setParameter("utlysning", utlysningId);
            }
            parametre.forEach(query::setParameter);
            return query;
        }
    }

    private static long tall(Object verdi) {
        return ((Number) verdi).longValue();
    }

    private static BigDecimal desimal(Object verdi) {
        return verdi == null ? null : new BigDecimal(verdi.toString());
    }

    /** {@code del} in per cent of {@code av}, one decimal; null when there is nothing to be a share of. */
    private static BigDecimal prosent(long del, long av) {
        return av == 0 ? null : BigDecimal.valueOf(del).multiply(HUNDRE).divide(BigDecimal.valueOf(av), 1, RoundingMode.HALF_UP);
    }
}
