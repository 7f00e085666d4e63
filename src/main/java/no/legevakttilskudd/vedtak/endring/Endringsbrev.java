package no.legevakttilskudd.vedtak.endring;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.ws.rs.core.Response;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.legevakttilskudd.vedtak.brev.Brev;

/** The change letter as it was sent: HTML and PDF, made once when the request was decided. */
@Entity
@Immutable
@Table(name = "endringsbrev")
public class Endringsbrev extends PanacheEntityBase {

    @Id
    @Column(name = "endringssoknad_id")
    public Long endringssoknadId;

    @Column(nullable = false)
    public String html;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] pdf;

    @Column(nullable = false)
    public Instant laget;

    public String innhold() {
        return Brev.kropp(html);
    }

    public Response somPdf() {
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"endringsbrev-" + endringssoknadId + ".pdf\"").build();
    }
}
