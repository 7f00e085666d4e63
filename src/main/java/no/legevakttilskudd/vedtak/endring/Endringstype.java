package no.legevakttilskudd.vedtak.endring;

/** What the kommune asks to change after the award: the report deadline, or how the award is split between the measures. */
public enum Endringstype {
    FRIST, OMDISPONERING
}
