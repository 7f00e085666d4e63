package no.legevakttilskudd.vedtak.brev;

/**
 * One of the two who signed the decision: the caseworker who proposed it and the approver. The name and title are
 * those stored on the decision when each acted, so the letter names them years later, whoever has left since.
 *
 * @param navn  the full name from the token, or null when it had none
 * @param tittel the job title from the token, or null
 * @param rolle what the person did in the case, as the kommune reads it: "saksbehandler", "godkjenner"
 * @param etat  the agency, for the role text shown when the name is missing
 */
public record Underskriver(String navn, String tittel, String rolle, String etat) {

    /** The name, or when the token had none, the role in the agency: never a user name, which is no one's name. */
    public String visningsnavn() {
        return navn != null ? navn : Character.toUpperCase(rolle.charAt(0)) + rolle.substring(1) + " i " + etat;
    }

    /** The line under the name: the title and the role ("seniorrådgiver, saksbehandler"); the title alone without a name. */
    public String undertekst() {
        if (navn == null) {
            return tittel;
        }
        return tittel == null ? rolle : tittel + ", " + rolle;
    }
}
