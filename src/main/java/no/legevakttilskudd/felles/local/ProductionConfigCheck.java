package no.legevakttilskudd.felles.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;

/**
 * In production nothing starts by itself: a missing database or identity provider must stop the start-up with a
 * message that names the environment variable to set, not a stack trace about an inactive bean later on.
 */
public class ProductionConfigCheck implements ConfigSourceFactory {

    /** Property → the environment variable application.properties reads it from, and what it is. */
    private static final Map<String, String> PAKREVD = Map.of(
            "quarkus.datasource.jdbc.url", "DB_URL (JDBC-adressen til PostgreSQL, f.eks. jdbc:postgresql://db:5432/legevakttilskudd)",
            "quarkus.datasource.username", "DB_USERNAME (applikasjonens databaserolle, som ikke eier tabellene, f.eks. legevakttilskudd_app)",
            "quarkus.datasource.password", "DB_PASSWORD (passordet til databasebrukeren)",
            "quarkus.oidc.auth-server-url", "OIDC_AUTH_SERVER_URL (Keycloak-realmens adresse, f.eks. https://login.example/realms/legevakttilskudd)",
            "quarkus.oidc.web.credentials.secret", "OIDC_WEB_CLIENT_SECRET (hemmeligheten til nettklienten legevakttilskudd-web)",
            // Without these the mailer would quietly try localhost and every mail would end up FEILET in the outbox.
            "quarkus.mailer.host", "SMTP_HOST (e-posttjeneren, f.eks. smtp.example.no)",
            "quarkus.mailer.from", "EPOST_FRA (avsenderadressen, f.eks. ikke-svar@example.no)");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // The build itself runs with the prod profile and no environment: only a real start is checked.
        if (LocalProfiles.activeLocalProfile(context) != null || ExecutionMode.current() == ExecutionMode.UNSET) {
            return List.of();
        }
        List<String> mangler = new ArrayList<>();
        PAKREVD.forEach((egenskap, miljovariabel) -> {
            if (!erSatt(context, egenskap)) {
                mangler.add(miljovariabel);
            }
        });
        if (!mangler.isEmpty()) {
            mangler.sort(String::compareTo);
            throw new IllegalStateException("Legevakttilskudd kan ikke starte i produksjon uten disse miljøvariablene: "
                    + String.join("; ", mangler) + ". Se README.md, «Produksjon».");
        }
        return List.of();
    }

    private static boolean erSatt(ConfigSourceContext context, String egenskap) {
        try {
            return LocalPostgresConfigSourceFactory.isConfigured(context, egenskap);
        } catch (RuntimeException uutvidbar) {
            // "${DB_URL}" with no DB_URL in the environment cannot be expanded: that is exactly "not set".
            return false;
        }
    }
}
