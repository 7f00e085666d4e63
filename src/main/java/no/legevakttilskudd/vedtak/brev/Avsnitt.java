package no.legevakttilskudd.vedtak.brev;

import java.util.List;

import io.quarkus.qute.TemplateExtension;

/**
 * The letter's paragraphs split in the first and the rest: the first goes in one unbreakable block with the heading
 * above it, so a heading never stands alone at the foot of a page in the PDF, and the rest may break anywhere.
 */
@TemplateExtension
final class Avsnitt {

    private Avsnitt() {
    }

    /** {avsnitt.forste}: the first paragraph, or null for none. */
    static String forste(List<String> avsnitt) {
        return avsnitt.isEmpty() ? null : avsnitt.get(0);
    }

    /** {avsnitt.resten}: every paragraph after the first. */
    static List<String> resten(List<String> avsnitt) {
        return avsnitt.size() <= 1 ? List.of() : avsnitt.subList(1, avsnitt.size());
    }
}
