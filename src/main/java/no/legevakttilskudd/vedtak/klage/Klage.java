package no.legevakttilskudd.vedtak.klage;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An appeal against a sent decision. */
@Entity
@Table(name = "klage")
public class Klage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "vedtak_id", nullable = false)
    public long vedtakId;

    @Column(nullable = false)
    public String tekst;

    @Column(nullable = false)
    public Instant innsendt;

    @Column(name = "innsendt_av", nullable = false)
    public String innsendtAv;

    @Column(name = "for_sen", nullable = false)
    public boolean forSen;

    @Enumerated(EnumType.STRING)
    public Klageutfall utfall;

    public Instant behandlet;

    @Column(name = "behandlet_av")
    public String behandletAv;

    public LocalDate oversendt;

    public String notat;

    /** Not yet decided; a decision has at most one open appeal (the unique index uidx_klage_apen). */
    public boolean erApen() {
        return utfall == null;
    }
}
