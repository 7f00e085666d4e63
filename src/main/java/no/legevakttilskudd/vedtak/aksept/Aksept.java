package no.legevakttilskudd.vedtak.aksept;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The kommune's acceptance of a sent award's conditions, with the account it is paid to. */
@Entity
@Table(name = "aksept")
public class Aksept extends PanacheEntityBase {

    @Id
    @Column(name = "vedtak_id")
    public Long vedtakId;

    @Column(nullable = false)
    public String kontonummer;

    @Column(nullable = false)
    public Instant akseptert;

    @Column(name = "akseptert_av", nullable = false)
    public String akseptertAv;
}
