package no.legevakttilskudd.regler;

/**
 * What the money is for (SPEC §1, §3). In the rules because a call may accept only some of them (§4.4: the 2023
 * re-announcement took no equipment); the application names one per measure.
 */
public enum TiltakKategori {
    REKRUTTERING, KOMPETANSE, UTSTYR, LEGEVAKTBIL, DIGITALE_VERKTOY, ANNET
}
