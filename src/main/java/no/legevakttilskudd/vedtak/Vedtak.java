package no.legevakttilskudd.vedtak;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.web.Kodeord;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.vedtak.grunnlag.Vedtaksgrunnlag;

/** A decision on one application, proposed by one person and approved by another (SPEC §2). */
@Entity
@Table(name = "vedtak")
public class Vedtak extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "soknad_id", nullable = false)
    public long soknadId;

    @Column(name = "utlysning_id", nullable = false)
    public long utlysningId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Utfall utfall;

    @Column(nullable = false)
    public long belop;

    @Column(nullable = false)
    public String begrunnelse;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VedtakStatus status;

    @Column(nullable = false)
    public Instant foreslatt;

    @Column(name = "foreslatt_av", nullable = false)
    public String foreslattAv;

    /** The proposer's OIDC subject: four-eyes compares this, as a user name can be given to someone else. */
    @Column(name = "foreslatt_av_sub")
    public String foreslattAvSub;

    /** The proposer's name and title as the token gave them, for the letter's signature (null when it had none). */
    @Column(name = "foreslatt_av_navn")
    public String foreslattAvNavn;

    @Column(name = "foreslatt_av_tittel")
    public String foreslattAvTittel;

    public Instant behandlet;

    @Column(name = "behandlet_av")
    public String behandletAv;

    @Column(name = "behandlet_av_sub")
    public String behandletAvSub;

    @Column(name = "behandlet_av_navn")
    public String behandletAvNavn;

    @Column(name = "behandlet_av_tittel")
    public String behandletAvTittel;

    public String returkommentar;

    public Instant sendt;

    /** Who sent it (OIDC sub): the database refuses a sender disqualified in the case (V1.20.0). */
    @Column(name = "sendt_av_sub")
    public String sendtAvSub;

    @Column(name = "erstatter_id")
    public Long erstatterId;

    /** The basis the decision was proposed on, as {@link Vedtaksgrunnlag} JSON; never changed once stored. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", updatable = false)
    public String grunnlag;

    @Version
    @Column(nullable = false)
    public long versjon;

    /** The stored basis, read; null only for decisions proposed before bases were stored. */
    public Vedtaksgrunnlag vedtaksgrunnlag() {
        return Vedtaksgrunnlag.fraJson(grunnlag);
    }

    /**
     * Records who proposes: the user name to show staff, the subject four-eyes compares, and the name and title the
     * letter is signed with, kept here because the person may be gone from the directory when the letter is read.
     */
    void registrerForslag(Innlogget innlogget, Instant naa) {
        foreslatt = naa;
        foreslattAv = innlogget.brukernavn();
        foreslattAvSub = innlogget.subjekt();
        foreslattAvNavn = innlogget.navn();
        foreslattAvTittel = innlogget.tittel();
    }

    /** Records who approves or returns, as {@link #registrerForslag}. */
    void registrerBehandling(Innlogget innlogget, Instant naa) {
        behandlet = naa;
        behandletAv = innlogget.brukernavn();
        behandletAvSub = innlogget.subjekt();
        behandletAvNavn = innlogget.navn();
        behandletAvTittel = innlogget.tittel();
    }

    String sammendrag() {
        return Kodeord.ord(status, Kodeord.BOKMAL) + ", " + Kodeord.ord(utfall, Kodeord.BOKMAL).toLowerCase(Kodeord.BOKMAL) + ", "
                + Kroner.tekst(belop);
    }
}
