package no.legevakttilskudd.soknad;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.legevakttilskudd.felles.web.Kodeord;
import no.legevakttilskudd.regler.Kroner;

import no.legevakttilskudd.regler.Vaktform;

/** A kommune's application in one call (SPEC §3). Omsøkt is always the sum of the budget lines. */
@Entity
@Table(name = "soknad")
public class Soknad extends PanacheEntityBase {


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "utlysning_id", nullable = false)
    public long utlysningId;

    @Column(nullable = false)
    public String kommunenummer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SoknadStatus status;

    public String referanse;

    @Column(name = "kontakt_navn")
    public String kontaktNavn;

    @Column(name = "kontakt_epost")
    public String kontaktEpost;

    @Column(name = "kontakt_telefon")
    public String kontaktTelefon;

    @Column(name = "antall_leger")
    public Integer antallLeger;

    public Integer vaktdeling;

    @Column(name = "vaktdogn_per_lege")
    public Integer vaktdognPerLege;

    @Enumerated(EnumType.STRING)
    public Vaktform vaktform;

    public String formal;

    @Column(nullable = false)
    public long omsokt;

    @ElementCollection
    @CollectionTable(name = "soknad_legevakt_kommune", joinColumns = @JoinColumn(name = "soknad_id"))
    @OrderColumn(name = "rekkefolge", nullable = false)
    @Column(name = "kommunenummer", nullable = false)
    public List<String> legevaktKommuner = new ArrayList<>();

    /**
     * In the order the kommune gave them ({@link Tiltak#rekkefolge}, set by {@link #leggTil}). The key and the order
     * are written with each measure's insert: a join column Hibernate may update, or an {@code @OrderColumn}, would
     * cost an extra UPDATE per measure on every save.
     */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "soknad_id", nullable = false, updatable = false)
    @OrderBy("rekkefolge")
    public List<Tiltak> tiltak = new ArrayList<>();

    @Column(nullable = false)
    public Instant opprettet;

    @Column(name = "opprettet_av", nullable = false)
    public String opprettetAv;

    @Column(nullable = false)
    public Instant endret;

    public Instant sendt;

    public Instant trukket;

    @Version
    public long versjon;

    /** Adds a measure last, with its place in the application. */
    public void leggTil(Tiltak nytt) {
        nytt.rekkefolge = tiltak.size();
        tiltak.add(nytt);
    }

    public void beregnOmsokt() {
        omsokt = tiltak.stream().mapToLong(Tiltak::sum).sum();
    }

    public String sammendrag() {
        // In words, as the log is read by people; the codes are in columns of their own.
        return Kodeord.ord(status, Kodeord.BOKMAL) + (referanse != null ? " " + referanse : "") + ", omsøkt " + Kroner.tekst(omsokt) + ", "
                + tiltak.size() + " tiltak, legevakt med " + legevaktKommuner.size() + (legevaktKommuner.size() == 1 ? " kommune" : " kommuner");
    }
}
