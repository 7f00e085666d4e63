package no.legevakttilskudd.felles.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * In production nothing starts by itself: a missing database or identity provider must stop the start-up with a
 * message that names the environment variable to set, not a stack trace about an inactive bean later on. Nor does it
 * start with what is only fit for a demo: a secret that is a demo value, a placeholder or too short to resist guessing,
 * demo data switched on, or the dev or test profile in the packaged application.
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

    /** Required secrets of the application's own, besides those in {@link #PAKREVD}. */
    private static final Map<String, String> HEMMELIGHETER = Map.of(
            "legevakttilskudd.csrf.hemmelighet", "CSRF_SECRET (nøkkelen sidenes skjemanøkler signeres med)");

    /** Optional secrets: may be left empty, but what is set must be a real secret. */
    private static final Map<String, String> VALGFRIE_HEMMELIGHETER = Map.of(
            "quarkus.mailer.password", "SMTP_PASSWORD (passordet til e-posttjeneren)",
            // Set only in the migration step (QUARKUS_INIT_AND_EXIT), where Flyway connects as the schema's owner.
            "quarkus.flyway.password", "DB_MIGRERING_PASSWORD (passordet til migreringseieren)");

    static final int MINSTE_LENGDE = 32;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // The build itself runs with the prod profile and no environment: only a real start is checked.
        if (ExecutionMode.current() == ExecutionMode.UNSET) {
            return List.of();
        }
        List<String> feil = feil(context, LaunchMode.current());
        if (!feil.isEmpty()) {
            throw new IllegalStateException("Legevakttilskudd kan ikke starte i produksjon: " + String.join(" ", feil)
                    + " Se README.md, «Produksjon».");
        }
        return List.of();
    }

    /** What stops a start in {@code modus} with this configuration, one sentence per kind; empty when it may start. */
    static List<String> feil(ConfigSourceContext context, LaunchMode modus) {
        String lokal = LocalProfiles.localProfileIn(context);
        if (lokal != null) {
            // quarkus:dev and the tests run in their own launch modes; the packaged application never runs as dev or test.
            return modus.isProduction() ? List.of("Profilen «" + lokal + "» er aktiv i den pakkede applikasjonen; den starter "
                    + "sin egen database og demodata. Fjern QUARKUS_PROFILE eller -Dquarkus.profile (produksjon bruker prod).") : List.of();
        }
        List<String> feil = new ArrayList<>();
        List<String> mangler = new ArrayList<>();
        List<String> svake = new ArrayList<>();
        Map<String, String> pakrevd = new TreeMap<>(PAKREVD);
        pakrevd.putAll(HEMMELIGHETER);
        pakrevd.forEach((egenskap, miljovariabel) -> {
            if (!erSatt(context, egenskap)) {
                mangler.add(miljovariabel);
            } else if (erHemmelighet(egenskap) && svak(verdi(context, egenskap))) {
                svake.add(navn(miljovariabel));
            }
        });
        VALGFRIE_HEMMELIGHETER.forEach((egenskap, miljovariabel) -> {
            if (erSatt(context, egenskap) && svak(verdi(context, egenskap))) {
                svake.add(navn(miljovariabel));
            }
        });
        if (!mangler.isEmpty()) {
            mangler.sort(String::compareTo);
            feil.add("Disse miljøvariablene mangler: " + String.join("; ", mangler) + ".");
        }
        if (!svake.isEmpty()) {
            svake.sort(String::compareTo);
            feil.add("Disse hemmelighetene er demoverdier, plassholdere eller kortere enn " + MINSTE_LENGDE + " tegn: "
                    + String.join(", ", svake) + ". Lag nye, f.eks. med «openssl rand -base64 48», og sett dem fra en "
                    + "hemmelighetshåndtering (nettklientens hemmelighet også i Keycloak).");
        }
        if ("true".equalsIgnoreCase(verdi(context, "legevakttilskudd.demo-data").strip())) {
            feil.add("Demodata er slått på (legevakttilskudd.demo-data=true / LEGEVAKTTILSKUDD_DEMO_DATA); "
                    + "fjern innstillingen, produksjon har ingen demodata.");
        }
        return feil;
    }

    /** A demo value, a placeholder left from a template, or too short to resist guessing. */
    static boolean svak(String hemmelighet) {
        String verdi = hemmelighet.strip();
        return verdi.length() < MINSTE_LENGDE || verdi.toLowerCase(Locale.ROOT).startsWith("demo-")
                || verdi.toUpperCase(Locale.ROOT).contains("REPLACE_ME");
    }

    /** Passwords and client secrets, whoever adds them to the list; also the application's own secrets. */
    private static boolean erHemmelighet(String egenskap) {
        return HEMMELIGHETER.containsKey(egenskap) || egenskap.endsWith(".password") || egenskap.endsWith(".secret");
    }

    private static String navn(String miljovariabel) {
        return miljovariabel.split("[\\s(]", 2)[0];
    }

    private static String verdi(ConfigSourceContext context, String egenskap) {
        try {
            ConfigValue verdi = context.getValue(egenskap);
            return verdi == null || verdi.getValue() == null ? "" : verdi.getValue();
        } catch (RuntimeException uutvidbar) {
            return "";
        }
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
