package no.legevakttilskudd.soknad;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.WithFormRead;

import io.quarkus.qute.TemplateInstance;
import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Skjemavern;

/**
 * The kommune's own applications ({@link MineSoknader}), starting an application for an open call, and withdrawing one.
 */
@Skjemavern
@Path("/mine-soknader")
public class MineSoknaderResource {

    @Inject
    MineSoknader side;

    @Inject
    SoknadService soknader;

    @Inject
    Innlogget innlogget;

    @GET
    @RolesAllowed(Roller.SOKER)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance mineSoknader() {
        return side.side();
    }

    /** Starts a draft for an open call and opens its first step; an existing draft is opened instead. */
    @POST
    @RolesAllowed(Roller.SOKER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestForm("utlysning") Long utlysningId) {
        if (utlysningId == null) {
            throw ProblemException.valideringsfeil("utlysning", "Velg utlysningen du vil søke på.");
        }
        Soknad eksisterende = soknader.egne(innlogget).stream()
                .filter(s -> s.utlysningId == utlysningId && s.status != SoknadStatus.TRUKKET).findFirst().orElse(null);
        long id = eksisterende != null ? eksisterende.id : soknader.opprettUtkast(utlysningId, null, innlogget).id;
        return Response.seeOther(URI.create("/mine-soknader/" + id + "/steg/1")).build();
    }

    /**
     * Withdraws the application (SPEC §3: from UTKAST or SENDT). The page offers it only when {@link Soknadshandlinger}
     * says so; the service refuses the rest (409), so the two cannot disagree.
     */
    @POST
    @Path("{id}/trekk")
    @RolesAllowed(Roller.SOKER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @WithFormRead
    public Response trekk(@PathParam("id") long id) {
        soknader.trekk(id, innlogget);
        return Response.seeOther(URI.create("/mine-soknader/" + id)).build();
    }
}
