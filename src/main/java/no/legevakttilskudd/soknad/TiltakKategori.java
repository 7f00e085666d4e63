package no.legevakttilskudd.soknad;

/** What the money is for (SPEC §1, §3). */
public enum TiltakKategori {
    REKRUTTERING, KOMPETANSE, UTSTYR, LEGEVAKTBIL, DIGITALE_VERKTOY, ANNET
}
