package no.legevakttilskudd.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import no.legevakttilskudd.felles.Aktor;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.regler.Vaktform;
import no.legevakttilskudd.soknad.Budsjettlinje;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.soknad.SoknadService;
import no.legevakttilskudd.soknad.SoknadStatus;
import no.legevakttilskudd.soknad.Tiltak;
import no.legevakttilskudd.regler.TiltakKategori;
import no.legevakttilskudd.utlysning.Kontaktpunkt;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningInput;
import no.legevakttilskudd.utlysning.UtlysningService;

/**
 * Demo data for the dev profile (legevakttilskudd.demo-data=true): the 2022 round with its frame raised from 50 to
 * 62 mill and sent applications from real kommuner, eligible and not; and an open call for next year, so the demo
 * kommune users can walk through an application. Written once, into an empty database.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final Aktor DEMO = new Aktor("demo-data", "system");
    private static final long LAS = 7_401_002L;
    /** The call's own words on appeals: who handles them. The deadline is the letter's, one rule (vedtak/Klagefrist). */
    private static final String KLAGEINSTANS = "Klagen behandles av Helse- og omsorgsdepartementet.";

    /** kommunenummer, legevakt kommuner, doctors, n-delt, duty days, form, budget lines (category, text, NOK). */
    private record DemoSoknad(String kommunenummer, List<String> legevakt, int leger, int deling, int dogn, Vaktform form,
            String formal, List<Linje> linjer, String sendt) {
    }

    private record Linje(TiltakKategori kategori, String tekst, long belop) {
    }

    private static final List<DemoSoknad> SOKNADER_2022 = List.of(
            new DemoSoknad("1856", List.of("1856"), 2, 2, 182, Vaktform.HJEMMEVAKT,
                    "Rekruttere og beholde leger på Røst med rotasjonsordning og bakvakt.",
                    List.of(new Linje(TiltakKategori.REKRUTTERING, "Vikarlege i rotasjon, 8 uker", 1_100_000),
                            new Linje(TiltakKategori.KOMPETANSE, "Akuttmedisinkurs og trening med ambulansetjenesten", 250_000),
                            new Linje(TiltakKategori.UTSTYR, "Defibrillator og akuttsekk", 180_000)), "2022-05-10T09:12"),
            new DemoSoknad("1857", List.of("1857"), 2, 2, 182, Vaktform.HJEMMEVAKT,
                    "Styrke legevakten på Værøy med fast bakvakt og bedre utstyr.",
                    List.of(new Linje(TiltakKategori.REKRUTTERING, "Bakvaktordning for leger i spesialisering", 900_000),
                            new Linje(TiltakKategori.UTSTYR, "Oppgradering av legevaktrom", 700_000)), "2022-05-12T14:40"),
            new DemoSoknad("1839", List.of("1839"), 3, 3, 122, Vaktform.HJEMMEVAKT,
                    "Færre vaktdøgn per lege i Beiarn.",
                    List.of(new Linje(TiltakKategori.REKRUTTERING, "Ekstra lege i turnus, 50 % stilling", 800_000)), "2022-05-16T10:05"),
            new DemoSoknad("1815", List.of("1815", "1816"), 4, 4, 91, Vaktform.HJEMMEVAKT,
                    "Felles legevakt Vega og Vevelstad: kompetanse og legevaktbil.",
                    List.of(new Linje(TiltakKategori.LEGEVAKTBIL, "Legevaktbil med utstyr", 650_000),
                            new Linje(TiltakKategori.KOMPETANSE, "Kurs i akuttmedisin for leger og sykepleiere", 120_000)), "2022-05-17T08:30"),
            new DemoSoknad("5614", List.of("5614"), 2, 2, 182, Vaktform.HJEMMEVAKT,
                    "Loppa: rekruttering og digital støtte til legevakt.",
                    List.of(new Linje(TiltakKategori.REKRUTTERING, "Rekrutteringspakke for to leger", 1_400_000),
                            new Linje(TiltakKategori.DIGITALE_VERKTOY, "Videokonsultasjon og journaltilgang på vakt", 300_000),
                            new Linje(TiltakKategori.UTSTYR, "Akuttutstyr", 400_000)), "2022-05-18T21:50"),
            new DemoSoknad("5626", List.of("5626", "5630", "5632"), 6, 6, 61, Vaktform.HJEMMEVAKT,
                    "Interkommunal legevakt Gamvik, Berlevåg og Båtsfjord.",
                    List.of(new Linje(TiltakKategori.KOMPETANSE, "Felles trening med ambulansetjenesten", 350_000)), "2022-05-14T11:00"),
            new DemoSoknad("4636", List.of("4636"), 2, 2, 182, Vaktform.HJEMMEVAKT,
                    "Solund: bakvakt og utstyr.",
                    List.of(new Linje(TiltakKategori.REKRUTTERING, "Bakvakt for lege i spesialisering", 600_000)), "2022-05-09T13:20"),
            new DemoSoknad("1840", List.of("1840"), 5, 4, 91, Vaktform.HJEMMEVAKT,
                    "Saltdal: avlaste legene i en tung 4-delt vakt.",
                    List.of(new Linje(TiltakKategori.REKRUTTERING, "Ny legestilling knyttet til legevakt", 1_300_000)), "2022-05-11T15:45"),
            new DemoSoknad("1804", List.of("1804", "1838", "1839"), 40, 20, 18, Vaktform.TILSTEDEVAKT,
                    "Bodø interkommunale legevakt: kompetanse.",
                    List.of(new Linje(TiltakKategori.KOMPETANSE, "Kurs for legevaktpersonell", 500_000)), "2022-05-13T09:00"));

    @Inject
    UtlysningService utlysninger;

    @Inject
    HendelseService hendelser;

    @Inject
    SoknadService soknader;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @ConfigProperty(name = "legevakttilskudd.demo-data")
    boolean pa;

    @Transactional
    void lastInn(@Observes @Priority(20) StartupEvent event) {
        if (!pa) {
            return;
        }
        entityManager.createNativeQuery("select pg_advisory_xact_lock(" + LAS + ")").getSingleResult();
        if (Soknad.count("opprettetAv", "demo-data") > 0) {
            return;
        }
        // The demo's applications go into the real 2022 round (utlysning/EkteRunder), frame raise and all.
        Utlysning runde2022 = Utlysning.<Utlysning>find("runde", "2022").firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("Demodataene trenger runde 2022 (legevakttilskudd.ekte-runder=true)."));
        for (DemoSoknad demo : SOKNADER_2022) {
            lagreSendt(runde2022, demo);
        }

        int nesteAar = ZonedDateTime.now(clock.withZone(Tidsformat.NORGE)).getYear() + 1;
        Utlysning neste = utlysninger.opprett(new UtlysningInput(nesteAar,
                "Tilskudd til styrking av legevakttjenesten i distriktskommuner " + nesteAar,
                "Tilskot til styrking av legevakttenesta i distriktskommunar " + nesteAar,
                "Grant to strengthen out-of-hours emergency services in rural municipalities " + nesteAar,
                LocalDateTime.now(clock.withZone(Tidsformat.NORGE)).minusDays(7).withSecond(0).withNano(0),
                LocalDateTime.parse(nesteAar + "-05-18T23:59"), null /* report deadline: the standard 1 April */, 70_000_000L,
                new UtlysningInput.Parametre(List.of(5, 6), 5000, null, 1_500_000L, 0L, null, null), true,
                KLAGEINSTANS, true,
                true /* decisions as applications come, so the whole round can be tried before the deadline */,
                new Kontaktpunkt("Seksjon for legevakt og akuttmedisin", "legevakttilskudd@example.no", "810 20 050"), null), DEMO);
        Soknad utkast = nySoknad(neste, SOKNADER_2022.get(1), clock.instant());
        utkast.formal = null;
        utkast.persist();
        hendelser.registrer(DEMO, "SOKNAD", utkast.id, "OPPRETTET", null, utkast.sammendrag());
        LOG.infof("Demodata lastet inn: utlysning %d (2022) med %d søknader, og åpen utlysning %d (%d)", runde2022.id,
                SOKNADER_2022.size(), neste.id, nesteAar);
    }

    private void lagreSendt(Utlysning utlysning, DemoSoknad demo) {
        Instant sendt = LocalDateTime.parse(demo.sendt()).atZone(Tidsformat.NORGE).toInstant();
        Soknad soknad = nySoknad(utlysning, demo, sendt.minusSeconds(3600L * 24 * 5));
        soknad.referanse = soknader.nyReferanse(utlysning.aar);
        soknad.status = SoknadStatus.SENDT;
        soknad.sendt = sendt;
        soknad.endret = sendt;
        soknad.persist();
        hendelser.registrer(DEMO, "SOKNAD", soknad.id, "SENDT", "UTKAST", soknad.sammendrag());
    }

    private static Soknad nySoknad(Utlysning utlysning, DemoSoknad demo, Instant opprettet) {
        Soknad soknad = new Soknad();
        soknad.utlysningId = utlysning.id;
        soknad.kommunenummer = demo.kommunenummer();
        soknad.status = SoknadStatus.UTKAST;
        soknad.kontaktNavn = "Demo Kontaktperson " + demo.kommunenummer();
        soknad.kontaktEpost = "postmottak." + demo.kommunenummer() + "@kommune.example";
        soknad.kontaktTelefon = "75000000";
        soknad.antallLeger = demo.leger();
        soknad.vaktdeling = demo.deling();
        soknad.vaktdognPerLege = demo.dogn();
        soknad.vaktform = demo.form();
        soknad.formal = demo.formal();
        soknad.legevaktKommuner.addAll(demo.legevakt());
        for (Linje linje : demo.linjer()) {
            Tiltak tiltak = new Tiltak();
            tiltak.kategori = linje.kategori();
            tiltak.beskrivelse = linje.tekst();
            tiltak.budsjettlinjer.add(new Budsjettlinje(linje.tekst(), linje.belop()));
            soknad.leggTil(tiltak);
        }
        soknad.beregnOmsokt();
        soknad.opprettet = opprettet;
        soknad.opprettetAv = "demo-data";
        soknad.endret = opprettet;
        return soknad;
    }
}
