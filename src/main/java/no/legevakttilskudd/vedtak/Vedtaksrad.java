package no.legevakttilskudd.vedtak;

/** A decision in a list across applications: the decision and who and what it is about. */
public record Vedtaksrad(VedtakDto vedtak, String referanse, String kommunenummer, String kommunenavn, String utlysning) {
}
