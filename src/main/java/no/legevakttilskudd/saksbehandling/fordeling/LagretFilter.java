package no.legevakttilskudd.saksbehandling.fordeling;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A work-list filter a member of staff saved under a name; only its owner sees it. */
@Entity
@Table(name = "lagret_filter")
public class LagretFilter extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "eier_sub", nullable = false)
    public String eierSub;

    @Column(nullable = false)
    public String navn;

    @Column(nullable = false)
    public String sporring;

    @Column(nullable = false)
    public Instant opprettet;
}
