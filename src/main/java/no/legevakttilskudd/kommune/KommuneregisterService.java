package no.legevakttilskudd.kommune;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import no.legevakttilskudd.felles.Aktor;
import no.legevakttilskudd.felles.Side;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.felles.problem.ProblemException;

/** The kommune registry: loads the shipped SSB data once, answers look-ups, and replaces it with a validated upload. */
@ApplicationScoped
public class KommuneregisterService {

    public static final String MEDFOLGENDE_FIL = "kommuneregister/kommuner.csv";
    static final String MEDFOLGENDE_KILDE = "SSB Klass 128 (sentralitet) og tabell 07459 (folketall 1.1.2024), se docs/data.md";
    /** Serialises registry loads across application instances that share one database. */
    private static final long LAST_LAS = 7_401_001L;

    @Inject
    EntityManager entityManager;

    @Inject
    HendelseService hendelser;

    @Inject
    Clock clock;

    @Transactional
    void lastInnVedOppstart(@Observes @Priority(10) StartupEvent event) {
        las();
        if (KommuneregisterVersjon.count() == 0) {
            KommuneregisterCsv.Resultat resultat = KommuneregisterCsv.les(medfolgendeCsv());
            if (!resultat.ok()) {
                throw new IllegalStateException("Det medfølgende kommuneregisteret er ugyldig: " + resultat.feil());
            }
            lagreNyVersjon(resultat.rader(), MEDFOLGENDE_KILDE, Aktor.SYSTEM);
        }
    }

    /** Replaces the active registry with an uploaded CSV. Every row is checked first; one bad row stores nothing. */
    @Transactional
    public KommuneregisterVersjon erstatt(String csv, String kilde, Aktor aktor) {
        KommuneregisterCsv.Resultat resultat = KommuneregisterCsv.les(csv);
        if (!resultat.ok()) {
            throw ProblemException.valideringsfeil(resultat.feil());
        }
        las();
        return lagreNyVersjon(resultat.rader(), kilde == null || kilde.isBlank() ? "Opplastet CSV" : kilde.strip(), aktor);
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

    public Optional<Kommune> finn(long versjonId, String kommunenummer) {
        return Kommune.findByIdOptional(new Kommune.Id(versjonId, kommunenummer));
    }

    /** All rows of the given numbers in one query, for checks that look up many at once. */
    public Map<String, Kommune> finnAlle(long versjonId, List<String> kommunenumre) {
        Map<String, Kommune> funnet = new HashMap<>();
        if (kommunenumre.isEmpty()) {
            return funnet;
        }
        List<Kommune> rader = Kommune.list("id.versjonId = ?1 and id.kommunenummer in ?2", versjonId, kommunenumre);
        rader.forEach(kommune -> funnet.put(kommune.kommunenummer(), kommune));
        return funnet;
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

    private KommuneregisterVersjon lagreNyVersjon(List<KommuneRad> rader, String kilde, Aktor aktor) {
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
        hendelser.registrer(aktor, "KOMMUNEREGISTER", versjon.id, "REGISTER_LASTET_INN",
                forrige == null ? null : "versjon " + forrige.id + " (" + forrige.antallKommuner + " kommuner)",
                "versjon " + versjon.id + " (" + versjon.antallKommuner + " kommuner), kilde: " + kilde);
        return versjon;
    }

    private void las() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(" + LAST_LAS + ")").getSingleResult();
    }

    private static String medfolgendeCsv() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(MEDFOLGENDE_FIL)) {
            if (in == null) {
                throw new IllegalStateException("Fant ikke " + MEDFOLGENDE_FIL + " på klassestien");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
