package no.legevakttilskudd.felles.local;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.ExecutionModeManager;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;

class ProductionConfigCheckTest {

    @AfterEach
    void nullstill() {
        ExecutionModeManager.unset();
    }

    @Test
    void produksjonUtenDatabaseOgOidcStopperMedNavnPaMiljovariablene() {
        ExecutionModeManager.runtimeInit();
        IllegalStateException feil = assertThrows(IllegalStateException.class,
                () -> new ProductionConfigCheck().getConfigSources(kontekst(List.of(), Map.of("quarkus.datasource.username", "lv"))));
        assertEquals("Legevakttilskudd kan ikke starte i produksjon: Disse miljøvariablene mangler: CSRF_SECRET (nøkkelen sidenes "
                + "skjemanøkler signeres med); DB_PASSWORD (passordet til databasebrukeren); DB_URL (JDBC-adressen til PostgreSQL, f.eks. jdbc:postgresql://db:5432/legevakttilskudd); "
                + "EPOST_FRA (avsenderadressen, f.eks. ikke-svar@example.no); "
                + "OIDC_AUTH_SERVER_URL (Keycloak-realmens adresse, f.eks. https://login.example/realms/legevakttilskudd); "
                + "OIDC_WEB_CLIENT_SECRET (hemmeligheten til nettklienten legevakttilskudd-web); "
                + "SMTP_HOST (e-posttjeneren, f.eks. smtp.example.no). Se README.md, «Produksjon».", feil.getMessage());
    }

    @Test
    void produksjonUtenEposttjenerStopperMedNavnPaEpostvariablene() {
        ExecutionModeManager.runtimeInit();
        Map<String, String> utenEpost = new HashMap<>(alleSatt());
        utenEpost.remove("quarkus.mailer.host");
        utenEpost.remove("quarkus.mailer.from");
        IllegalStateException feil = assertThrows(IllegalStateException.class,
                () -> new ProductionConfigCheck().getConfigSources(kontekst(List.of(), utenEpost)));
        assertEquals("Legevakttilskudd kan ikke starte i produksjon: Disse miljøvariablene mangler: EPOST_FRA (avsenderadressen, "
                + "f.eks. ikke-svar@example.no); SMTP_HOST (e-posttjeneren, f.eks. smtp.example.no). Se README.md, «Produksjon».",
                feil.getMessage());
    }

    @Test
    void produksjonMedAltSattStarter() {
        ExecutionModeManager.runtimeInit();
        assertDoesNotThrow(() -> new ProductionConfigCheck().getConfigSources(kontekst(List.of(), alleSatt())));
    }

