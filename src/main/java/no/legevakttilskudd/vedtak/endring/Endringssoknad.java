package no.legevakttilskudd.vedtak.endring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.legevakttilskudd.felles.Innlogget;

/** The kommune's request to change an award (a later report deadline, or money moved between measures), and its decision. */
@Entity
@Table(name = "endringssoknad")
public class Endringssoknad extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "vedtak_id", nullable = false)
    public long vedtakId;

    @Column(name = "soknad_id", nullable = false)
    public long soknadId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Endringstype type;

    @Column(name = "ny_rapportfrist")
    public LocalDate nyRapportfrist;

    @Column(name = "gjeldende_frist", nullable = false)
    public LocalDate gjeldendeFrist;

    @Column(nullable = false)
    public String begrunnelse;

    @Column(name = "mellom_kategorier", nullable = false)
    public boolean mellomKategorier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Endringsstatus status;

    @Column(nullable = false)
    public Instant sendt;

    @Column(name = "sendt_av", nullable = false)
    public String sendtAv;

    public Instant avgjort;

    @Column(name = "avgjort_av")
    public String avgjortAv;

    @Column(name = "avgjort_av_sub")
    public String avgjortAvSub;

    @Column(name = "avgjort_av_navn")
    public String avgjortAvNavn;

    @Column(name = "avgjort_av_tittel")
    public String avgjortAvTittel;

    public String svar;

    public Instant godkjent;

    @Column(name = "godkjent_av")
    public String godkjentAv;

    @Column(name = "godkjent_av_sub")
    public String godkjentAvSub;

    @Column(name = "godkjent_av_navn")
    public String godkjentAvNavn;

    @Column(name = "godkjent_av_tittel")
    public String godkjentAvTittel;

    @Version
    @Column(nullable = false)
    public long versjon;

    /** The new amounts per measure; empty for a deadline. Written once with the request and never changed. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "endringssoknad_linje", joinColumns = @JoinColumn(name = "endringssoknad_id"))
    @OrderBy("tiltakNr")
    public List<Endringslinje> linjer = new ArrayList<>();

    void avgjortAv(Innlogget innlogget, Instant naa) {
        avgjort = naa;
        avgjortAv = innlogget.brukernavn();
        avgjortAvSub = innlogget.subjekt();
        avgjortAvNavn = innlogget.navn();
        avgjortAvTittel = innlogget.tittel();
    }

    void godkjentAv(Innlogget innlogget, Instant naa) {
        godkjent = naa;
        godkjentAv = innlogget.brukernavn();
        godkjentAvSub = innlogget.subjekt();
        godkjentAvNavn = innlogget.navn();
        godkjentAvTittel = innlogget.tittel();
    }

    /** Back to the caseworker: the approver returned the grant, so nobody has decided it. */
    void tilbakeTilSaksbehandler() {
        status = Endringsstatus.SENDT;
        avgjort = null;
        avgjortAv = null;
        avgjortAvSub = null;
        avgjortAvNavn = null;
        avgjortAvTittel = null;
        svar = null;
    }

    /** When it was decided for the kommune: the approval when a second person had to approve, else the caseworker's. */
    public Instant avgjortEndelig() {
        return godkjent != null ? godkjent : avgjort;
    }
}
