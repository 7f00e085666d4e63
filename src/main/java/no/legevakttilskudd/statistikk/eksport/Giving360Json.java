package no.legevakttilskudd.statistikk.eksport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * A 360Giving data package, {@code {"version": "1.4", "publisher": {…}, "grants": [...]}}, with the property names of the
 * standard's JSON Schema, streamed grant by grant. The standard wants at least one grant; a call without awards gives
 * an empty list, which says so rather than failing the download.
 */
final class Giving360Json {

    private Giving360Json() {
    }

    static void skriv(Stream<Tildelingsrad> rader, Giving360.Utgiver utgiver, OutputStream ut) throws IOException {
        try (JsonGenerator json = TildelingerJson.JSON.createGenerator(ut, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("version", Giving360.VERSJON);
            json.writeObjectFieldStart("publisher");
            json.writeStringField("identifier", utgiver.id());
            json.writeStringField("name", utgiver.navn());
            json.writeEndObject();
            json.writeArrayFieldStart("grants");
            for (Iterator<Tildelingsrad> i = rader.iterator(); i.hasNext();) {
                tilskudd(json, Giving360.fra(i.next(), utgiver), utgiver);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void tilskudd(JsonGenerator json, Giving360.Tilskudd t, Giving360.Utgiver utgiver) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", t.id());
        json.writeStringField("title", t.tittel());
        json.writeStringField("description", t.beskrivelse());
        json.writeStringField("currency", Giving360.VALUTA);
        json.writeNumberField("amountAppliedFor", t.omsokt());
        json.writeNumberField("amountAwarded", t.tildelt());
        json.writeStringField("awardDate", t.tildelingsdato().toString());
        organisasjon(json, "recipientOrganization", t.mottakerId(), t.mottakerNavn());
        organisasjon(json, "fundingOrganization", utgiver.id(), utgiver.navn());
        json.writeArrayFieldStart("grantProgramme");
        json.writeStartObject();
        json.writeStringField("code", t.programKode());
        json.writeStringField("title", t.programTittel());
        json.writeEndObject();
        json.writeEndArray();
        json.writeArrayFieldStart("beneficiaryLocation");
        json.writeStartObject();
        json.writeStringField("name", t.stedNavn());
        json.writeStringField("countryCode", Giving360.LAND);
        json.writeStringField("geoCode", t.stedKode());
        json.writeStringField("geoCodeType", Giving360.KODETYPE);
        json.writeEndObject();
        json.writeEndArray();
        json.writeStringField("fromOpenCall", Giving360.APEN_UTLYSNING);
        json.writeStringField("locationScope", Giving360.OMFANG);
        json.writeEndObject();
    }

    private static void organisasjon(JsonGenerator json, String felt, String id, String navn) throws IOException {
        json.writeArrayFieldStart(felt);
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("name", navn);
        json.writeEndObject();
        json.writeEndArray();
    }
}
