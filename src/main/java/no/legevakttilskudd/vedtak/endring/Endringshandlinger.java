package no.legevakttilskudd.vedtak.endring;

/**
 * What the logged-in staff member may do with one change request now, decided by {@link EndringService#handlinger}
 * from the same checks its decide and approve refuse with; the case page only shows it.
 *
 * @param egenAvgjorelse the user granted it and it waits on a second person: the page says so instead of offering approval
 */
public record Endringshandlinger(boolean kanAvgjore, boolean kanGodkjenne, boolean egenAvgjorelse) {
}
