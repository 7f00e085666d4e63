package no.legevakttilskudd.saksbehandling.fordeling;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Who is responsible for a case now; no row means unassigned. */
@Entity
@Table(name = "saksansvar")
public class Saksansvar extends PanacheEntityBase {

    @Id
    @Column(name = "soknad_id")
    public Long soknadId;

    @Column(name = "ansvarlig_sub", nullable = false)
    public String ansvarligSub;

    @Column(name = "fordelt_av", nullable = false)
    public String fordeltAv;

    @Column(nullable = false)
    public Instant fordelt;

    @Version
    @Column(nullable = false)
    public long versjon;
}
