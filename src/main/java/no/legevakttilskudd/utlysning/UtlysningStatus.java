package no.legevakttilskudd.utlysning;

/** SPEC §3: DRAFT → OPEN → CLOSED (deadline passed) → DECIDED. */
public enum UtlysningStatus {
    DRAFT, OPEN, CLOSED, DECIDED
}
