package no.legevakttilskudd.tilleggsopplysning;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.soknad.Oppgavedel;

/** The kommune's unanswered questions, first on Mine søknader, each with the way to its answer form. */
@ApplicationScoped
public class Tilleggsopplysningsoppgaver implements Oppgavedel {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance oppgaver(List<TilleggsopplysningService.Apent> apne);
    }

    @Inject
    TilleggsopplysningService service;

    @Inject
    Innlogget innlogget;

    @Inject
    Sprak sprak;

    @Override
    public String html() {
        List<TilleggsopplysningService.Apent> apne = service.apneForKommunen(innlogget);
        return apne.isEmpty() ? "" : sprak.side(Templates.oppgaver(apne)).render();
    }
}
