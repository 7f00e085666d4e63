package no.legevakttilskudd.felles.local;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.ConfigSourceContext;

/** Which of the local profiles (dev, test) is active, if any: only they may start servers on their own. */
final class LocalProfiles {

    private LocalProfiles() {
    }

    /**
     * The local profile to start servers for: only in dev mode and the tests. The packaged application never starts a
     * database or Keycloak of its own, whatever profile it is given; {@link ProductionConfigCheck} refuses it.
     */
    static String activeLocalProfile(ConfigSourceContext context) {
        return LaunchMode.current().isProduction() ? null : localProfileIn(context);
    }

    /** The dev or test profile among the active ones, whatever the launch mode. */
    static String localProfileIn(ConfigSourceContext context) {
        for (String profile : context.getProfiles()) {
            if ("dev".equals(profile) || "test".equals(profile)) {
                return profile;
            }
        }
        return null;
    }
}
