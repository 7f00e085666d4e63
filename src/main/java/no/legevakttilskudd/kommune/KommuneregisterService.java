package no.legevakttilskudd.kommune;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import no.legevakttilskudd.felles.Aktor;
import no.legevakttilskudd.felles.Side;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.felles.problem.ProblemException;

/** The kommune registry: loads the shipped SSB data once, answers look-ups, and replaces it with a validated upload. */
@ApplicationScoped
public class KommuneregisterService {

    /** Serialises registry loads across application instances that share one database. */
    private static final long LAST_LAS = 7_401_001L;

    @Inject
    EntityManager entityManager;

    @Inject
    HendelseService hendelser;

    @Inject
    Clock clock;

    /**
     * The kommuner of each registry version, in the order of {@link #alle}. A version is written once, in the
     * transaction that loads it, and never changed or deleted (an upload makes a new one); so each instance reads a
     * version once instead of on every form, page header and submission. Detached, for reading only.
     */
    private final Map<Long, Map<String, Kommune>> versjoner = new ConcurrentHashMap<>();
    private final Map<Folketallnokkel, Map<String, Integer>> folketall = new ConcurrentHashMap<>();
    /** The counties of each version, derived from {@link #versjoner} once, for the same reason. */
    private final Map<Long, List<Fylke>> fylker = new ConcurrentHashMap<>();

    /** The years the version has population figures for, ascending. */
    @SuppressWarnings("unchecked")
    public List<Integer> folketallAar(long versjonId) {
        return ((List<Number>) entityManager.createNativeQuery("select distinct aar from kommune_folketall where versjon_id = :v order by aar")
                .setParameter("v", versjonId).getResultList()).stream().map(Number::intValue).toList();
    }

    /**
     * Population on 1 January of the given year, by kommunenummer; kommuner without a figure for that year are absent.
     * A year's figures are loaded all at once and then stay as they are, so they are read once per instance; a year
     * without figures may still be loaded (the shipped counts are added at start-up) and is not remembered.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Integer> folketall(long versjonId, int aar) {
        Folketallnokkel nokkel = new Folketallnokkel(versjonId, aar);
        Map<String, Integer> kjent = folketall.get(nokkel);
        if (kjent != null) {
            return kjent;
        }
        Map<String, Integer> lest = new HashMap<>();
        List<Object[]> rader = entityManager.createNativeQuery(
                "select kommunenummer, folketall from kommune_folketall where versjon_id = :v and aar = :aar")
                .setParameter("v", versjonId).setParameter("aar", aar).getResultList();
        rader.forEach(rad -> lest.put((String) rad[0], ((Number) rad[1]).intValue()));
        Map<String, Integer> uforanderlig = Map.copyOf(lest);
        if (!uforanderlig.isEmpty()) {
            folketall.put(nokkel, uforanderlig);
        }
        return uforanderlig;
    }

    private record Folketallnokkel(long versjonId, int aar) {
    }

    /** Replaces the active registry with an uploaded CSV. Every row is checked first; one bad row stores nothing. */
    @Transactional
    public KommuneregisterVersjon erstatt(String csv, String kilde, Aktor aktor) {
        return erstatt(csv, kilde, null, aktor);
    }

    /**
     * As {@link #erstatt(String, String, Aktor)}, but only while {@code forventetAktiv} is still the active version: an
     * admin who confirmed a preview agreed to the changes against that version, not against one loaded since (409).
     */
    @Transactional
    public KommuneregisterVersjon erstatt(String csv, String kilde, Long forventetAktiv, Aktor aktor) {
        KommuneregisterCsv.Resultat resultat = KommuneregisterCsv.les(csv);
        if (!resultat.ok()) {
            throw ProblemException.valideringsfeil(resultat.feil());
        }
        las();
        if (forventetAktiv != null && forventetAktiv != aktivVersjon().id.longValue()) {
            throw ProblemException.konflikt("register-endret", "Kommuneregisteret er endret siden forhåndsvisningen. "
                    + "Se over endringene på nytt før du bruker filen.");
        }
        return lagreNyVersjon(resultat.rader(), kilde == null || kilde.isBlank() ? "Opplastet CSV" : kilde.strip(), aktor);
    }

