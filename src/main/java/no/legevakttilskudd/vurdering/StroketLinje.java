package no.legevakttilskudd.vurdering;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A budget line the caseworker has struck, by its place in the application (the content is frozen once sent), with
 * the reason.
 */
@Embeddable
public class StroketLinje {

    @Column(name = "tiltak_nr", nullable = false)
    public int tiltakNr;

    @Column(name = "linje_nr", nullable = false)
    public int linjeNr;

    @Column(nullable = false)
    public String begrunnelse;

    public StroketLinje() {
    }

    public StroketLinje(int tiltakNr, int linjeNr, String begrunnelse) {
        this.tiltakNr = tiltakNr;
        this.linjeNr = linjeNr;
        this.begrunnelse = begrunnelse;
    }
}
