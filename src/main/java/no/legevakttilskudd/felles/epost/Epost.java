package no.legevakttilskudd.felles.epost;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One e-mail in the outbox, with its delivery attempts. */
@Entity
@Table(name = "epost_utboks")
public class Epost extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String til;

    @Column(nullable = false)
    public String emne;

    @Column(nullable = false)
    public String tekst;

    @Column(nullable = false)
    public String grunn;

    @Column(nullable = false)
    public String entitet;

    @Column(name = "entitet_id", nullable = false)
    public String entitetId;

    @Column(nullable = false)
    public Instant opprettet;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EpostStatus status;

    @Column(name = "antall_forsok", nullable = false)
    public int antallForsok;

    @Column(name = "neste_forsok", nullable = false)
    public Instant nesteForsok;

    @Column(name = "siste_feil")
    public String sisteFeil;

    public Instant sendt;
}
