package no.legevakttilskudd.vedtak.tilbakebetaling;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One line paid on a claim: money the kommune paid in, or an amount set off against a later payment to it. */
@Entity
@Immutable
@Table(name = "tilbakebetaling")
public class Tilbakebetaling extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "krav_id", nullable = false)
    public long kravId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Tilbakebetalingskilde kilde;

    @Column(nullable = false)
    public long belop;

    @Column(nullable = false)
    public LocalDate dato;

    /** The payment the amount was set off against; null for money paid in. */
    @Column(name = "utbetaling_id")
    public Long utbetalingId;

    @Column(nullable = false)
    public Instant registrert;

    @Column(name = "registrert_av", nullable = false)
    public String registrertAv;
}
