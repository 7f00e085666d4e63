package no.legevakttilskudd.vedtak.brev;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The decision letter as it was sent. */
@Entity
@Table(name = "vedtaksbrev")
public class Brev extends Lagretbrev {

    @Id
    @Column(name = "vedtak_id")
    public Long vedtakId;

    @Override
    protected String filnavn() {
        return "vedtak-" + vedtakId;
    }
}
