package no.legevakttilskudd.felles.problem;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One invalid or missing field: the JSON path of the field and a Norwegian message a person can act on. Errors a
 * kommune meets in the application form also carry their {@link Feilkode} and values, so that a page can show the
 * message in nynorsk or English.
 */
public record Feltfeil(String felt, String melding, @JsonIgnore Feilkode kode, @JsonIgnore List<String> verdier) {

    public Feltfeil(String felt, String melding) {
        this(felt, melding, null, List.of());
    }

    public static Feltfeil av(String felt, Feilkode kode, Object... verdier) {
        // Values as plain text, so a number reads as 4000 and a kommune number as 1840 in every language.
        List<String> tekster = Arrays.stream(verdier).map(String::valueOf).toList();
        return new Feltfeil(felt, kode.tekst(tekster.toArray()), kode, tekster);
    }
}
