package no.legevakttilskudd.kommune;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A registry row: the SSB facts the rules use, in one registry version. */
@Entity
@Table(name = "kommune")
public class Kommune extends PanacheEntityBase {

    @EmbeddedId
    public Id id;

    @Column(nullable = false)
    public String navn;

    @Column(nullable = false)
    public String fylkesnummer;

    @Column(nullable = false)
    public String fylkesnavn;

    @Column(nullable = false)
    public int sentralitetsklasse;

    @Column(nullable = false)
    public int sentralitetsindeks;

    @Column(nullable = false)
    public int folketall;

    @Column(name = "folketall_aar", nullable = false)
    public int folketallAar;

    public String organisasjonsnummer;

    public String kommunenummer() {
        return id.kommunenummer;
    }

    @Embeddable
    public static class Id implements Serializable {

        @Column(name = "versjon_id")
        public Long versjonId;

        public String kommunenummer;

        public Id() {
        }

        public Id(Long versjonId, String kommunenummer) {
            this.versjonId = versjonId;
            this.kommunenummer = kommunenummer;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Id id && Objects.equals(versjonId, id.versjonId)
                    && Objects.equals(kommunenummer, id.kommunenummer);
        }

        @Override
        public int hashCode() {
            return Objects.hash(versjonId, kommunenummer);
        }
    }
}
