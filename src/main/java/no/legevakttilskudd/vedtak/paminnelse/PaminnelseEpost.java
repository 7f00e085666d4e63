package no.legevakttilskudd.vedtak.paminnelse;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A reminder mailed for a decision. The row is written with {@code INSERT … ON CONFLICT DO NOTHING} in the transaction
 * that puts the mail in the outbox (see {@link Paminnelsesutsending}); here it is only read, to leave out what has
 * been sent.
 */
@Entity
@Immutable
@Table(name = "paminnelse_epost")
@IdClass(PaminnelseEpost.Nokkel.class)
public class PaminnelseEpost extends PanacheEntityBase {

    @Id
    @Column(name = "vedtak_id")
    public Long vedtakId;

    @Id
    @Enumerated(EnumType.STRING)
    public Paminnelsestype type;

    @Column(nullable = false)
    public Instant sendt;

    /** The primary key: one reminder of each kind per decision. */
    public static class Nokkel implements Serializable {

        public Long vedtakId;
        public Paminnelsestype type;

        @Override
        public boolean equals(Object o) {
            return o instanceof Nokkel n && Objects.equals(vedtakId, n.vedtakId) && type == n.type;
        }

        @Override
        public int hashCode() {
            return Objects.hash(vedtakId, type);
        }
    }
}
