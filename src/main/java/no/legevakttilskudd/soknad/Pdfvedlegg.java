package no.legevakttilskudd.soknad;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.ws.rs.core.Response;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A PDF a kommune uploaded, wherever it is attached (the application, an answer to a question): checked by
 * {@link VedleggService#kontrollerPdf}, stored in PostgreSQL with its metadata, downloaded the same way.
 */
@MappedSuperclass
public abstract class Pdfvedlegg extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String filnavn;

    @Column(nullable = false)
    public int storrelse;

    @Column(nullable = false)
    public String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] innhold;

    @Column(name = "lastet_opp", nullable = false)
    public Instant lastetOpp;

    @Column(name = "lastet_opp_av", nullable = false)
    public String lastetOppAv;

    /** The name of the download for old clients; never the uploader's (a name can carry anything). */
    protected abstract String systemnavn();

    /**
     * The download, the same from the API and the pages: named by the system for old clients and by the uploader's own
     * name (RFC 6266) for the rest, saved rather than shown in the browser, and never sniffed as anything but PDF.
     */
    public Response somPdf() {
        return Response.ok(innhold, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + systemnavn() + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(filnavn, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
