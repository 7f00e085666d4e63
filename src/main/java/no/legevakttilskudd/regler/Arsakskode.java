package no.legevakttilskudd.regler;

/** Stable reason codes. Never rename one: stored decisions refer to them. Each names the rule of SPEC §4 it applies. */
public enum Arsakskode {
    KVALIFISERT("§4.1"),
    IKKE_KVALIFISERT_KLASSE("§4.1"),
    IKKE_KVALIFISERT_FOLKETALL("§4.1"),
    FOR_SEN("§4.1"),
    PRIORITETSGRUPPE_1("§4.2"),
    PRIORITETSGRUPPE_2("§4.2"),
    KATEGORI_UTENFOR("§4.4"),
    OMSOKT_BELOP("§4.4"),
    GODKJENT_BUDSJETT("§4.4"),
    AVKORTET_TIL_TAK("§4.4"),
    UNDER_MINSTEBELOP("§4.4"),
    INGENTING_A_TILDELE("§4.4"),
    INNVILGET_I_RAMMEN("§4.5"),
    DELVIS_RESTEN_AV_RAMMEN("§4.5"),
    VENTELISTE_RAMMEN_BRUKT_OPP("§4.5"),
    VENTELISTE_HOPPET_OVER("§4.5"),
    VENTELISTE_STOPPET("§4.5"),
    VEDTAK_SENDT("§4.6"),
    VEDTAK_GODKJENT("§4.6");

    private final String regel;

    Arsakskode(String regel) {
        this.regel = regel;
    }

    /** The paragraph of SPEC §4 (and docs/rules.md) the code applies. */
    public String regel() {
        return regel;
    }
}
