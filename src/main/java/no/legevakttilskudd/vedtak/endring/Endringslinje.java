package no.legevakttilskudd.vedtak.endring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import no.legevakttilskudd.regler.TiltakKategori;

/**
 * One measure's amount in a reallocation: the budget in force when the kommune asked, and the new one. The category is
 * copied from the application, so the four-eyes question (does a category get more?) can be asked again from the row.
 */
@Embeddable
public class Endringslinje {

    @Column(name = "tiltak_nr", nullable = false)
    public int tiltakNr;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TiltakKategori kategori;

    @Column(name = "for_belop", nullable = false)
    public long forBelop;

    @Column(name = "ny_belop", nullable = false)
    public long nyBelop;

    public Endringslinje() {
    }

    public Endringslinje(int tiltakNr, TiltakKategori kategori, long forBelop, long nyBelop) {
        this.tiltakNr = tiltakNr;
        this.kategori = kategori;
        this.forBelop = forBelop;
        this.nyBelop = nyBelop;
    }

    /** The measure's number as the kommune's form counts, from 1. */
    public int nummer() {
        return tiltakNr + 1;
    }
}
