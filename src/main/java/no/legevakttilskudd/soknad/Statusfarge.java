package no.legevakttilskudd.soknad;

import io.quarkus.qute.TemplateExtension;

/**
 * {status.farge}: the Designsystemet colour of an application's status tag, the same on every page. Decided here over
 * the enum, so the tag template never compares status names (a renamed constant fails to compile instead of greying out).
 */
@TemplateExtension
final class Statusfarge {

    private Statusfarge() {
    }

    static String farge(SoknadStatus status) {
        return switch (status) {
            case UTKAST -> "warning";
            case SENDT -> "info";
            case TRUKKET -> "neutral";
            case UNDER_BEHANDLING, INNVILGET, DELVIS_INNVILGET, AVSLATT, AVVIST -> "accent";
        };
    }
}
