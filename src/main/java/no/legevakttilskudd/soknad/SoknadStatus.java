package no.legevakttilskudd.soknad;

/** SPEC §3: UTKAST → SENDT → UNDER_BEHANDLING → (INNVILGET | DELVIS_INNVILGET | AVSLATT | AVVIST); TRUKKET from UTKAST or SENDT. */
public enum SoknadStatus {
    UTKAST, SENDT, UNDER_BEHANDLING, INNVILGET, DELVIS_INNVILGET, AVSLATT, AVVIST, TRUKKET;

    public boolean kanTrekkes() {
        return this == UTKAST || this == SENDT;
    }

    /** Whether a caseworker can assess it: sent, and not yet decided. */
    public boolean kanVurderes() {
        return this == SENDT || this == UNDER_BEHANDLING;
    }
}