    /**
     * What {@link #erstatt} would change, without storing anything: the same all-or-nothing check of the file (400
     * with every error), then a comparison with the active version.
     */
    public Registerendringer forhandsvis(String csv) {
        KommuneregisterCsv.Resultat resultat = KommuneregisterCsv.les(csv);
        if (!resultat.ok()) {
            throw ProblemException.valideringsfeil(resultat.feil());
        }
        KommuneregisterVersjon aktiv = aktivVersjon();
        Map<String, KommuneRad> gamle = new TreeMap<>();
        Kommune.<Kommune>list("id.versjonId", aktiv.id).forEach(k -> gamle.put(k.kommunenummer(), rad(k)));
        Map<String, KommuneRad> nye = new TreeMap<>();
        resultat.rader().forEach(r -> nye.put(r.kommunenummer(), r));
        List<KommuneRad> lagtTil = nye.values().stream().filter(r -> !gamle.containsKey(r.kommunenummer())).toList();
        List<KommuneRad> fjernet = gamle.values().stream().filter(r -> !nye.containsKey(r.kommunenummer())).toList();
        List<Registerendringer.Endring> klasse = new ArrayList<>();
        List<Registerendringer.Endring> folketall = new ArrayList<>();
        int andre = 0;
        for (KommuneRad ny : nye.values()) {
            KommuneRad gammel = gamle.get(ny.kommunenummer());
            if (gammel == null) {
                continue;
            }
            if (gammel.sentralitetsklasse() != ny.sentralitetsklasse()) {
                klasse.add(new Registerendringer.Endring(ny.kommunenummer(), ny.navn(), gammel.sentralitetsklasse(),
                        ny.sentralitetsklasse(), 0, 0));
            }
            if (gammel.folketall() != ny.folketall() || gammel.folketallAar() != ny.folketallAar()) {
                folketall.add(new Registerendringer.Endring(ny.kommunenummer(), ny.navn(), gammel.folketall(), ny.folketall(),
                        gammel.folketallAar(), ny.folketallAar()));
            }
            if (!gammel.navn().equals(ny.navn()) || !gammel.fylkesnummer().equals(ny.fylkesnummer())
                    || !gammel.fylkesnavn().equals(ny.fylkesnavn()) || gammel.sentralitetsindeks() != ny.sentralitetsindeks()
                    || ny.organisasjonsnummer() != null && !ny.organisasjonsnummer().equals(gammel.organisasjonsnummer())) {
                andre++;
            }
        }
        return new Registerendringer(aktiv.id, nye.size(), lagtTil, fjernet, List.copyOf(klasse), List.copyOf(folketall), andre);
    }

    private static KommuneRad rad(Kommune k) {
        return new KommuneRad(k.kommunenummer(), k.navn, k.fylkesnummer, k.fylkesnavn, k.sentralitetsklasse, k.sentralitetsindeks,
                k.folketall, k.folketallAar, k.organisasjonsnummer);
    }

    public KommuneregisterVersjon aktivVersjon() {
        KommuneregisterVersjon aktiv = KommuneregisterVersjon.aktiv();
        if (aktiv == null) {
            throw new IllegalStateException("Kommuneregisteret er ikke lastet inn");
        }
        return aktiv;
    }

    public List<KommuneregisterVersjon> versjoner() {
        return KommuneregisterVersjon.listAll(Sort.descending("id"));
    }

    /** Every kommune of a version, by fylke and name: the list a kommune picks its legevakt partners from. */
    public List<Kommune> alle(long versjonId) {
        return List.copyOf(versjon(versjonId).values());
    }

    /**
     * The counties of a version by number, for filters. Going through every kommune at each view was nearly half the
     * work list's CPU in a call with 10 000 applications (docs/performance.md, «Andre runde»).
     */
    public List<Fylke> fylker(long versjonId) {
        return fylker.computeIfAbsent(versjonId, v -> {
            Map<String, String> navn = new TreeMap<>();
            versjon(v).values().forEach(k -> navn.putIfAbsent(k.fylkesnummer, k.fylkesnavn));
            return navn.entrySet().stream().map(e -> new Fylke(e.getKey(), e.getValue())).toList();
        });
    }

    public Optional<Kommune> finn(long versjonId, String kommunenummer) {
        return Optional.ofNullable(versjon(versjonId).get(kommunenummer));
    }

    /** All rows of the given numbers in one query, for checks that look up many at once. */
    /** "Træna (1835)" for each number, in the order given, as pages name the kommuner of a legevakt; a number the version lacks stays a number. */
    public List<String> navngitt(long versjonId, List<String> kommunenumre) {
        Map<String, Kommune> kjente = finnAlle(versjonId, kommunenumre);
        return kommunenumre.stream().map(nr -> kjente.containsKey(nr) ? kjente.get(nr).navn + " (" + nr + ")" : nr).toList();
    }

    public Map<String, Kommune> finnAlle(long versjonId, List<String> kommunenumre) {
        Map<String, Kommune> funnet = new HashMap<>();
        if (kommunenumre.isEmpty()) {
            return funnet;
        }
        Map<String, Kommune> versjon = versjon(versjonId);
        for (String nummer : kommunenumre) {
            Kommune kommune = versjon.get(nummer);
            if (kommune != null) {
                funnet.put(nummer, kommune);
            }
        }
        return funnet;
    }

