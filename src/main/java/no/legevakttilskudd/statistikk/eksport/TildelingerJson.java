package no.legevakttilskudd.statistikk.eksport;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * The awards as a JSON array, one object per award with the CSV's column names as keys, written by a streaming generator
 * so no row is kept after it is written. Every key is present in every object (null when unknown); amounts and shares
 * are numbers, dates ISO strings, the measure categories an array.
 */
final class TildelingerJson {

    /** The caller owns the output stream: closing the generator must only flush it. */
    static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private TildelingerJson() {
    }

    static void skriv(Stream<Tildelingsrad> rader, OutputStream ut) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(ut, JsonEncoding.UTF8)) {
            json.writeStartArray();
            for (Iterator<Tildelingsrad> i = rader.iterator(); i.hasNext();) {
                Tildelingsrad rad = i.next();
                json.writeStartObject();
                for (Kolonne kolonne : Kolonne.TILDELINGER) {
                    json.writeFieldName(kolonne.navn());
                    verdi(json, kolonne.type(), kolonne.verdi().apply(rad));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }

    private static void verdi(JsonGenerator json, Kolonne.Type type, Object verdi) throws IOException {
        if (verdi == null) {
            json.writeNull();
            return;
        }
        switch (type) {
            case TALL, BELOP -> json.writeNumber(((Number) verdi).longValue());
            case PROSENT, DESIMAL -> json.writeNumber((BigDecimal) verdi);
            case LISTE -> {
                json.writeStartArray();
                for (Object element : (List<?>) verdi) {
                    json.writeString(String.valueOf(element));
                }
                json.writeEndArray();
            }
            case TEKST, DATO -> json.writeString(verdi.toString());
        }
    }
}
