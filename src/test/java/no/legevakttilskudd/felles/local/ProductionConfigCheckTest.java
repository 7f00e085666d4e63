package no.legevakttilskudd.felles.local;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.ExecutionModeManager;
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
        assertEquals("Legevakttilskudd kan ikke starte i produksjon uten disse miljøvariablene: DB_PASSWORD (passordet til "
                + "databasebrukeren); DB_URL (JDBC-adressen til PostgreSQL, f.eks. jdbc:postgresql://db:5432/legevakttilskudd); "
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
        assertEquals("Legevakttilskudd kan ikke starte i produksjon uten disse miljøvariablene: EPOST_FRA (avsenderadressen, "
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
                "quarkus.datasource.password", "hemmelig", "quarkus.oidc.auth-server-url", "https://login.example/realms/lv",
                "quarkus.oidc.web.credentials.secret", "hemmelig", "quarkus.mailer.host", "smtp.example.no",
                "quarkus.mailer.from", "ikke-svar@example.no");
    }

    @Test
    void byggetOgLokaleProfilerSjekkesIkke() {
        assertDoesNotThrow(() -> new ProductionConfigCheck().getConfigSources(kontekst(List.of(), Map.of())));
        ExecutionModeManager.runtimeInit();
        assertDoesNotThrow(() -> new ProductionConfigCheck().getConfigSources(kontekst(List.of("dev"), Map.of())));
        assertDoesNotThrow(() -> new ProductionConfigCheck().getConfigSources(kontekst(List.of("test"), Map.of())));
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
