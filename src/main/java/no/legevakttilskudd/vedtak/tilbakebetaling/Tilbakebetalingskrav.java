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

/** A claim to repay (part of) a paid award, as it was sent; what is paid on it is in {@link Tilbakebetaling}. */
@Entity
@Immutable
@Table(name = "tilbakebetalingskrav")
public class Tilbakebetalingskrav extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "vedtak_id", nullable = false)
    public long vedtakId;

    @Column(name = "soknad_id", nullable = false)
    public long soknadId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Tilbakebetalingsgrunn grunn;

    @Column(nullable = false)
    public long belop;

    @Column(nullable = false)
    public LocalDate forfall;

    public String begrunnelse;

    @Column(nullable = false)
    public Instant opprettet;

    @Column(name = "opprettet_av", nullable = false)
    public String opprettetAv;

    @Column(name = "opprettet_av_sub", nullable = false)
    public String opprettetAvSub;

    @Column(name = "opprettet_av_navn")
    public String opprettetAvNavn;

    @Column(name = "opprettet_av_tittel")
    public String opprettetAvTittel;
}
