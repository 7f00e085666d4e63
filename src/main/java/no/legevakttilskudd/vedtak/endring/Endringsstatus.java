package no.legevakttilskudd.vedtak.endring;

import java.util.Arrays;
import java.util.List;

/**
 * SENDT waits on the caseworker; TIL_GODKJENNING is a grant that moves money between categories and waits on a second
 * person; INNVILGET and AVSLATT are decided, with a change letter.
 */
public enum Endringsstatus {
    SENDT, TIL_GODKJENNING, INNVILGET, AVSLATT;

    /** Not yet decided: the one open request a decision may have (the unique index uidx_endringssoknad_apen). */
    public boolean erApen() {
        return this == SENDT || this == TIL_GODKJENNING;
    }

    /** The open statuses, for queries: the same as {@link #erApen}. */
    public static List<Endringsstatus> apne() {
        return Arrays.stream(values()).filter(Endringsstatus::erApen).toList();
    }

    /** The colour of the status tag on the pages. */
    public String farge() {
        return switch (this) {
            case SENDT, TIL_GODKJENNING -> "info";
            case INNVILGET -> "success";
            case AVSLATT -> "danger";
        };
    }
}
