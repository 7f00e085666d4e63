package no.legevakttilskudd.vedtak.kommuneside;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.soknad.Oversiktsdel;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.soknad.SoknadDto;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;
import no.legevakttilskudd.vedtak.Akseptfrist;
import no.legevakttilskudd.vedtak.Vedtak;
import no.legevakttilskudd.vedtak.aksept.Aksept;
import no.legevakttilskudd.vedtak.aksept.AkseptService;
import no.legevakttilskudd.vedtak.endring.Tilskuddsplan;
import no.legevakttilskudd.vedtak.klage.Klage;
import no.legevakttilskudd.vedtak.klage.KlageService;
import no.legevakttilskudd.vedtak.rapport.Rapport;
import no.legevakttilskudd.vedtak.rapport.RapportService;
import no.legevakttilskudd.vedtak.rapport.Rapportfrist;
import no.legevakttilskudd.vedtak.utbetaling.UtbetalingService;

/** The sent decisions on the kommune's application page, each with what the kommune may do on it now. */
@ApplicationScoped
public class Vedtaksdel implements Oversiktsdel {

    /** The receipts a redirect after an accepted, reported or appealed decision asks for, in the order they are looked for. */
    private static final List<String> KVITTERINGER = List.of("akseptert", "klaget", "rapportert");

    /**
     * @param tiltak the application's measures, which the report form asks about one by one
     * @param melding which receipt to show after a redirect, or null
     */
    public record Side(long soknadId, List<SoknadDto.TiltakDto> tiltak, List<Vedtaksvisning> vedtak, Skjema skjema,
            String melding) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance vedtak(Side side);
    }

    @Inject
    AkseptService aksepter;

    @Inject
    KlageService klager;

    @Inject
    RapportService rapporter;

    @Inject
    UtlysningService utlysninger;

    @Inject
    UtbetalingService utbetalinger;

    @Inject
    Tilskuddsplan plan;

    @Inject
    Innlogget innlogget;

    @Inject
    Sprak sprak;

    @Inject
    Clock clock;

    @Override
    public String html(SoknadDto soknad, Skjema skjema, MultivaluedMap<String, String> sporring) {
        List<Vedtaksvisning> vedtak = vedtak(soknad);
        String melding = KVITTERINGER.stream().filter(k -> "true".equals(sporring.getFirst(k))).findFirst().orElse(null);
        if (vedtak.isEmpty() && melding == null) {
            return "";
        }
        return sprak.side(Templates.vedtak(new Side(soknad.id(), soknad.tiltak(), vedtak, skjema, melding))).render();
    }

    private List<Vedtaksvisning> vedtak(SoknadDto soknad) {
        Utlysning utlysning = utlysninger.hent(soknad.utlysningId());
        return aksepter.sendte(soknad.id(), innlogget).stream().map(v -> visning(v, utlysning, soknad.id(), soknad.omsokt())).toList();
    }

    private Vedtaksvisning visning(Vedtak vedtak, Utlysning utlysning, long soknadId, long omsokt) {
        Aksept aksept = aksepter.finn(vedtak.id);
        List<Klage> klagene = klager.forVedtak(vedtak.id);
        Rapport rapport = rapporter.finn(vedtak.id);
        Kommunehandlinger handlinger = Kommunehandlinger.av(vedtak, aksept, rapport, klagene, utlysning.klageadgang,
                utbetalinger.utbetalt(vedtak.id));
        return new Vedtaksvisning(vedtak, vedtak.utfall.forKommunen(vedtak.belop, omsokt), aksept, utlysning.klageadgang,
                KlageService.frist(vedtak), KlageService.fristenErUte(vedtak, clock.instant()), klagene, rapport,
                Rapportfrist.av(vedtak.id), handlinger, Akseptfrist.av(vedtak.sendt), Akseptfrist.erUte(vedtak.sendt, clock.instant()),
                handlinger.kanRapportere() ? plan.budsjett(vedtak, Soknad.findById(soknadId)) : List.of());
    }
}
