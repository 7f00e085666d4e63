package no.legevakttilskudd.saksbehandling;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Side;
import no.legevakttilskudd.felles.web.Sidenavigasjon;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.utlysning.Rammepott;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;
import no.legevakttilskudd.vedtak.VedtakService;
import no.legevakttilskudd.vedtak.VedtakStatus;
import no.legevakttilskudd.vedtak.Vedtaksliste;
import no.legevakttilskudd.vedtak.Vedtaksrad;

/** The approver's queue as a page: the proposed decisions page by page, the approved ones waiting to be sent, the frame. */
@ApplicationScoped
public class Godkjenningsside {

    static final int PER_SIDE = 25;
    private static final int MAKS_GODKJENTE = 100;

    /** The call chosen in the filter, with the frame it can use now and what its approved and sent decisions hold of it. */
    public record Rammestatus(Utlysning utlysning, long ramme, long brukt) {

        public long igjen() {
            return Math.max(ramme - brukt, 0);
        }
    }

    /** The page model of {@code vedtak}. */
    public record Vedtakside(List<Utlysning> utlysninger, Long valgt, Rammestatus ramme, Side<Vedtaksrad> foreslatte, Sidenavigasjon navigasjon, Side<Vedtaksrad> godkjente, Skjema skjema, String melding, String varsel) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance vedtak(Vedtakside side);
    }

    @Inject
    Rammepott pott;

    @Inject
    VedtakService vedtak;

    @Inject
    Vedtaksliste vedtaksliste;

    @Inject
    UtlysningService utlysninger;

    @Inject
    Innlogget innlogget;

    @Inject
    Sprak sprak;

    TemplateInstance side(Long utlysning, int side, Skjema skjema, String melding, String varsel) {
        Rammestatus ramme = null;
        if (utlysning != null) {
            Utlysning valgt = utlysninger.hent(utlysning);
            ramme = new Rammestatus(valgt, pott.ramme(valgt), vedtak.brukt(valgt.id));
        }
        Side<Vedtaksrad> foreslatte = vedtaksliste.liste(VedtakStatus.FORESLATT, utlysning, side, PER_SIDE, innlogget);
        long sider = Math.max(1, (foreslatte.totalt() + PER_SIDE - 1) / PER_SIDE);
        Sidenavigasjon navigasjon = Sidenavigasjon.av(foreslatte.side(), sider,
                nr -> "/saksbehandling/vedtak?side=" + nr + (utlysning != null ? "&utlysning=" + utlysning : ""));
        Side<Vedtaksrad> godkjente = vedtaksliste.liste(VedtakStatus.GODKJENT, utlysning, 1, MAKS_GODKJENTE, innlogget);
        return sprak.side(Templates.vedtak(new Vedtakside(utlysninger.alle(), utlysning, ramme, foreslatte, navigasjon, godkjente,
                skjema, melding, varsel)));
    }
}
