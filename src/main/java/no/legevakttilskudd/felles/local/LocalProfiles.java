package no.legevakttilskudd.felles.local;

import io.smallrye.config.ConfigSourceContext;

/** Which of the local profiles (dev, test) is active, if any: only they may start servers on their own. */
final class LocalProfiles {

    private LocalProfiles() {
    }

    static String activeLocalProfile(ConfigSourceContext context) {
        for (String profile : context.getProfiles()) {
            if ("dev".equals(profile) || "test".equals(profile)) {
                return profile;
            }
        }
        return null;
    }
}
