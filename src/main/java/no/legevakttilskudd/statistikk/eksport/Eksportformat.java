package no.legevakttilskudd.statistikk.eksport;

import no.legevakttilskudd.felles.Csv;

/** The downloads: each a file name under /api/statistikk/eksport and /statistikk/eksport, its media type and its writer. */
public enum Eksportformat {
    TILDELINGER_CSV("tildelinger", "csv", Csv.MEDIA_TYPE),
    TILDELINGER_XLSX("tildelinger", "xlsx", Eksportformat.XLSX),
    TILDELINGER_JSON("tildelinger", "json", "application/json"),
    GIVING360_JSON("360giving", "json", "application/json"),
    GIVING360_CSV("360giving", "csv", Csv.MEDIA_TYPE);

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String navn;
    private final String endelse;
    private final String mediatype;

    Eksportformat(String navn, String endelse, String mediatype) {
        this.navn = navn;
        this.endelse = endelse;
        this.mediatype = mediatype;
    }

    public String mediatype() {
        return mediatype;
    }

    /** tildelinger.csv, or tildelinger-utlysning-7.csv for one call, so two downloads do not overwrite each other. */
    public String filnavn(Long utlysningId) {
        return navn + (utlysningId == null ? "" : "-utlysning-" + utlysningId) + "." + endelse;
    }

    Eksportskriver skriver(Giving360.Utgiver utgiver) {
        return switch (this) {
            case TILDELINGER_CSV -> TildelingerCsv::skriv;
            case TILDELINGER_XLSX -> TildelingerXlsx::skriv;
            case TILDELINGER_JSON -> TildelingerJson::skriv;
            case GIVING360_JSON -> (rader, ut) -> Giving360Json.skriv(rader, utgiver, ut);
            case GIVING360_CSV -> (rader, ut) -> Giving360Csv.skriv(rader, utgiver, ut);
        };
    }
}
