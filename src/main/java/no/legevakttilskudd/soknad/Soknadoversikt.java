package no.legevakttilskudd.soknad;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.web.Feilmeldinger;
import no.legevakttilskudd.felles.web.Skjema;
import no.legevakttilskudd.felles.web.Skjemafeil;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.utlysning.UtlysningService;
import no.legevakttilskudd.kommune.KommuneregisterService;
import no.legevakttilskudd.soknad.Skjemaramme.Ramme;
import no.legevakttilskudd.soknad.SoknadSkjema.Steg;

/**
 * The application's own page: check-your-answers before submit, the receipt, and the read-only view afterwards, with
 * the parts other features add ({@link Oversiktsdel}). Pages that post to such a part draw this page again with their
 * errors.
 */
@ApplicationScoped
public class Soknadoversikt {

    /**
     * @param mangler what still stops the submit, each linking to its step
     * @param sendt the page is the receipt right after the submit
     * @param deler the other features' parts, as HTML
     */
    public record Side(Ramme ramme, SoknadDto soknad, List<Skjemafeil> mangler, List<Skjemafeil> delfeil, boolean sendt, List<String> deler,
            List<String> legevakt) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance oversikt(Side side);
    }

    @Inject
    SoknadService soknader;

    @Inject
    SoknadVisning visning;

    @Inject
    Skjemaramme skjemaramme;

    @Inject
    Instance<Oversiktsdel> deler;

    @Inject
    Innlogget innlogget;

    @Inject
    Feilmeldinger feilmeldinger;

    @Inject
    Sprak sprak;

    @Inject
    KommuneregisterService register;

    @Inject
    UtlysningService utlysninger;

    /** The page as it is now, with no part's form in error. */
    TemplateInstance side(long id, boolean sendt, MultivaluedMap<String, String> sporring) {
        return side(id, sendt, new Skjema(), sporring);
    }

    /** The page again with a part's form values and errors, after a post to that part failed. */
    public TemplateInstance medFeilIDel(long id, Skjema delskjema) {
        return side(id, false, delskjema, new MultivaluedHashMap<>());
    }

    private TemplateInstance side(long id, boolean sendt, Skjema delskjema, MultivaluedMap<String, String> sporring) {
        Soknad soknad = soknader.hentEgen(id, innlogget, false);
        Ramme ramme = skjemaramme.ramme(soknad);
        List<Skjemafeil> mangler = ramme.handlinger().kanSende()
                ? soknader.mangler(soknad).stream().map(f -> lenkeTilSteg(id, f.felt(), feilmeldinger.tekst(f))).toList()
                : List.of();
        SoknadDto dto = visning.dto(id);
        delskjema.oversett(feilmeldinger::tekst);
        List<String> html = deler.stream().sorted(Comparator.comparingInt(Oversiktsdel::rekkefolge))
                .map(d -> d.html(dto, delskjema, sporring)).filter(h -> !h.isEmpty()).toList();
        return sprak.side(Templates.oversikt(new Side(ramme, dto, mangler, delskjema.getFeil(), sendt && soknad.status != SoknadStatus.UTKAST, html,
                register.navngitt(utlysninger.hent(soknad.utlysningId).kommuneregisterVersjonId, dto.legevaktKommuner()))));
    }

    private static Skjemafeil lenkeTilSteg(long id, String felt, String melding) {
        return new Skjemafeil(felt, melding,
                "/mine-soknader/" + id + "/steg/" + Steg.forFelt(felt).nummer + "?kontroller=true#" + felt);
    }
}
