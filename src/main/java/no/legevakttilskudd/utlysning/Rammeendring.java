package no.legevakttilskudd.utlysning;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change of a call's frame: who, when, why (50 → 62 mill in December 2022). */
@Entity
@Immutable
@Table(name = "rammeendring")
public class Rammeendring extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "utlysning_id", nullable = false)
    public long utlysningId;

    @Column(name = "fra_belop", nullable = false)
    public long fraBelop;

    @Column(name = "til_belop", nullable = false)
    public long tilBelop;

    @Column(nullable = false)
    public String begrunnelse;

    @Column(nullable = false)
    public Instant endret;

    @Column(name = "endret_av", nullable = false)
    public String endretAv;
}
