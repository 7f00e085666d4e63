package no.legevakttilskudd.regler;

/** The outcome of the rules for one application. */
public enum Tildelingsstatus {
    /** Gets its whole award. */
    INNVILGET,
    /** Gets the rest of the frame, less than its award (PARTIAL). */
    DELVIS_INNVILGET,
    /** Eligible, but the frame did not reach it; in order for added money. */
    VENTELISTE,
    /** Not eligible, or nothing to award. */
    AVSLATT,
    /** Not considered: sent after the deadline. */
    AVVIST
}
