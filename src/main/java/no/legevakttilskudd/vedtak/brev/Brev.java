package no.legevakttilskudd.vedtak.brev;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.ws.rs.core.Response;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The decision letter as it was sent. */
@Entity
@Table(name = "vedtaksbrev")
public class Brev extends PanacheEntityBase {

    @Id
    @Column(name = "vedtak_id")
    public Long vedtakId;

    @Column(nullable = false)
    public String html;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] pdf;

    @Column(nullable = false)
    public Instant laget;

    /**
     * The letter's body as it was sent, to show inside a page. It is our own rendering with every user text already
     * escaped, so it is shown as it is; the letter's own styles stay behind (the page's CSP allows no inline style).
     */
    public String innhold() {
        return kropp(html);
    }

    /** The body of a letter we rendered ourselves, for showing inside a page (the change letter too). */
    public static String kropp(String html) {
        int start = html.indexOf("<body>");
        int slutt = html.lastIndexOf("</body>");
        return start < 0 || slutt < start ? html : html.substring(start + "<body>".length(), slutt);
    }

    /** The letter as the PDF answer every download gives: shown in the browser, named after the decision. */
    public Response somPdf() {
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"vedtak-" + vedtakId + ".pdf\"").build();
    }
}
