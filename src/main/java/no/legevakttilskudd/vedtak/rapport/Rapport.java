package no.legevakttilskudd.vedtak.rapport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The kommune's report on an award (SPEC §3). */
@Entity
@Table(name = "rapport")
public class Rapport extends PanacheEntityBase {

    @Id
    @Column(name = "vedtak_id")
    public Long vedtakId;

    @Column(nullable = false)
    public Instant innsendt;

    @Column(name = "innsendt_av", nullable = false)
    public String innsendtAv;

    @Column(name = "for_sen", nullable = false)
    public boolean forSen;

    @Column(nullable = false)
    public long brukt;

    @Column(nullable = false)
    public long ubrukt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RapportStatus status;

    public String kommentar;

    public Instant behandlet;

    @Column(name = "behandlet_av")
    public String behandletAv;

    @Version
    @Column(nullable = false)
    public long versjon;

    // A report is always read with its lines (at most one per measure), so they come with it.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rapport_tiltak", joinColumns = @JoinColumn(name = "vedtak_id"))
    @OrderBy("tiltakNr")
    public List<Rapportlinje> linjer = new ArrayList<>();
}
