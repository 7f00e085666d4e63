package no.legevakttilskudd.vedtak;

/**
 * What the logged-in user may do with one decision now, decided by {@link VedtakService#handlinger} from the same
 * checks its approve, return and send refuse with; pages only show it.
 *
 * @param egetForslag the user proposed it (four-eyes): the page says so instead of offering approval
 */
public record Vedtakshandlinger(boolean egetForslag, boolean kanGodkjenne, boolean kanReturnere, boolean kanSende, boolean erSendt) {
}
