package no.legevakttilskudd.statistikk.eksport;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One award as a grant of the 360Giving Data Standard (schema 1.4): the fields the standard requires and those SPEC §6
 * asks for, with nothing about persons. The JSON and the flat CSV are both written from this, so they always agree.
 */
final class Giving360 {

    static final String VERSJON = "1.4";
    static final String VALUTA = "NOK";
    static final String LAND = "NO";
    /**
     * The standard's list of geographic code types has only British ONS codes; this names the Norwegian kommunenummer
     * (SSB's classification 131) so a reader knows what the code is.
     */
    static final String KODETYPE = "KOMMUNENUMMER";
    /** Location Scope «Local authority»: a second-level subnational area, which a kommune is (below the fylke). */
    static final String OMFANG = "GLS050";
    /** Every award comes from a published call any eligible kommune could apply to. */
    static final String APEN_UTLYSNING = "Yes";

    /**
     * Who gives the money and publishes the file, from configuration.
     *
     * @param prefiks the publisher's 360Giving prefix, without «360G-»: grants are {@code 360G-<prefiks>-<vedtak id>}
     * @param id      the funder's organisation identifier, e.g. {@code NO-BRC-<organisasjonsnummer>}
     */
    record Utgiver(String prefiks, String id, String navn) {
    }

    /** A grant's own values; the funder, currency and codes are the same for every grant and come from elsewhere. */
    record Tilskudd(String id, String tittel, String beskrivelse, long omsokt, long tildelt, LocalDate tildelingsdato, String mottakerId,
            String mottakerNavn, String programKode, String programTittel, String stedNavn, String stedKode) {
    }

    private Giving360() {
    }

    static Tilskudd fra(Tildelingsrad rad, Utgiver utgiver) {
        String kommune = rad.kommunenavn() == null ? "Kommune " + rad.kommunenummer() : rad.kommunenavn() + " kommune";
        String beskrivelse = rad.utlysningTittel() + "." + (rad.tiltakskategorier().isEmpty() ? ""
                : " Tiltak: " + rad.tiltakskategorier().stream().map(Giving360::kategori).collect(Collectors.joining(", ")) + ".");
        return new Tilskudd("360G-" + utgiver.prefiks() + "-" + rad.vedtakId(), rad.utlysningTittel() + " – " + kommune, beskrivelse,
                rad.omsokt(), rad.tildelt(), rad.vedtaksdato(), mottaker(rad, utgiver), kommune, "utlysning-" + rad.utlysningId(),
                rad.utlysningTittel(), rad.kommunenavn(), rad.kommunenummer());
    }

    /**
     * {@code NO-BRC-<organisasjonsnummer>} (Brønnøysundregistrene, as org-id.guide names it). The standard requires an
     * identifier, so a kommune the registry has no number for gets one in the publisher's own namespace, as the
     * standard's guidance says for recipients without a registered number: {@code 360G-<prefiks>-kommune-<kommunenummer>}.
     */
    private static String mottaker(Tildelingsrad rad, Utgiver utgiver) {
        return rad.organisasjonsnummer() != null ? "NO-BRC-" + rad.organisasjonsnummer()
                : "360G-" + utgiver.prefiks() + "-kommune-" + rad.kommunenummer();
    }

    /** «DIGITALE_VERKTOY» as a reader of the description expects it: «digitale verktøy». */
    private static String kategori(String kode) {
        return kode.equals("DIGITALE_VERKTOY") ? "digitale verktøy" : kode.toLowerCase(Locale.ROOT);
    }

    /** The flat CSV's columns: the standard's titles, «Recipient Org:Identifier» being the title of recipientOrganization/0/id. */
    static final List<String> KOLONNER = List.of("Identifier", "Title", "Description", "Currency", "Amount Applied For", "Amount Awarded",
            "Award Date", "Recipient Org:Identifier", "Recipient Org:Name", "Funding Org:Identifier", "Funding Org:Name",
            "Grant Programme:Code", "Grant Programme:Title", "Beneficiary Location:Name", "Beneficiary Location:Country Code",
            "Beneficiary Location:Geographic Code", "Beneficiary Location:Geographic Code Type", "From An Open Call?", "Location Scope");
}
