package no.legevakttilskudd.vedtak;

/** A decision in a list across applications: the decision, who and what it is about, and what the user may do with it. */
public record Vedtaksrad(VedtakDto vedtak, String referanse, String kommunenummer, String kommunenavn, String utlysning,
        Vedtakshandlinger handlinger) {
}
