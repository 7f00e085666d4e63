package no.legevakttilskudd.utlysning;

/**
 * Whom a kommune contacts with questions about a call: a section or a person, with e-mail, phone or both. A call's own,
 * or the agency's when the call names none ({@link UtlysningService#kontakt}).
 */
public record Kontaktpunkt(String navn, String epost, String telefon) {
}
