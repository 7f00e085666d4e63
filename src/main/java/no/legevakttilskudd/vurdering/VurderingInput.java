package no.legevakttilskudd.vurdering;

import java.util.List;

/**
 * What the caseworker saves. {@code versjon} is the version the caseworker read (null for the first assessment): a
 * save on an older version is refused, so two caseworkers never overwrite each other.
 */
public record VurderingInput(Kvalitet kvalitet, String notat, List<Strok> strok, Long versjon) {

    /** A struck budget line: measure and line by place, from 0, and why. */
    public record Strok(Integer tiltak, Integer linje, String begrunnelse) {
    }
}
