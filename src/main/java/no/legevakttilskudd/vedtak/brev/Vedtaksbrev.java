package no.legevakttilskudd.vedtak.brev;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import no.legevakttilskudd.felles.Pdfskriver;

/**
 * The decision letter: one Qute template, rendered as HTML (shown and stored) and as PDF by openhtmltopdf. The PDF embeds
 * DejaVu Sans (bundled at build time, see pom.xml), so æøå and Sami letters look the same on every machine, and it is
 * tagged (PDF/UA) with title and language, so screen readers can read it.
 */
@ApplicationScoped
public class Vedtaksbrev {

    @Inject
    @Location("brev/vedtaksbrev.html")
    Template mal;

    public String html(Brevdata brev) {
        return mal.data("brev", brev).render();
    }

    public byte[] pdf(Brevdata brev) {
        return Pdfskriver.pdf(html(brev), "Vedtaksbrevet");
    }
}
