package no.legevakttilskudd.saksbehandling.fordeling;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A member of the directorate's staff as their last login showed them: whom a case can be assigned to. */
@Entity
@Table(name = "ansatt")
public class Ansatt extends PanacheEntityBase {

    @Id
    public String subjekt;

    @Column(nullable = false)
    public String brukernavn;

    public String navn;

    @Column(nullable = false)
    public String roller;

    @Column(name = "sist_sett", nullable = false)
    public LocalDate sistSett;

    /** As colleagues know them: the name, else the user name. */
    public String visning() {
        return navn != null ? navn + " (" + brukernavn + ")" : brukernavn;
    }
}
