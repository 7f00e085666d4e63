package no.legevakttilskudd.soknad;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A PDF attachment to the application, stored in PostgreSQL with its metadata in one transaction. */
@Entity
@Table(name = "vedlegg")
public class Vedlegg extends Pdfvedlegg {

    @Column(name = "soknad_id", nullable = false)
    public long soknadId;

    @Override
    protected String systemnavn() {
        return "vedlegg-" + id + ".pdf";
    }
}
