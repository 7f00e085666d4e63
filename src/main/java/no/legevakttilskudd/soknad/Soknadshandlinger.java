package no.legevakttilskudd.soknad;

/**
 * What the kommune may do with its own application now, decided by {@link SoknadService#handlinger} from the same
 * checks saving, sending, uploading and withdrawing refuse with; pages only show it (the decision's own actions are
 * in {@code vedtak/Kommunehandlinger}).
 *
 * @param kanEndre           change the steps and upload attachments: a draft, or a sent application not yet taken up, before
 *                           the deadline
 * @param kanSende           send it: a draft before the deadline
 * @param kanRette           correct it in place: sent, not yet taken up, before the deadline; it stays sent
 * @param kanTrekke          withdraw it: a draft or a sent application not yet taken up by a caseworker
 * @param utkastEtterFristen a draft the deadline has passed: it can no longer be sent, and the page says so
 * @param trukket            withdrawn: the page says it will not be processed
 */
public record Soknadshandlinger(boolean kanEndre, boolean kanSende, boolean kanRette, boolean kanTrekke, boolean utkastEtterFristen, boolean trukket) {
}
