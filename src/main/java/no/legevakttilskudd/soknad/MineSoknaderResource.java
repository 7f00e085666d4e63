package no.legevakttilskudd.soknad;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.web.Bruker;
import no.legevakttilskudd.felles.web.Sprak;
import no.legevakttilskudd.kommune.Kommune;
import no.legevakttilskudd.utlysning.Utlysning;
import no.legevakttilskudd.utlysning.UtlysningService;

/** The kommune's own applications, per call, with status and how long is left to the deadline. */
@Path("/mine-soknader")
public class MineSoknaderResource {

    /** One line of the list. {@code dagerIgjen} is null when the deadline has passed. */
    public record Linje(long id, String utlysning, SoknadStatus status, String referanse, long omsokt, String kontaktperson,
            Instant frist, Long dagerIgjen) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mineSoknader(List<Linje> soknader, Kommune kommune);
    }

    @Inject
    SoknadService soknader;

    @Inject
    UtlysningService utlysninger;

    @Inject
    Innlogget innlogget;

    @Inject
    Sprak sprak;

    @Inject
    Bruker bruker;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed(Roller.SOKER)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance mineSoknader() {
        Instant naa = clock.instant();
        List<Linje> linjer = soknader.egne(innlogget).stream().map(s -> {
            Utlysning u = utlysninger.hent(s.utlysningId);
            Long dager = u.fristenErUte(naa) ? null : Tidsformat.dagerIgjen(u.soknadsfrist, naa);
            return new Linje(s.id, u.tittel, s.status, s.referanse, s.omsokt, s.kontaktNavn, u.soknadsfrist, dager);
        }).toList();
        return sprak.side(Templates.mineSoknader(linjer, bruker.getKommune()));
    }
}
