package no.legevakttilskudd.vedtak.utbetaling.bunt;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One payment in a batch, with the creditor as it stood when the batch was made (the file says the same). */
@Entity
@Table(name = "utbetalingsbunt_linje")
public class Buntlinje extends PanacheEntityBase {

    @EmbeddedId
    public Nokkel id;

    @Column(name = "soknad_id", nullable = false)
    public long soknadId;

    @Column(nullable = false)
    public long belop;

    @Column(nullable = false)
    public String referanse;

    @Column(nullable = false)
    public String kommunenummer;

    @Column(nullable = false)
    public String kommunenavn;

    @Column(nullable = false)
    public String organisasjonsnummer;

    @Column(nullable = false)
    public String kontonummer;

    /** What the lines pay in all. */
    public static long sum(java.util.List<Buntlinje> linjer) {
        return linjer.stream().mapToLong(l -> l.belop).sum();
    }

    public long buntId() {
        return id.buntId;
    }

    public long vedtakId() {
        return id.vedtakId;
    }

    @Embeddable
    public static class Nokkel implements Serializable {

        @Column(name = "bunt_id")
        public long buntId;

        @Column(name = "vedtak_id")
        public long vedtakId;

        public Nokkel() {
        }

        public Nokkel(long buntId, long vedtakId) {
            this.buntId = buntId;
            this.vedtakId = vedtakId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Nokkel n && n.buntId == buntId && n.vedtakId == vedtakId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(buntId) * 31 + Long.hashCode(vedtakId);
        }
    }
}
