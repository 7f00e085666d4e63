package no.legevakttilskudd.felles.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details, with the field errors of a rejected request in {@code feil}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<Feltfeil> feil) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:legevakttilskudd:problem:";

    public static Problem av(String typeNavn, String title, int status, String detail, List<Feltfeil> feil) {
        return new Problem(TYPE_PREFIX + typeNavn, title, status, detail, feil == null ? List.of() : List.copyOf(feil));
    }
}
