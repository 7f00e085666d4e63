package no.legevakttilskudd.vedtak.utbetaling.bunt;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A batch of payments with one payment date, which leaves for the bank as one pain.001 file once a second person approves. */
@Entity
@Table(name = "utbetalingsbunt")
public class Utbetalingsbunt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public LocalDate betalingsdato;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Buntstatus status;

    @Column(nullable = false)
    public Instant opprettet;

    @Column(name = "opprettet_av", nullable = false)
    public String opprettetAv;

    @Column(name = "opprettet_av_sub", nullable = false)
    public String opprettetAvSub;

    public Instant godkjent;

    @Column(name = "godkjent_av")
    public String godkjentAv;

    @Column(name = "godkjent_av_sub")
    public String godkjentAvSub;

    @Column(name = "avvist_begrunnelse")
    public String avvistBegrunnelse;

    public String meldingsid;

    /** The file as it was made at approval; never made again. */
    public byte[] fil;

    @Column(name = "lastet_ned")
    public Instant lastetNed;

    public Instant sendt;

    @Column(name = "sendt_av")
    public String sendtAv;

    @Version
    public long versjon;
}
