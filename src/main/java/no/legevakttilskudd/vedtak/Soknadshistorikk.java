package no.legevakttilskudd.vedtak;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import no.legevakttilskudd.felles.Aktor;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.hendelse.Hendelse;
import no.legevakttilskudd.felles.hendelse.HendelseService;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.soknad.SoknadService;
import no.legevakttilskudd.vedtak.aksept.AkseptService;

/**
 * An application's history: its own events and those of its decisions in one time line. Staff see all of it. The
 * kommune sees only the events meant for it, named in {@link #FOR_KOMMUNEN}; an event type not named there (the
 * assessment, proposals, approvals, returns, and any type added later) stays internal until someone decides otherwise.
 * The directorate's people are shown to the kommune as the directorate, never by user name.
 */
@ApplicationScoped
public class Soknadshistorikk {

    /** Who an event shown to the kommune is told as coming from. */
    enum Fra {
        /** The kommune's own user: shown as it is, with the role soker. */
        KOMMUNEN,
        /** A caseworker, an approver or the system: shown as the directorate. */
        DIREKTORATET
    }

    /** The allow-list: per kind of thing, the events the kommune sees and who they are from. */
    static final Map<String, Map<String, Fra>> FOR_KOMMUNEN = Map.of(
            SoknadService.ENTITET, Map.ofEntries(
                    Map.entry("OPPRETTET", Fra.KOMMUNEN),
                    Map.entry("ENDRET", Fra.KOMMUNEN),
                    Map.entry("SENDT", Fra.KOMMUNEN),
                    Map.entry("TRUKKET", Fra.KOMMUNEN),
                    Map.entry("VEDLEGG_LAGT_TIL", Fra.KOMMUNEN),
                    Map.entry("VEDLEGG_SLETTET", Fra.KOMMUNEN),
                    Map.entry("UNDER_BEHANDLING", Fra.DIREKTORATET),
                    // The question's number and deadline only: its words and the answer are on the application page.
                    Map.entry("TILLEGGSOPPLYSNING_SPURT", Fra.DIREKTORATET),
                    Map.entry("TILLEGGSOPPLYSNING_PAMINNET", Fra.DIREKTORATET),
                    Map.entry("TILLEGGSOPPLYSNING_FORFALT", Fra.DIREKTORATET),
                    Map.entry("TILLEGGSOPPLYSNING_BESVART", Fra.KOMMUNEN),
                    Map.entry("AVGJORT", Fra.DIREKTORATET),
                    Map.entry("PERSONOPPLYSNINGER_SLETTET", Fra.DIREKTORATET)),
            VedtakService.ENTITET, Map.ofEntries(
                    Map.entry("SENDT", Fra.DIREKTORATET),
                    Map.entry("AKSEPTERT", Fra.KOMMUNEN),
                    Map.entry("UTBETALT", Fra.DIREKTORATET),
                    Map.entry("RAPPORT_SENDT", Fra.KOMMUNEN),
                    Map.entry("RAPPORT_SENDT_PA_NYTT", Fra.KOMMUNEN),
                    Map.entry("RAPPORT_GODKJENT", Fra.DIREKTORATET),
                    Map.entry("RAPPORT_MER_INFO", Fra.DIREKTORATET),
                    Map.entry("KLAGE_MOTTATT", Fra.KOMMUNEN),
                    Map.entry("KLAGE_BEHANDLET", Fra.DIREKTORATET),
                    // The request and its outcome; the staff's steps between (to approval, returned) stay internal.
                    Map.entry("ENDRING_SOKT", Fra.KOMMUNEN),
                    Map.entry("ENDRING_INNVILGET", Fra.DIREKTORATET),
                    Map.entry("ENDRING_AVSLATT", Fra.DIREKTORATET),
                    Map.entry("TILBAKEBETALING_KREVD", Fra.DIREKTORATET),
                    Map.entry("TILBAKEBETALING_INNBETALT", Fra.DIREKTORATET),
                    Map.entry("TILBAKEBETALING_MOTREGNET", Fra.DIREKTORATET),
                    Map.entry("PAMINNELSE_SENDT", Fra.DIREKTORATET)));

    /** One event as the API shows it; {@code entitet} is SOKNAD or VEDTAK, {@code entitetId} the application's or decision's id. */
    public record Rad(OffsetDateTime tidspunkt, String entitet, String entitetId, String aktor, String rolle, String handling,
            String forVerdi, String etterVerdi) {
    }

    @Inject
    SoknadService soknader;

    @Inject
    AkseptService aksepter;

    @Inject
    VedtakService vedtak;

    @Inject
    HendelseService hendelser;

    public List<Rad> historikk(long soknadId, Innlogget innlogget) {
        Soknad soknad = soknader.hentTilgjengelig(soknadId, innlogget);
        if (innlogget.erSaksbehandlerGodkjennerEllerAdmin()) {
            List<Long> alle = vedtak.forSoknad(soknad.id).stream().map(v -> v.id).toList();
            return hendelser.forEntitetMedDeler(SoknadService.ENTITET, soknad.id, VedtakService.ENTITET, alle).stream()
                    .map(h -> rad(h, h.aktor, h.rolle)).toList();
        }
        // Only the decisions the kommune has been sent: a proposal or an approval not yet sent is not its business.
        List<Long> sendte = aksepter.sendte(soknad.id, innlogget).stream().map(v -> v.id).toList();
        return hendelser.forEntitetMedDeler(SoknadService.ENTITET, soknad.id, VedtakService.ENTITET, sendte).stream()
                .map(Soknadshistorikk::forKommunen).filter(r -> r != null).toList();
    }

    /** The event as the kommune sees it, or null when it is not meant for the kommune. */
    static Rad forKommunen(Hendelse h) {
        Fra fra = FOR_KOMMUNEN.getOrDefault(h.entitet, Map.of()).get(h.handling);
        if (fra == null) {
            return null;
        }
        String aktor = fra == Fra.KOMMUNEN ? h.aktor : Aktor.DIREKTORATET;
        String rolle = fra == Fra.KOMMUNEN ? Roller.SOKER : Aktor.SYSTEM.rolle().equals(h.rolle) ? h.rolle : Roller.SAKSBEHANDLER;
        return rad(h, aktor, rolle);
    }

    private static Rad rad(Hendelse h, String aktor, String rolle) {
        return new Rad(Tidsformat.norsk(h.tidspunkt), h.entitet, h.entitetId, aktor, rolle, h.handling, h.forVerdi, h.etterVerdi);
    }
}
