package no.legevakttilskudd.vedtak.brev;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.MappedSuperclass;
import jakarta.ws.rs.core.Response;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A letter as it was sent, kept exactly (the tables allow no UPDATE): the HTML shown and the PDF made from it by
 * {@code felles/Pdfskriver}. The decision letter, the change letter and the repayment letter are each one of these.
 */
@MappedSuperclass
public abstract class Lagretbrev extends PanacheEntityBase {

    @Column(nullable = false)
    public String html;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] pdf;

    @Column(nullable = false)
    public Instant laget;

    /** The name the PDF is downloaded under, without ".pdf": it says which letter it is («vedtak-17»). */
    protected abstract String filnavn();

    /**
     * The letter's body as it was sent, to show inside a page. It is our own rendering with every user text already
     * escaped, so it is shown as it is; the letter's own styles stay behind (the page's CSP allows no inline style).
     */
    public String innhold() {
        int start = html.indexOf("<body>");
        int slutt = html.lastIndexOf("</body>");
        return start < 0 || slutt < start ? html : html.substring(start + "<body>".length(), slutt);
    }

    /** The letter as the PDF answer every download gives: shown in the browser, named after the letter. */
    public Response somPdf() {
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"" + filnavn() + ".pdf\"").build();
    }
}
