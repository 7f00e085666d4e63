package no.legevakttilskudd.saksbehandling;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.hendelse.Historikkrad;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.habilitet.HabilitetService;
import no.legevakttilskudd.habilitet.Habilitetsoversikt;
import no.legevakttilskudd.kommune.Kommune;
import no.legevakttilskudd.kommune.Kommunefaktaoppslag;
import no.legevakttilskudd.kommune.KommuneregisterService;
import no.legevakttilskudd.regler.Kommunefakta;
import no.legevakttilskudd.saksbehandling.fordeling.SaksfordelingService;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.soknad.SoknadDto;
import no.legevakttilskudd.soknad.SoknadService;
import no.legevakttilskudd.soknad.SoknadVisning;
import no.legevakttilskudd.tildeling.TildelingDto;
import no.legevakttilskudd.tildeling.TildelingService;
import no.legevakttilskudd.tilleggsopplysning.TilleggsopplysningService;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;
import no.legevakttilskudd.vedtak.Kommunebegrunnelse;
import no.legevakttilskudd.vedtak.Utfall;
import no.legevakttilskudd.vedtak.Vedtak;
import no.legevakttilskudd.vedtak.VedtakService;
import no.legevakttilskudd.vedtak.VedtakStatus;
import no.legevakttilskudd.vedtak.Vedtakshandlinger;
import no.legevakttilskudd.vedtak.aksept.Aksept;
import no.legevakttilskudd.vedtak.endring.EndringService;
import no.legevakttilskudd.vedtak.endring.Endringsbrev;
import no.legevakttilskudd.vedtak.endring.Endringshandlinger;
import no.legevakttilskudd.vedtak.endring.Endringssoknad;
import no.legevakttilskudd.vedtak.endring.Tilskuddsplan;
import no.legevakttilskudd.vedtak.tilbakebetaling.Kravstatus;
import no.legevakttilskudd.vedtak.tilbakebetaling.Kravvisning;
import no.legevakttilskudd.vedtak.tilbakebetaling.TilbakebetalingService;
import no.legevakttilskudd.vedtak.tilbakebetaling.Tilbakebetalingsbrev;
import no.legevakttilskudd.vedtak.tilbakebetaling.Tilbakebetalingsgrunn;
import no.legevakttilskudd.vedtak.aksept.AkseptService;
import no.legevakttilskudd.vedtak.brev.Brevside;
import no.legevakttilskudd.vedtak.brev.Brevslag;
import no.legevakttilskudd.vedtak.klage.Klage;
import no.legevakttilskudd.vedtak.klage.KlageService;
import no.legevakttilskudd.vedtak.rapport.Rapport;
import no.legevakttilskudd.vedtak.rapport.RapportService;
import no.legevakttilskudd.vedtak.utbetaling.Utbetaling;
import no.legevakttilskudd.vedtak.utbetaling.UtbetalingService;
import no.legevakttilskudd.vurdering.Vurdering;
import no.legevakttilskudd.vurdering.VurderingService;

/**
 * The case page as one model: the application, registry facts, the rules' result, the assessment, the decisions with
 * what the viewer may do on each, and the history. The resources that post to the case draw it again through here.
 */
@ApplicationScoped
public class Saksside {

    /** A decision as the case page lists it, with what the person looking at it may do. */
    /**
     * @param endringer the kommune's change requests on the sent award, each with what the viewer may do
     * @param budsjett  the budget per measure in force, which the report is read against; empty without a report
     * @param krav      the repayment claims, each with the later payments it may be set off against
     * @param kanKreves what is paid and not claimed back: a new claim may be up to this
     */
    public record VedtakRad(Vedtak vedtak, Vedtakshandlinger handlinger, Aksept aksept, List<Utbetaling> utbetalinger,
            List<Klage> klager, Rapport rapport, boolean kanUtbetales, List<Endring> endringer,
            List<Tilskuddsplan.Tiltaksbudsjett> budsjett, List<Krav> krav, long kanKreves) {

        public long utbetalt() {
            return utbetalinger.stream().mapToLong(u -> u.belop).sum();
        }

        /** Something is paid and not claimed back, so a new claim can be made (the service's own limit). */
        public boolean kanKreve() {
            return kanKreves > 0;
        }

        /** The reasons a claim may be made for, in the order the form offers them. */
        public List<Tilbakebetalingsgrunn> grunner() {
            return List.of(Tilbakebetalingsgrunn.values());
        }
    }

