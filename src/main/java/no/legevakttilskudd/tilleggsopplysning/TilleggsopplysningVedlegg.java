package no.legevakttilskudd.tilleggsopplysning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import no.legevakttilskudd.soknad.Pdfvedlegg;

/** A PDF the kommune attached to its answer, checked and kept as the application's attachments are. */
@Entity
@Table(name = "tilleggsopplysning_vedlegg")
public class TilleggsopplysningVedlegg extends Pdfvedlegg {

    @Column(name = "tilleggsopplysning_id", nullable = false)
    public long tilleggsopplysningId;

    @Override
    protected String systemnavn() {
        return "svarvedlegg-" + id + ".pdf";
    }
}
