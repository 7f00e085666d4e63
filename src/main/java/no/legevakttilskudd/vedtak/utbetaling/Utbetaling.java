package no.legevakttilskudd.vedtak.utbetaling;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One payment of an accepted award. */
@Entity
@Table(name = "utbetaling")
public class Utbetaling extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "vedtak_id", nullable = false)
    public long vedtakId;

    @Column(nullable = false)
    public long belop;

    @Column(nullable = false)
    public LocalDate dato;

    @Column(nullable = false)
    public Instant registrert;

    @Column(name = "registrert_av", nullable = false)
    public String registrertAv;

    /** The batch (bank file) the payment left in; null for a payment recorded by hand. */
    @Column(name = "bunt_id")
    public Long buntId;
}
