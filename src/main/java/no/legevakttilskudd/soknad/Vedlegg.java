package no.legevakttilskudd.soknad;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jakarta.ws.rs.core.Response;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A PDF attachment, stored in PostgreSQL with its metadata in one transaction. */
@Entity
@Table(name = "vedlegg")
public class Vedlegg extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "soknad_id", nullable = false)
    public long soknadId;

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

    /**
     * The download, the same from the API and the pages: always named by the system, never by the uploader (a name
     * can carry anything), saved rather than shown in the browser, and never sniffed as anything but PDF.
     */
    public Response somPdf() {
        return Response.ok(innhold, "application/pdf")
                // The ASCII name for old clients, the kommune's own file name (RFC 6266) for the rest.
                .header("Content-Disposition", "attachment; filename=\"vedlegg-" + id + ".pdf\"; filename*=UTF-8''"
                        + URLEncoder.encode(filnavn, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
