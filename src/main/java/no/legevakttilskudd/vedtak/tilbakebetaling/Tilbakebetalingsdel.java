package no.legevakttilskudd.vedtak.tilbakebetaling;

import java.util.ArrayList;
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
import no.legevakttilskudd.soknad.SoknadDto;
import no.legevakttilskudd.vedtak.Vedtak;
import no.legevakttilskudd.vedtak.aksept.AkseptService;

/** The repayment claims on the kommune's application page, after the decisions and changes: what to pay, by when, and what is paid. */
@ApplicationScoped
public class Tilbakebetalingsdel implements Oversiktsdel {

    /** The claims on one of the application's decisions. */
    public record Vedtakskrav(long vedtakId, String referanse, List<Kravvisning> krav) {
    }

    public record Side(long soknadId, List<Vedtakskrav> vedtak) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance krav(Side side);
    }

    @Inject
    AkseptService aksepter;

    @Inject
    TilbakebetalingService service;

    @Inject
    Innlogget innlogget;

    @Inject
    Sprak sprak;

    @Override
    public int rekkefolge() {
        return 120;
    }

    @Override
    public String html(SoknadDto soknad, Skjema skjema, MultivaluedMap<String, String> sporring) {
        List<Vedtakskrav> vedtak = new ArrayList<>();
        for (Vedtak v : aksepter.sendte(soknad.id(), innlogget)) {
            List<Kravvisning> krav = service.forVedtak(v.id);
            if (!krav.isEmpty()) {
                vedtak.add(new Vedtakskrav(v.id, soknad.referanse(), krav));
            }
        }
        return vedtak.isEmpty() ? "" : sprak.side(Templates.krav(new Side(soknad.id(), vedtak))).render();
    }
}
