package no.legevakttilskudd.tilleggsopplysning;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Aktor;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.soknad.Oversiktsdel;
import no.legevakttilskudd.soknad.SoknadDto;

/** The directorate's questions on the kommune's application page, first of the parts, with the form for the open one. */
@ApplicationScoped
public class Tilleggsopplysningsdel implements Oversiktsdel {

    /**
     * @param apent the unanswered question the form answers; null when none
     * @param avsender who asked, as the kommune sees it
     * @param lenke where the answers' attachments are downloaded from
     */
    public record Side(long soknadId, List<TilleggsopplysningService.Trad> trad, TilleggsopplysningService.Trad apent, Skjema skjema,
            boolean kvittering, String avsender, String lenke) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance trad(Side side);
    }

    @Inject
    TilleggsopplysningService service;

    @Inject
    Innlogget innlogget;

    @Inject
    Sprak sprak;

    @Override
    public int rekkefolge() {
        return 10;
    }

    @Override
    public String html(SoknadDto soknad, Skjema skjema, MultivaluedMap<String, String> sporring) {
        List<TilleggsopplysningService.Trad> trad = service.trad(soknad.id(), innlogget);
        if (trad.isEmpty()) {
            return "";
        }
        TilleggsopplysningService.Trad apent = trad.stream().filter(t -> t.status().venterPaKommunen()).findFirst().orElse(null);
        return sprak.side(Templates.trad(new Side(soknad.id(), trad, apent, skjema, "true".equals(sporring.getFirst("besvart")),
                Aktor.DIREKTORATET, "/mine-soknader/" + soknad.id() + "/tilleggsopplysninger"))).render();
    }
}
