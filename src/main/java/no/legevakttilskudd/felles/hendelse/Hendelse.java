package no.legevakttilskudd.felles.hendelse;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One row of the audit log. Immutable here and in the database (a trigger refuses UPDATE, DELETE, TRUNCATE). */
@Entity
@Immutable
@Table(name = "hendelse")
public class Hendelse extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Instant tidspunkt;

    @Column(nullable = false)
    public String aktor;

    @Column(nullable = false)
    public String rolle;

    @Column(nullable = false)
    public String entitet;

    @Column(name = "entitet_id", nullable = false)
    public String entitetId;

    @Column(nullable = false)
    public String handling;

    @Column(name = "for_verdi")
    public String forVerdi;

    @Column(name = "etter_verdi")
    public String etterVerdi;
}
