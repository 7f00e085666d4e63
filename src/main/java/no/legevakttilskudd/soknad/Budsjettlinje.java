package no.legevakttilskudd.soknad;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One budget line of a measure: text and whole NOK. */
@Embeddable
public class Budsjettlinje {

    @Column(nullable = false)
    public String tekst;

    @Column(nullable = false)
    public long belop;

    public Budsjettlinje() {
    }

    public Budsjettlinje(String tekst, long belop) {
        this.tekst = tekst;
        this.belop = belop;
    }
}
