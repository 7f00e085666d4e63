package no.legevakttilskudd.vedtak.brev;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** The decision letter shown as a page, the same for the kommune and for staff; only the links around it differ. */
@ApplicationScoped
public class Brevside {

    @Inject
    @Location("brev/side.html")
    Template side;

    /**
     * @param tilbake where the page's back link goes: the kommune's application or the caseworker's case
     * @param pdf     the same letter as PDF, for download
     */
    /** @param slag which letter it is, for the page's title */
    public TemplateInstance vis(Lagretbrev brev, Brevslag slag, String referanse, String tilbake, String pdf) {
        return side.data("innhold", brev.innhold()).data("laget", brev.laget).data("slag", slag).data("referanse", referanse)
                .data("tilbake", tilbake).data("pdf", pdf);
    }
}
