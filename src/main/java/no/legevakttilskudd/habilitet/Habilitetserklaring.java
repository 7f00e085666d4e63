package no.legevakttilskudd.habilitet;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A person's declaration that they are disqualified in a case (forvaltningsloven § 6). Never deleted: withdrawn with a
 * reason, so the case shows who stood aside and when.
 */
@Entity
@Table(name = "habilitetserklaring")
public class Habilitetserklaring extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "soknad_id", nullable = false, updatable = false)
    public long soknadId;

    @Column(nullable = false, updatable = false)
    public String subjekt;

    @Column(nullable = false, updatable = false)
    public String brukernavn;

    @Column(updatable = false)
    public String navn;

    @Column(nullable = false, updatable = false)
    public String begrunnelse;

    @Column(nullable = false, updatable = false)
    public Instant erklart;

    public Instant trukket;

    @Column(name = "trukket_begrunnelse")
    public String trukketBegrunnelse;

    @Version
    @Column(nullable = false)
    public long versjon;

    public boolean gjelder() {
        return trukket == null;
    }

    /** The person as colleagues know them: the name from the token, else the user name. */
    public String person() {
        return navn != null ? navn : brukernavn;
    }
}
