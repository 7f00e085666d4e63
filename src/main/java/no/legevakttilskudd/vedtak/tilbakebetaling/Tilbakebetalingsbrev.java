package no.legevakttilskudd.vedtak.tilbakebetaling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import no.legevakttilskudd.vedtak.brev.Lagretbrev;

/** The letter of a repayment claim as it was sent: made once with the claim. */
@Entity
@Immutable
@Table(name = "tilbakebetalingsbrev")
public class Tilbakebetalingsbrev extends Lagretbrev {

    @Id
    @Column(name = "krav_id")
    public Long kravId;

    @Override
    protected String filnavn() {
        return "tilbakebetalingskrav-" + kravId;
    }
}