    /**
     * @param fakta the registry facts the rules judged on (the call's reference year)
     * @param regelresultat the rules' row for this application in the whole call, null before it is sent
     * @param vurderingsskjema the assessment form, as stored or as typed with its errors
     * @param vedtaksskjema the proposal form, from the rules or as typed with its errors
     * @param melding the receipt after a step, as a text key; null when none
     * @param varsel a refusal to show on top (a conflict or a forbidden step); null when none
     * @param kanVurdere the viewer may save the assessment now
     * @param habilitet the declarations of disqualification and what the viewer may do about their own
     * @param habilitetsskjema the declaration or withdrawal form, as typed with its errors
     * @param tilleggsopplysninger the questions to the kommune and its answers
     * @param kanSporre the viewer may ask the kommune a question now
     * @param sporsmalsskjema the question form, as typed with its errors
     * @param ansvar who has the case; null when it is unassigned
     * @param kanTa the viewer may take the unassigned case
     */
    public record Side(SoknadDto soknad, Utlysning utlysning, Kommune kommune, Kommunefakta fakta, TildelingDto.Rad regelresultat,
            List<Historikkrad> historikk, Vurdering vurdering, Skjema vurderingsskjema, List<VedtakRad> vedtak, boolean kanForesla,
            Skjema vedtaksskjema, String melding, String varsel, List<String> legevakt, boolean kanVurdere,
            Habilitetsoversikt habilitet, Skjema habilitetsskjema, List<TilleggsopplysningService.Trad> tilleggsopplysninger,
            boolean kanSporre, Skjema sporsmalsskjema, SaksfordelingService.Ansvar ansvar, boolean kanTa) {
    }

    /** A repayment claim as the case page lists it, with the later payments it may be set off against when past due. */
    public record Krav(Kravvisning visning, List<TilbakebetalingService.Motregningsvalg> motregning) {
    }

