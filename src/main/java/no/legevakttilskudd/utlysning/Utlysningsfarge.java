package no.legevakttilskudd.utlysning;

import io.quarkus.qute.TemplateExtension;

/** {status.farge}: the Designsystemet colour of a call's status tag, decided over the enum rather than in the template. */
@TemplateExtension
final class Utlysningsfarge {

    private Utlysningsfarge() {
    }

    static String farge(UtlysningStatus status) {
        return switch (status) {
            case DRAFT -> "warning";
            case OPEN -> "success";
            case CLOSED -> "neutral";
            case DECIDED -> "info";
        };
    }
}