    private Map<String, Kommune> versjon(long versjonId) {
        Map<String, Kommune> kjent = versjoner.get(versjonId);
        if (kjent != null) {
            return kjent;
        }
        Map<String, Kommune> lest = new LinkedHashMap<>();
        for (Kommune kommune : Kommune.<Kommune>list("id.versjonId = ?1 order by fylkesnummer, navn", versjonId)) {
            entityManager.detach(kommune);
            lest.put(kommune.kommunenummer(), kommune);
        }
        Map<String, Kommune> uforanderlig = Collections.unmodifiableMap(lest);
        // An unknown version (none loaded with that id yet) is not remembered.
        if (!lest.isEmpty()) {
            versjoner.put(versjonId, uforanderlig);
        }
        return uforanderlig;
    }

    public Side<Kommune> sok(long versjonId, String fylkesnummer, Integer sentralitetsklasse, Integer folketallUnder,
            int side, int storrelse) {
        Side.valider(side, storrelse);
        StringBuilder query = new StringBuilder("id.versjonId = :versjon");
        Map<String, Object> parametre = new HashMap<>();
        parametre.put("versjon", versjonId);
        if (fylkesnummer != null && !fylkesnummer.isBlank()) {
            query.append(" and fylkesnummer = :fylke");
            parametre.put("fylke", fylkesnummer.strip());
        }
        if (sentralitetsklasse != null) {
            query.append(" and sentralitetsklasse = :klasse");
            parametre.put("klasse", sentralitetsklasse);
        }
        if (folketallUnder != null) {
            query.append(" and folketall < :folketall");
            parametre.put("folketall", folketallUnder);
        }
        PanacheQuery<Kommune> sporring = Kommune.find(query.toString(), Sort.ascending("id.kommunenummer"), parametre);
        long totalt = sporring.count();
        List<Kommune> elementer = sporring.page(Page.of(side - 1, storrelse)).list();
        return new Side<>(elementer, side, storrelse, totalt);
    }

    KommuneregisterVersjon lagreNyVersjon(List<KommuneRad> rader, String kilde, Aktor aktor) {
        KommuneregisterVersjon forrige = KommuneregisterVersjon.aktiv();
        if (forrige != null) {
            forrige.aktiv = false;
            entityManager.flush();
        }
        KommuneregisterVersjon versjon = new KommuneregisterVersjon();
        versjon.kilde = kilde;
        versjon.lastetInn = clock.instant();
        versjon.lastetInnAv = aktor.navn();
        versjon.antallKommuner = rader.size();
        versjon.aktiv = true;
        versjon.persist();
        List<Kommune> kommuner = new ArrayList<>(rader.size());
        for (KommuneRad rad : rader) {
            Kommune kommune = new Kommune();
            kommune.id = new Kommune.Id(versjon.id, rad.kommunenummer());
            kommune.navn = rad.navn();
            kommune.fylkesnummer = rad.fylkesnummer();
            kommune.fylkesnavn = rad.fylkesnavn();
            kommune.sentralitetsklasse = rad.sentralitetsklasse();
            kommune.sentralitetsindeks = rad.sentralitetsindeks();
            kommune.folketall = rad.folketall();
            kommune.folketallAar = rad.folketallAar();
            kommune.organisasjonsnummer = rad.organisasjonsnummer();
            kommuner.add(kommune);
        }
        Kommune.persist(kommuner);
        entityManager.flush();
        entityManager.createNativeQuery("insert into kommune_folketall (versjon_id, kommunenummer, aar, folketall) "
                + "select versjon_id, kommunenummer, folketall_aar, folketall from kommune where versjon_id = :v")
                .setParameter("v", versjon.id).executeUpdate();
        if (forrige != null) {
            // Counts for other years are facts that do not change with a new upload: carry them over for the same kommuner.
            entityManager.createNativeQuery("insert into kommune_folketall (versjon_id, kommunenummer, aar, folketall) "
                    + "select :ny, f.kommunenummer, f.aar, f.folketall from kommune_folketall f "
                    + "join kommune k on k.versjon_id = :ny and k.kommunenummer = f.kommunenummer "
                    + "where f.versjon_id = :forrige on conflict do nothing")
                    .setParameter("ny", versjon.id).setParameter("forrige", forrige.id).executeUpdate();
            // So is an organisation number: a file without the optional column keeps the numbers the registry knew.
            entityManager.createNativeQuery("update kommune k set organisasjonsnummer = f.organisasjonsnummer from kommune f "
                    + "where k.versjon_id = :ny and f.versjon_id = :forrige and f.kommunenummer = k.kommunenummer "
                    + "and k.organisasjonsnummer is null and f.organisasjonsnummer is not null")
                    .setParameter("ny", versjon.id).setParameter("forrige", forrige.id).executeUpdate();
        }
        hendelser.registrer(aktor, "KOMMUNEREGISTER", versjon.id, "REGISTER_LASTET_INN",
                forrige == null ? null : "versjon " + forrige.id + " (" + forrige.antallKommuner + " kommuner)",
                "versjon " + versjon.id + " (" + versjon.antallKommuner + " kommuner), kilde: " + kilde);
        return versjon;
    }

    void las() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(" + LAST_LAS + ")").getSingleResult();
    }
}
