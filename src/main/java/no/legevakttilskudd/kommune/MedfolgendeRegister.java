package no.legevakttilskudd.kommune;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;
import no.legevakttilskudd.felles.Aktor;
import no.legevakttilskudd.felles.Csv;
import no.legevakttilskudd.felles.Organisasjonsnummer;
import no.legevakttilskudd.felles.hendelse.HendelseService;

/**
 * The registry shipped with the system (docs/data.md): SSB's kommuner with centrality and population, the population
 * counts 2020–2026, and each kommune's organisation number from Enhetsregisteret. Loaded on the first start; on a later
 * start, facts added to the shipped files since (more years, the organisation numbers, the index release) are filled
 * into the shipped version where it lacks them, and a start where nothing is missing writes nothing. A fact is only ever added where it was missing, never changed, so the
 * version stays what the calls that use it were judged on.
 */
@ApplicationScoped
class MedfolgendeRegister {

    static final String KOMMUNER = "kommuneregister/kommuner.csv";
    static final String KILDE = "SSB Klass 128 (sentralitet) og tabell 07459 (folketall 1.1.2024), se docs/data.md";
    /** The release of the index the shipped classes are (docs/data.md, «Sentralitet»). */
    static final String INDEKSVERSJON = "SSB sentralitetsindeks, 2024-oppdateringen (2024-kommunene)";
    private static final List<String> FOLKETALL = List.of("kommuneregister/folketall-2020-2023.csv", "kommuneregister/folketall.csv");
    private static final String ORGANISASJONSNUMMER = "kommuneregister/organisasjonsnummer.csv";

    @Inject
    KommuneregisterService register;

    @Inject
    EntityManager entityManager;

    @Inject
    HendelseService hendelser;

    @Transactional
    void lastInnVedOppstart(@Observes @Priority(10) StartupEvent event) {
        register.las();
        if (KommuneregisterVersjon.count() == 0) {
            KommuneregisterCsv.Resultat resultat = KommuneregisterCsv.les(lesRessurs(KOMMUNER));
            if (!resultat.ok()) {
                throw new IllegalStateException("Det medfølgende kommuneregisteret er ugyldig: " + resultat.feil());
            }
            register.lagreNyVersjon(resultat.rader(), KILDE, Aktor.SYSTEM);
        }
        for (KommuneregisterVersjon versjon : KommuneregisterVersjon.<KommuneregisterVersjon>list("kilde", KILDE)) {
            List<String> lagtTil = new ArrayList<>();
            if (versjon.indeksversjon == null) {
                versjon.indeksversjon = INDEKSVERSJON;
                lagtTil.add("indeksversjon");
            }
            int folketall = FOLKETALL.stream().mapToInt(fil -> lastFolketall(versjon.id, fil)).sum();
            if (folketall > 0) {
                lagtTil.add(folketall + " folketall");
            }
            int organisasjonsnummer = fyllInnOrganisasjonsnummer(versjon.id);
            if (organisasjonsnummer > 0) {
                lagtTil.add(organisasjonsnummer + " organisasjonsnummer");
            }
            // Facts added to a version are in the log like the version itself: when, and what.
            if (!lagtTil.isEmpty()) {
                hendelser.registrer(Aktor.SYSTEM, "KOMMUNEREGISTER", versjon.id, "REGISTER_SUPPLERT", null, String.join(", ", lagtTil));
            }
        }
    }

    /** Population counts in long format (kommunenummer,aar,folketall), checked line by line; years already there are kept. */
    private int lastFolketall(long versjonId, String fil) {
        List<Integer> harAar = register.folketallAar(versjonId);
        Set<Integer> aarIFilen = new HashSet<>();
        StringBuilder verdier = new StringBuilder();
        for (Csv.Rad rad : Csv.les(lesRessurs(fil))) {
            if (rad.erTom()) {
                continue;
            }
            List<String> felt = rad.felter();
            if (felt.size() != 3 || !Kommunenummer.erGyldig(felt.get(0)) || !felt.get(1).matches("\\d{4}")
                    || !felt.get(2).matches("\\d{1,8}")) {
                throw new IllegalStateException(fil + " linje " + rad.linje() + " er ugyldig: " + felt);
            }
            aarIFilen.add(Integer.valueOf(felt.get(1)));
            verdier.append(verdier.isEmpty() ? "" : ",").append('(').append(versjonId).append(",'").append(felt.get(0)).append("',")
                    .append(felt.get(1)).append(',').append(felt.get(2)).append(')');
        }
        // A start where the version has every year of the file already writes nothing.
        if (harAar.containsAll(aarIFilen)) {
            return 0;
        }
        // Values were checked above to be digits only, so building the statement is safe; one round trip instead of a thousand.
        // Only kommuner of the version: a count for a code the version lacks has nothing to belong to.
        return entityManager.createNativeQuery("insert into kommune_folketall (versjon_id, kommunenummer, aar, folketall) "
                + "select v.* from (values " + verdier + ") as v(versjon_id, kommunenummer, aar, folketall) "
                + "where exists (select 1 from kommune k where k.versjon_id = v.versjon_id and k.kommunenummer = v.kommunenummer) "
                + "on conflict do nothing").executeUpdate();
    }

    /** Each kommune's organisation number (Enhetsregisteret), where the version has none; every number passes its check digit. */
    private int fyllInnOrganisasjonsnummer(long versjonId) {
        Number mangler = (Number) entityManager.createNativeQuery("select count(*) from kommune where versjon_id = :versjon "
                + "and organisasjonsnummer is null").setParameter("versjon", versjonId).getSingleResult();
        if (mangler.longValue() == 0) {
            return 0;
        }
        Map<String, String> numre = new TreeMap<>();
        for (Csv.Rad rad : Csv.les(lesRessurs(ORGANISASJONSNUMMER))) {
            if (rad.erTom()) {
                continue;
            }
            List<String> felt = rad.felter();
            if (felt.size() != 2 || !Kommunenummer.erGyldig(felt.get(0)) || !Organisasjonsnummer.erGyldig(felt.get(1))) {
                throw new IllegalStateException(ORGANISASJONSNUMMER + " linje " + rad.linje() + " er ugyldig: " + felt);
            }
            numre.put(felt.get(0), felt.get(1));
        }
        StringBuilder verdier = new StringBuilder();
        numre.forEach((kommune, orgnr) -> verdier.append(verdier.isEmpty() ? "" : ",").append("('").append(kommune).append("','")
                .append(orgnr).append("')"));
        return entityManager.createNativeQuery("update kommune k set organisasjonsnummer = v.orgnr from (values " + verdier
                + ") as v(kommunenummer, orgnr) where k.versjon_id = :versjon and k.kommunenummer = v.kommunenummer "
                + "and k.organisasjonsnummer is null").setParameter("versjon", versjonId).executeUpdate();
    }

    private static String lesRessurs(String navn) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(navn)) {
            if (in == null) {
                throw new IllegalStateException("Fant ikke " + navn + " på klassestien");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
