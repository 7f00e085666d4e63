package no.legevakttilskudd.soknad;

import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import no.legevakttilskudd.regler.TiltakKategori;

/** A measure of an application, with its budget lines. */
@Entity
@Table(name = "tiltak")
public class Tiltak {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TiltakKategori kategori;

    public String beskrivelse;

    /** Its place among the application's measures, from 0 ({@link Soknad#leggTil}). */
    @Column(nullable = false)
    public int rekkefolge;

    @ElementCollection
    @CollectionTable(name = "budsjettlinje", joinColumns = @JoinColumn(name = "tiltak_id"))
    @OrderColumn(name = "rekkefolge", nullable = false)
    public List<Budsjettlinje> budsjettlinjer = new ArrayList<>();

    public long sum() {
        return budsjettlinjer.stream().mapToLong(linje -> linje.belop).sum();
    }
}
