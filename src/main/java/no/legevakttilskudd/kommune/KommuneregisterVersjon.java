package no.legevakttilskudd.kommune;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One loaded version of the registry; exactly one is active, older ones stay for the calls that refer to them. */
@Entity
@Table(name = "kommuneregister_versjon")
public class KommuneregisterVersjon extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String kilde;

    @Column(name = "lastet_inn", nullable = false)
    public Instant lastetInn;

    @Column(name = "lastet_inn_av", nullable = false)
    public String lastetInnAv;

    @Column(name = "antall_kommuner", nullable = false)
    public int antallKommuner;

    @Column(nullable = false)
    public boolean aktiv;

    /** Which release of SSB's centrality index the classes come from, where known («SSB sentralitetsindeks, 2024-oppdateringen»). */
    public String indeksversjon;

    public static KommuneregisterVersjon aktiv() {
        return find("aktiv", true).firstResult();
    }
}
