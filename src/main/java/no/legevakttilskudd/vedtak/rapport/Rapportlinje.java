package no.legevakttilskudd.vedtak.rapport;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What was done for one measure, and what it cost. */
@Embeddable
public class Rapportlinje {

    @Column(name = "tiltak_nr", nullable = false)
    public int tiltakNr;

    @Column(nullable = false)
    public String gjort;

    @Column(nullable = false)
    public long brukt;

    public Rapportlinje() {
    }

    public Rapportlinje(int tiltakNr, String gjort, long brukt) {
        this.tiltakNr = tiltakNr;
        this.gjort = gjort;
        this.brukt = brukt;
    }
}
