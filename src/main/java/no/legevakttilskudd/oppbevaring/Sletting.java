package no.legevakttilskudd.oppbevaring;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One run of the retention job, with what it deleted. */
@Entity
@Immutable
@Table(name = "sletting")
public class Sletting extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Instant startet;

    @Column(name = "kjort_av", nullable = false)
    public String kjortAv;

    @Column(name = "utkast_slettet", nullable = false)
    public int utkastSlettet;

    @Column(name = "personopplysninger_slettet", nullable = false)
    public int personopplysningerSlettet;

    @Column(name = "epost_slettet", nullable = false)
    public int epostSlettet;
}
