package no.legevakttilskudd.felles.web;

/**
 * One error as a form shows it: next to the field named {@code felt} (a JSON path, also the field's id) and in the
 * error summary, whose link {@code lenke} leads to the field, on this page or on another step.
 */
public record Skjemafeil(String felt, String melding, String lenke) {

    public static Skjemafeil her(String felt, String melding) {
        return new Skjemafeil(felt, melding, "#" + felt);
    }
}
