package no.legevakttilskudd.utlysning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Formula;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import no.legevakttilskudd.felles.Flerspraklig;
import no.legevakttilskudd.regler.Marginalregel;
import no.legevakttilskudd.regler.TiltakKategori;

/** A call (tilskuddsrunde) with its frame and the rule parameters of SPEC §4. */
@Entity
@Table(name = "utlysning")
public class Utlysning extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int aar;

    /** The title in bokmål, the language of what is stored; see {@link #titler()}. */
    @Column(nullable = false)
    public String tittel;

    @Column(name = "tittel_nn")
    public String tittelNynorsk;

    @Column(name = "tittel_en")
    public String tittelEngelsk;

    /** Whom kommuner contact about this call; all three empty means the agency's own contact (see UtlysningService.kontakt). */
    @Column(name = "kontakt_navn")
    public String kontaktNavn;

    @Column(name = "kontakt_epost")
    public String kontaktEpost;

    @Column(name = "kontakt_telefon")
    public String kontaktTelefon;

    @Column(nullable = false)
    public Instant apner;

    @Column(nullable = false)
    public Instant soknadsfrist;

    /** The last day (Norwegian date) for the kommune's report on an award; a report after it is flagged late. */
    @Column(nullable = false)
    public LocalDate rapportfrist;

    @Column(nullable = false)
    public long ramme;

    /** Stored as "5,6": a short, readable column; the set is the API's view. */
    @Column(name = "sentralitetsklasser", nullable = false)
    String sentralitetsklasserTekst;

    @Column(nullable = false)
    public int folketallsgrense;

    @Column(name = "folketall_aar")
    public Integer folketallAar;

    /** Months after the deadline before drafts never sent are deleted (oppbevaring; standard 6). */
    @Column(name = "utkast_slettes_maneder", nullable = false)
    public int utkastSlettesManeder = 6;

    /** Years after a case closed before its contact person is erased (oppbevaring; standard 10). */
    @Column(name = "personopplysninger_slettes_aar", nullable = false)
    public int personopplysningerSlettesAar = 10;

    /** Stored as "REKRUTTERING,KOMPETANSE"; null accepts every category. See {@link #kategorier()}. */
    @Column(name = "kategorier")
    String kategorierTekst;

    /** The call whose unspent remainder this one announces again; its frame is then what that one left (Rammepott.ramme). */
    @Column(name = "gjenutlysning_av")
    public Long gjenutlysningAv;

    /** The key of a real round shipped with the system (utlysning/runder.json), or null for a call an admin made. */
    public String runde;

    /** Where the call's parameters come from, for a shipped round. */
    public String kilde;

    /** How many kommuner the directorate said could apply, where it published that. */
    @Column(name = "kvalifiserte_publisert")
    public Integer kvalifisertePublisert;

    @Column(nullable = false)
    public long tak;

    @Column(nullable = false)
    public long minstebelop;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Marginalregel marginal;

    @Column(nullable = false)
    public boolean klageadgang;

    @Column(name = "klage_tekst")
    public String klageTekst;

    @Column(nullable = false)
    public boolean publisert;

    /** Decisions as applications come, instead of after the deadline (an admin's explicit choice). */
    @Column(name = "fortlopende_vedtak", nullable = false)
    public boolean fortlopendeVedtak;

    public Instant avgjort;

    @Column(name = "kommuneregister_versjon_id", nullable = false)
    public long kommuneregisterVersjonId;

    @Column(nullable = false)
    public Instant opprettet;

    @Column(name = "opprettet_av", nullable = false)
    public String opprettetAv;

    /**
     * Whether the round's decisions are sent: at least one application has its decision sent and none waits for one.
     * Read from the applications each time the call is loaded, so no path that sends a decision has to remember it; the
     * application's status changes exactly when its decision is sent (VedtakService.send).
     */
    @Formula("(exists (select 1 from soknad s where s.utlysning_id = id and s.status in ('INNVILGET', 'DELVIS_INNVILGET', 'AVSLATT', "
            + "'AVVIST')) and not exists (select 1 from soknad s where s.utlysning_id = id and s.status in ('SENDT', 'UNDER_BEHANDLING')))")
    boolean vedtakeneErSendt;

    @Version
    public long versjon;

    /** The title in the three languages, for a page to show in its own. */
    public Flerspraklig titler() {
        return new Flerspraklig(tittel, tittelNynorsk, tittelEngelsk);
    }

    /** The call's own contact point, or null when it has none and the agency's applies. */
    public Kontaktpunkt egenKontakt() {
        return kontaktNavn == null ? null : new Kontaktpunkt(kontaktNavn, kontaktEpost, kontaktTelefon);
    }

    public SortedSet<Integer> sentralitetsklasser() {
        return Arrays.stream(sentralitetsklasserTekst.split(",")).map(Integer::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public void settSentralitetsklasser(SortedSet<Integer> klasser) {
        sentralitetsklasserTekst = klasser.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The measure categories the call accepts, in the enum's order; empty: all. */
    public SortedSet<TiltakKategori> kategorier() {
        return kategorierTekst == null ? new TreeSet<>() : Arrays.stream(kategorierTekst.split(",")).map(TiltakKategori::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every category, or none given, is stored as «all» (null), so a call that takes all says so one way. */
    public void settKategorier(Collection<TiltakKategori> kategorier) {
        kategorierTekst = kategorier == null || kategorier.isEmpty() || kategorier.containsAll(EnumSet.allOf(TiltakKategori.class)) ? null
                : kategorier.stream().sorted().distinct().map(Enum::name).collect(Collectors.joining(","));
    }

    public UtlysningStatus status(Instant naa) {
        if (!publisert || naa.isBefore(apner)) {
            return UtlysningStatus.DRAFT;
        }
        // Decisions sent before the deadline do not end the round: more applications may still come.
        if (avgjort != null || fristenErUte(naa) && vedtakeneErSendt) {
            return UtlysningStatus.DECIDED;
        }
        return fristenErUte(naa) ? UtlysningStatus.CLOSED : UtlysningStatus.OPEN;
    }

    public boolean fristenErUte(Instant naa) {
        return naa.isAfter(soknadsfrist);
    }

    /** Reports were due 1 April the year after the call (SPEC §1); a call that says nothing else keeps that. */
    public static LocalDate standardRapportfrist(int aar) {
        return LocalDate.of(aar + 1, 4, 1);
    }
}
