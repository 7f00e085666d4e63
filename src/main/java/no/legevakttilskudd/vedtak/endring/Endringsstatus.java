package no.legevakttilskudd.vedtak.endring;

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

    /** The colour of the status tag on the pages. */
    public String farge() {
        return switch (this) {
            case SENDT, TIL_GODKJENNING -> "info";
            case INNVILGET -> "success";
            case AVSLATT -> "danger";
        };
    }
}
