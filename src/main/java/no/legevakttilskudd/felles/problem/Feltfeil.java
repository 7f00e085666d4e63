package no.legevakttilskudd.felles.problem;

/** One invalid or missing field: the JSON path of the field and a Norwegian message a person can act on. */
public record Feltfeil(String felt, String melding) {
}
