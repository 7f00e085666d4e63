package no.legevakttilskudd.felles.web;

import java.util.function.IntFunction;

/**
 * Paging under a list, for the {@code sidenavigasjon} tag: which page of how many, and the links to the pages before and
 * after, or null where there is none.
 */
public record Sidenavigasjon(int side, long sider, String forrige, String neste) {

    /**
     * @param lenke the list's link to a page number, keeping its filters and sorting
     */
    public static Sidenavigasjon av(int side, long sider, IntFunction<String> lenke) {
        // Past the last page (an old link after a narrower filter), "previous" leads back to the last one.
        String forrige = side > 1 ? lenke.apply((int) Math.min(side - 1L, sider)) : null;
        String neste = side < sider ? lenke.apply(side + 1) : null;
        return new Sidenavigasjon(side, sider, forrige, neste);
    }
}
