package no.legevakttilskudd.vedtak.tilbakebetaling;

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

/** The letter of a claim as it was sent: HTML and PDF, made once with the claim. */
@Entity
@Immutable
@Table(name = "tilbakebetalingsbrev")
public class Tilbakebetalingsbrev extends PanacheEntityBase {

    @Id
    @Column(name = "krav_id")
    public Long kravId;

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
                .header("Content-Disposition", "inline; filename=\"tilbakebetalingskrav-" + kravId + ".pdf\"").build();
    }
}