    /** SMTP port, user and password are optional: 587 by default, and a relay inside the network may take no login. */
    private static Map<String, String> alleSatt() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://db/lv", "quarkus.datasource.username", "lv",
                "quarkus.datasource.password", STERK + "db", "quarkus.oidc.auth-server-url", "https://login.example/realms/lv",
                "quarkus.oidc.web.credentials.secret", STERK + "web", "quarkus.mailer.host", "smtp.example.no",
                "quarkus.mailer.from", "ikke-svar@example.no", "legevakttilskudd.csrf.hemmelighet", STERK + "csrf",
                "legevakttilskudd.demo-data", "false");
    }

    private static final String STERK = "Qm9vb3RzdHJhcC1zZWtyZXQtMjAyNi0xMi0w-";

    private static Map<String, String> alleSattMed(String egenskap, String verdi) {
        Map<String, String> verdier = new HashMap<>(alleSatt());
        verdier.put(egenskap, verdi);
        return verdier;
    }

    private static String feilVed(Map<String, String> verdier) {
        ExecutionModeManager.runtimeInit();
        return assertThrows(IllegalStateException.class,
                () -> new ProductionConfigCheck().getConfigSources(kontekst(List.of(), verdier))).getMessage();
    }

    @Test
    void demohemmelighetPlassholderOgKortHemmelighetStopperMedNavnPaVariabelen() {
        assertEquals("Legevakttilskudd kan ikke starte i produksjon: Disse hemmelighetene er demoverdier, plassholdere eller kortere "
                + "enn 32 tegn: OIDC_WEB_CLIENT_SECRET. Lag nye, f.eks. med «openssl rand -base64 48», og sett dem fra en "
                + "hemmelighetshåndtering (nettklientens hemmelighet også i Keycloak). Se README.md, «Produksjon».",
                feilVed(alleSattMed("quarkus.oidc.web.credentials.secret", "demo-web-secret")));
        assertTrue(feilVed(alleSattMed("legevakttilskudd.csrf.hemmelighet", "demo-" + STERK)).contains(": CSRF_SECRET."));
        assertTrue(feilVed(alleSattMed("quarkus.datasource.password", STERK + "REPLACE_ME")).contains(": DB_PASSWORD."));
        assertTrue(feilVed(alleSattMed("quarkus.datasource.password", "REPLACE_ME")).contains(": DB_PASSWORD."));
        assertTrue(feilVed(alleSattMed("legevakttilskudd.csrf.hemmelighet", "x".repeat(31))).contains(": CSRF_SECRET."));
        // Set, the optional SMTP password is held to the same standard; empty it is allowed.
        assertTrue(feilVed(alleSattMed("quarkus.mailer.password", "hemmelig")).contains(": SMTP_PASSWORD."));
        assertDoesNotThrow(() -> new ProductionConfigCheck().getConfigSources(kontekst(List.of(), alleSattMed("quarkus.mailer.password", ""))));
        // The migration owner's password, set only in the migration step: the same standard when it is there.
        assertTrue(feilVed(alleSattMed("quarkus.flyway.password", "demo-eier")).contains(": DB_MIGRERING_PASSWORD."));
        assertDoesNotThrow(() -> new ProductionConfigCheck().getConfigSources(kontekst(List.of(), alleSattMed("quarkus.flyway.password", ""))));
        assertDoesNotThrow(() -> new ProductionConfigCheck().getConfigSources(kontekst(List.of(),
                alleSattMed("legevakttilskudd.csrf.hemmelighet", "x".repeat(32)))));
    }

    @Test
    void flereFeilNevnesSammenIEnMelding() {
        Map<String, String> verdier = alleSattMed("quarkus.oidc.web.credentials.secret", "demo-web-secret");
        verdier.put("legevakttilskudd.csrf.hemmelighet", "kort");
        verdier.put("legevakttilskudd.demo-data", "true");
        verdier.remove("quarkus.mailer.host");
        String melding = feilVed(verdier);
        assertTrue(melding.contains("mangler: SMTP_HOST"), melding);
        assertTrue(melding.contains("kortere enn 32 tegn: CSRF_SECRET, OIDC_WEB_CLIENT_SECRET."), melding);
        assertTrue(melding.contains("Demodata er slått på"), melding);
    }

    @Test
    void demodataStopperProduksjon() {
        assertEquals("Legevakttilskudd kan ikke starte i produksjon: Demodata er slått på (legevakttilskudd.demo-data=true / "
                + "LEGEVAKTTILSKUDD_DEMO_DATA); fjern innstillingen, produksjon har ingen demodata. Se README.md, «Produksjon».",
                feilVed(alleSattMed("legevakttilskudd.demo-data", "true")));
    }

    @Test
    void devEllerTestprofilIDenPakkedeApplikasjonenStopper() {
        for (String profil : List.of("dev", "test")) {
            List<String> feil = ProductionConfigCheck.feil(kontekst(List.of(profil), Map.of()), LaunchMode.NORMAL);
            assertEquals(List.of("Profilen «" + profil + "» er aktiv i den pakkede applikasjonen; den starter sin egen database "
                    + "og demodata. Fjern QUARKUS_PROFILE eller -Dquarkus.profile (produksjon bruker prod)."), feil);
        }
        // quarkus:dev and the tests themselves run in their own launch modes.
        assertEquals(List.of(), ProductionConfigCheck.feil(kontekst(List.of("dev"), Map.of()), LaunchMode.DEVELOPMENT));
        assertEquals(List.of(), ProductionConfigCheck.feil(kontekst(List.of("test"), Map.of()), LaunchMode.TEST));
    }

    @Test
    void byggetSjekkesIkke() {
        // The build runs with the prod profile and no environment (execution mode unset).
        assertDoesNotThrow(() -> new ProductionConfigCheck().getConfigSources(kontekst(List.of(), Map.of())));
    }

    private static ConfigSourceContext kontekst(List<String> profiler, Map<String, String> verdier) {
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                return ConfigValue.builder().withName(name).withValue(verdier.get(name)).build();
            }

            @Override
            public Iterator<String> iterateNames() {
                return verdier.keySet().iterator();
            }

            @Override
            public List<String> getProfiles() {
                return profiler;
            }
        };
    }
}
