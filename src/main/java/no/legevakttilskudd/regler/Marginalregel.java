package no.legevakttilskudd.regler;

/** SPEC §4.5: what happens to the first application in the order whose award does not fit in what is left of the frame. */
public enum Marginalregel {
    /** It gets the rest of the frame (DELVIS_INNVILGET), and the walk stops. */
    PARTIAL,
    /** It is passed over, and the walk goes on with smaller awards. */
    SKIP,
    /** The walk stops. */
    STOP
}
