package no.legevakttilskudd.vurdering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The caseworker's assessment of one sent application (SPEC §3). */
@Entity
@Table(name = "vurdering")
public class Vurdering extends PanacheEntityBase {

    @Id
    @Column(name = "soknad_id")
    public Long soknadId;

    @Column(name = "godkjent_budsjett", nullable = false)
    public long godkjentBudsjett;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kvalitet kvalitet;

    public String notat;

    @Column(nullable = false)
    public Instant endret;

    @Column(name = "endret_av", nullable = false)
    public String endretAv;

    /** Who saved it last (OIDC sub): the database refuses one disqualified in the case (V1.20.0). */
    @Column(name = "endret_av_sub")
    public String endretAvSub;

    @Version
    @Column(nullable = false)
    public long versjon;

    @ElementCollection
    @CollectionTable(name = "vurdering_strok", joinColumns = @JoinColumn(name = "soknad_id"))
    public List<StroketLinje> strok = new ArrayList<>();
}
