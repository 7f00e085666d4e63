package no.legevakttilskudd.vedtak.endring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import no.legevakttilskudd.vedtak.brev.Lagretbrev;

/** The change letter as it was sent: made once when the request was decided. */
@Entity
@Immutable
@Table(name = "endringsbrev")
public class Endringsbrev extends Lagretbrev {

    @Id
    @Column(name = "endringssoknad_id")
    public Long endringssoknadId;

    @Override
    protected String filnavn() {
        return "endringsbrev-" + endringssoknadId;
    }
}
