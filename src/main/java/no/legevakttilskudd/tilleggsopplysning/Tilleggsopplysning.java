package no.legevakttilskudd.tilleggsopplysning;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A caseworker's question to the kommune before the decision (forvaltningsloven § 17), with its deadline and answer. */
@Entity
@Table(name = "tilleggsopplysning")
public class Tilleggsopplysning extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "soknad_id", nullable = false, updatable = false)
    public long soknadId;

    @Column(nullable = false, updatable = false)
    public String sporsmal;

    @Column(nullable = false, updatable = false)
    public LocalDate svarfrist;

    @Column(nullable = false, updatable = false)
    public Instant spurt;

    @Column(name = "spurt_av", nullable = false, updatable = false)
    public String spurtAv;

    @Column(name = "spurt_av_sub", nullable = false, updatable = false)
    public String spurtAvSub;

    public String svar;

    public Instant besvart;

    @Column(name = "besvart_av")
    public String besvartAv;

    public Instant paminnet;

    public Instant forfalt;

    @Version
    @Column(nullable = false)
    public long versjon;

    /** The one rule for where the question stands: answered, else overdue once the deadline's day is past. */
    public Tilleggsopplysningsstatus status(LocalDate idag) {
        if (besvart != null) {
            return Tilleggsopplysningsstatus.BESVART;
        }
        return idag.isAfter(svarfrist) ? Tilleggsopplysningsstatus.FORFALT : Tilleggsopplysningsstatus.VENTER;
    }

    /** Answered after the deadline's day (Norwegian date of the answer). */
    public boolean besvartForSent(java.time.ZoneId sone) {
        return besvart != null && LocalDate.ofInstant(besvart, sone).isAfter(svarfrist);
    }
}
