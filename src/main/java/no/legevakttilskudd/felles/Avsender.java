package no.legevakttilskudd.felles;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The agency the letter comes from, as its head shows it (forvaltningsloven § 27: the kommune must know who decided and
 * where to turn). A value in the letter's data; the configuration it is read from is {@link Oppsett}.
 */
public record Avsender(String navn, String postadresse, String besoksadresse, String telefon, String epost, String organisasjonsnummer) {

    /**
     * {@code legevakttilskudd.avsender.*}, with Helsedirektoratet's own details as defaults (docs/operations.md). A letter
     * keeps what it was sent with: changing these changes only letters sent afterwards.
     */
    @ConfigMapping(prefix = "legevakttilskudd.avsender")
    public interface Oppsett {

        @WithDefault("Helsedirektoratet")
        String navn();

        @WithDefault("Postboks 220 Skøyen, 0213 Oslo")
        String postadresse();

        @WithDefault("Vitaminveien 4, 0485 Oslo")
        String besoksadresse();

        @WithDefault("810 20 050")
        String telefon();

        @WithDefault("postmottak@helsedir.no")
        String epost();

        @WithDefault("983 544 622")
        String organisasjonsnummer();
    }

    public static Avsender av(Oppsett oppsett) {
        return new Avsender(oppsett.navn(), oppsett.postadresse(), oppsett.besoksadresse(), oppsett.telefon(), oppsett.epost(),
                oppsett.organisasjonsnummer());
    }
}