    /** A change request as the case page lists it, with what the person looking at it may do. */
    public record Endring(Endringssoknad endring, Endringshandlinger handlinger) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sak(Side side);
    }

    @Inject
    SoknadService soknader;

    @Inject
    SoknadVisning visning;

    @Inject
    Kommunefaktaoppslag kommunefakta;

    @Inject
    UtlysningService utlysninger;

    @Inject
    TildelingService tildeling;

    @Inject
    KommuneregisterService register;

    @Inject
    HendelseService hendelser;

    @Inject
    VurderingService vurderinger;

    @Inject
    HabilitetService habilitet;

    @Inject
    TilleggsopplysningService tilleggsopplysninger;

    @Inject
    SaksfordelingService fordeling;

    @Inject
    VedtakService vedtakService;

    @Inject
    AkseptService aksepter;

    @Inject
    UtbetalingService utbetalinger;

    @Inject
    KlageService klager;

    @Inject
    RapportService rapporter;

    @Inject
    EndringService endringer;

    @Inject
    Tilskuddsplan plan;

    @Inject
    TilbakebetalingService tilbakebetalinger;

    @Inject
    Brevside brevside;

    @Inject
    Innlogget innlogget;

    @Inject
    Sprak sprak;

    /** The case as it is now, with a receipt after a step. */
    TemplateInstance side(long id, String melding) {
        return side(id, null, null, melding, null);
    }

    /**
     * The case again after a refused form: the form as typed with its errors (the other form as stored), or a notice.
     *
     * @param vurderingsskjema the assessment form as posted, or null when another form was posted
     * @param vedtaksskjema the proposal or follow-up form as posted, or null
     */
    TemplateInstance side(long id, Skjema vurderingsskjema, Skjema vedtaksskjema, String melding, String varsel) {
        return side(id, vurderingsskjema, vedtaksskjema, null, null, melding, varsel);
    }

    /** The case again after a refused declaration or withdrawal of disqualification. */
    TemplateInstance sideMedHabilitetsskjema(long id, Skjema habilitetsskjema, String varsel) {
        return side(id, null, null, habilitetsskjema, null, null, varsel);
    }

    /** The case again after a refused question to the kommune. */
    TemplateInstance sideMedSporsmalsskjema(long id, Skjema sporsmalsskjema, String varsel) {
        return side(id, null, null, null, sporsmalsskjema, null, varsel);
    }

    private TemplateInstance side(long id, Skjema vurderingsskjema, Skjema vedtaksskjema, Skjema habilitetsskjema,
            Skjema sporsmalsskjema, String melding, String varsel) {
        Soknad lagret = soknader.hentTilgjengelig(id, innlogget);
        SoknadDto soknad = visning.dto(lagret.id);
        Utlysning utlysning = utlysninger.hent(soknad.utlysningId());
        Kommune kommune = register.finn(utlysning.kommuneregisterVersjonId, soknad.kommunenummer()).orElse(null);
        // The population the rules judged on (the call's reference year), not the registry row's latest.
        Kommunefakta fakta = kommunefakta.fakta(utlysning.kommuneregisterVersjonId, utlysning.folketallAar, soknad.kommunenummer())
                .orElse(null);
        // The rules' result for one application depends on all the others, so the whole call is computed.
        TildelingDto.Rad regelresultat = soknad.referanse() == null ? null : tildeling.forslag(utlysning.id, null).tildelinger().stream()
                .filter(rad -> soknad.referanse().equals(rad.referanse())).findFirst().orElse(null);
        Vurdering vurdering = vurderinger.finn(id);
        List<Vedtak> alle = vedtakService.forSoknad(id);
        Habilitetsoversikt habilitetsoversikt = habilitet.oversikt(id, soknad.status(), innlogget);
        List<VedtakRad> vedtak = alle.stream().map(v -> vedtakRad(v, lagret, habilitetsoversikt.egen() != null)).toList();
        boolean kanForesla = vedtakService.kanForesla(id, soknad.status(), alle, utlysning, innlogget);
        Skjema vurderingSkjema = vurderingsskjema != null ? vurderingsskjema : vurderingsverdier(vurdering);
        Skjema vedtakSkjema = vedtaksskjema != null ? vedtaksskjema : forslagFraReglene(regelresultat);
        List<Historikkrad> historikk = Historikkrad.samlet(
                hendelser.forEntitetMedDeler("SOKNAD", id, "VEDTAK", alle.stream().map(v -> v.id).toList()));
        return sprak.side(Templates.sak(new Side(soknad, utlysning, kommune, fakta, regelresultat, historikk, vurdering,
                vurderingSkjema, vedtak, kanForesla, vedtakSkjema, melding, varsel,
                register.navngitt(utlysning.kommuneregisterVersjonId, soknad.legevaktKommuner()),
                vurderinger.kanVurdere(id, soknad.status(), innlogget), habilitetsoversikt,
                habilitetsskjema != null ? habilitetsskjema : new Skjema(), tilleggsopplysninger.trad(id, innlogget),
                tilleggsopplysninger.kanSporre(lagret, innlogget), sporsmalsskjema != null ? sporsmalsskjema : new Skjema(),
                fordeling.ansvar(id), fordeling.kanTa(id, lagret.status, innlogget))));
    }

    /** The decision's letter as a page, with the way back to the case. */
    TemplateInstance brev(long id, long vedtakId) {
        krevSammeSak(id, vedtakId);
        String sak = "/saksbehandling/soknader/" + id;
        return sprak.side(brevside.vis(aksepter.brev(vedtakId, innlogget), Brevslag.VEDTAK, soknader.hentTilgjengelig(id, innlogget).referanse, sak,
                sak + "/vedtak/" + vedtakId + "/brev.pdf"));
    }

    /** The decision's letter as PDF, for a decision of this case. */
    Response brevSomPdf(long id, long vedtakId) {
        krevSammeSak(id, vedtakId);
        return aksepter.brev(vedtakId, innlogget).somPdf();
    }

    /** An appeal reached through a case's URL must be one against that case's decision; otherwise 404. */
    void krevKlagePaSaken(long soknadId, long vedtakId, long klageId) {
        krevSammeSak(soknadId, vedtakId);
        if (klager.forVedtak(vedtakId).stream().noneMatch(k -> k.id == klageId)) {
            throw ProblemException.ikkeFunnet("Klage " + klageId + " finnes ikke.");
        }
    }

    /** A decision reached through a case's URL must be one of that case's; otherwise 404. */
    void krevSammeSak(long soknadId, long vedtakId) {
        if (vedtakService.hent(vedtakId).soknadId != soknadId) {
            throw ProblemException.ikkeFunnet("Vedtak " + vedtakId + " hører ikke til søknad " + soknadId + ".");
        }
    }

    /**
     * @param soknad  the application, already read for the page
     * @param inhabil the viewer has declared themselves disqualified in the case
     */
    private VedtakRad vedtakRad(Vedtak v, Soknad soknad, boolean inhabil) {
        boolean sendt = v.status == VedtakStatus.SENDT;
        Aksept aksept = sendt ? aksepter.finn(v.id) : null;
        List<Utbetaling> utbetalt = sendt ? utbetalinger.forVedtak(v.id) : List.of();
        List<Endring> endringsrader = sendt ? endringer.forVedtak(v.id).stream()
                .map(e -> new Endring(e, endringer.handlinger(e, innlogget, inhabil))).toList() : List.of();
        Rapport rapport = sendt ? rapporter.finn(v.id) : null;
        List<Krav> krav = sendt ? tilbakebetalinger.forVedtak(v.id).stream().map(k -> new Krav(k, k.status() == Kravstatus.FORFALT
                ? tilbakebetalinger.motregningsvalg(k.krav()) : List.of())).toList() : List.of();
        return new VedtakRad(v, vedtakService.handlinger(v, innlogget), aksept, utbetalt, sendt ? klager.forVedtak(v.id) : List.of(),
                rapport, utbetalinger.kanUtbetales(v, aksept, utbetalt), endringsrader,
                rapport == null ? List.of() : plan.budsjett(v, soknad), krav,
                sendt && v.utfall.girTilskudd() ? tilbakebetalinger.kanKreves(v.id) : 0);
    }

    /** A change request reached through a case's URL must be one on that case's decision; otherwise 404. */
    void krevEndringPaSaken(long soknadId, long vedtakId, long endringId) {
        krevSammeSak(soknadId, vedtakId);
        if (endringer.forVedtak(vedtakId).stream().noneMatch(e -> e.id == endringId)) {
            throw ProblemException.ikkeFunnet("Endringssøknad " + endringId + " finnes ikke.");
        }
    }

    /** Decides a change request from the case page; the receipt says whether it now waits on a second person. */
    String avgjorEndring(long endringId, Boolean innvilget, String svar) {
        return endringer.avgjor(endringId, innvilget, svar, innlogget).status.erApen() ? "endring-til-godkjenning" : "endring-avgjort";
    }

    /** A change letter as PDF, for a request on this case's decision. */
    Response endringsbrevSomPdf(long id, long vedtakId, long endringId) {
        krevEndringPaSaken(id, vedtakId, endringId);
        return endringer.brev(vedtakId, endringId, innlogget).somPdf();
    }

    /** A repayment claim reached through a case's URL must be one on that case's decision; otherwise 404. */
    void krevKravPaSaken(long soknadId, long vedtakId, long kravId) {
        krevSammeSak(soknadId, vedtakId);
        if (tilbakebetalinger.hentKrav(kravId, innlogget).vedtakId != vedtakId) {
            throw ProblemException.ikkeFunnet("Tilbakebetalingskrav " + kravId + " finnes ikke.");
        }
    }

    /** A repayment letter as PDF, for a claim on this case's decision. */
    Response tilbakebetalingsbrevSomPdf(long id, long vedtakId, long kravId) {
        krevKravPaSaken(id, vedtakId, kravId);
        return tilbakebetalinger.brev(vedtakId, kravId, innlogget).somPdf();
    }

    /** A repayment letter as a page, with the way back to the case. */
    TemplateInstance tilbakebetalingsbrev(long id, long vedtakId, long kravId) {
        krevKravPaSaken(id, vedtakId, kravId);
        Tilbakebetalingsbrev brev = tilbakebetalinger.brev(vedtakId, kravId, innlogget);
        String sak = "/saksbehandling/soknader/" + id;
        return sprak.side(brevside.vis(brev, Brevslag.TILBAKEBETALING, soknader.hentTilgjengelig(id, innlogget).referanse,
                sak, sak + "/vedtak/" + vedtakId + "/tilbakebetalingskrav/" + kravId + "/brev.pdf"));
    }

    /** A change letter as a page, with the way back to the case. */
    TemplateInstance endringsbrev(long id, long vedtakId, long endringId) {
        krevEndringPaSaken(id, vedtakId, endringId);
        Endringsbrev brev = endringer.brev(vedtakId, endringId, innlogget);
        String sak = "/saksbehandling/soknader/" + id;
        return sprak.side(brevside.vis(brev, Brevslag.ENDRING, soknader.hentTilgjengelig(id, innlogget).referanse, sak,
                sak + "/vedtak/" + vedtakId + "/endringer/" + endringId + "/brev.pdf"));
    }

    private static Skjema vurderingsverdier(Vurdering vurdering) {
        Skjema skjema = new Skjema();
        if (vurdering != null) {
            skjema.verdi("kvalitet", vurdering.kvalitet).verdi("notat", vurdering.notat).verdi("versjon", vurdering.versjon);
            vurdering.strok.forEach(s -> skjema.verdi("strok-" + s.tiltakNr + "-" + s.linjeNr, "valgt")
                    .verdi("begrunnelse-" + s.tiltakNr + "-" + s.linjeNr, s.begrunnelse));
        }
        return skjema;
    }

    /**
     * The proposal form starts from the rules: their outcome, amount and reasons, for the caseworker to edit. The reasons
     * go to the kommune, so they are the rules' reasons without the frame's working figures.
     */
    private static Skjema forslagFraReglene(TildelingDto.Rad regel) {
        Skjema skjema = new Skjema();
        if (regel != null) {
            Utfall utfall = switch (regel.status()) {
                case INNVILGET -> Utfall.INNVILGET;
                case DELVIS_INNVILGET -> Utfall.DELVIS_INNVILGET;
                case AVVIST -> Utfall.AVVIST;
                case AVSLATT, VENTELISTE -> Utfall.AVSLATT;
            };
            skjema.verdi("utfall", utfall).verdi("belop", utfall.girTilskudd() ? regel.tildelt() : null)
                    .verdi("begrunnelse", String.join("\n", Kommunebegrunnelse.av(regel.arsaker())));
        }
        return skjema;
    }
}
