package no.legevakttilskudd.vedtak.endring;

/**
 * Why the kommune may not ask to change an award now ({@link EndringService#hindring}): the problem type the API
 * answers with and the sentence in bokmål; the pages show the same in the reader's language (Kodeord).
 */
public enum Endringshindring {
    INGEN_TILSKUDD("ingen-tilskudd", "Vedtaket gir ikke tilskudd, så det er ingenting å endre."),
    ERSTATTET("vedtak-erstattet", "Vedtaket er erstattet av et rettet vedtak; be om endringen der."),
    IKKE_AKSEPTERT("ikke-akseptert", "Aksepter vilkårene først; en endring gjelder et akseptert tilskudd."),
    RAPPORT_SENDT("rapport-sendt", "Rapporten om tilskuddet er sendt, så tilskuddet kan ikke endres lenger."),
    APEN_ENDRING("endring-finnes", "Det er allerede en endringssøknad på tilskuddet som ikke er avgjort.");

    private final String type;
    private final String melding;

    Endringshindring(String type, String melding) {
        this.type = type;
        this.melding = melding;
    }

    public String type() {
        return type;
    }

    public String melding() {
        return melding;
    }
}
