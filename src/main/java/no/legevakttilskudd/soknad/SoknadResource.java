package no.legevakttilskudd.soknad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.felles.web.Begrenset;

/** The application API for one application. Thin: access and rules live in {@link SoknadService} and {@link VedleggService}. */
@Path("/api/soknader")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Søknader")
public class SoknadResource {

    @Inject
    SoknadService service;

    @Inject
    VedleggService vedlegg;

    @Inject
    SoknadVisning visning;

    @Inject
    Innlogget innlogget;

    @GET
    @RolesAllowed(Roller.SOKER)
    @Operation(summary = "Egen kommunes søknader, nyeste først")
    public List<SoknadSammendrag> egne() {
        return service.egne(innlogget).stream().map(s -> new SoknadSammendrag(s.id, s.utlysningId, s.referanse, s.kommunenummer,
                service.kommunenavn(s), null, s.status, s.omsokt, Tidsformat.norsk(s.sendt))).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roller.SOKER, Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Én søknad")
    public SoknadDto hent(@PathParam("id") long id) {
        return visning.dto(service.hentTilgjengelig(id, innlogget).id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roller.SOKER)
    @Operation(summary = "Lagre utkastet (hele innholdet erstattes)")
    public SoknadDto oppdater(@PathParam("id") long id, SoknadInput input) {
        return visning.dto(service.oppdaterUtkast(id, input, innlogget).id);
    }

    @POST
    @Path("{id}/send")
    @RolesAllowed(Roller.SOKER)
    @Operation(summary = "Send søknaden", description = "Sjekker at alt er fylt ut og svarer med alle feil samtidig. "
            + "Å sende på nytt gir samme kvittering.")
    public Kvittering send(@PathParam("id") long id) {
        return service.send(id, innlogget);
    }

    @POST
    @Path("{id}/trekk")
    @RolesAllowed(Roller.SOKER)
    @Operation(summary = "Trekk søknaden (fra utkast eller sendt)")
    public SoknadDto trekk(@PathParam("id") long id) {
        return visning.dto(service.trekk(id, innlogget).id);
    }

    @POST
    @Path("{id}/vedlegg")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roller.SOKER)
    @Operation(summary = "Last opp et PDF-vedlegg (høyst 10 MB) i feltet «fil»", description = "Filen leses som PDF og avvises "
            + "hvis den er kryptert eller har JavaScript, starthandlinger eller innebygde filer. Søknaden og størrelsen "
            + "(Content-Length) sjekkes før innholdet leses: 404 for en annen kommunes søknad, 413 over grensen.")
    @Vedleggsopplasting
    @Begrenset("vedlegg")
    public Response lastOpp(@PathParam("id") long id, @RestForm("fil") FileUpload fil) {
        if (fil == null) {
            throw ProblemException.valideringsfeil("fil", SoknadFeil.FIL_MANGLER);
        }
        byte[] innhold;
        try {
            innhold = fil.size() > Integer.MAX_VALUE ? null : Files.readAllBytes(fil.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SoknadDto.VedleggDto lagret = vedlegg.leggTil(id, fil.fileName(), innhold, innlogget);
        return Response.created(URI.create("/api/soknader/" + id + "/vedlegg/" + lagret.id())).entity(lagret).build();
    }

    @GET
    @Path("{id}/vedlegg/{vedleggId}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roller.SOKER, Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Last ned et vedlegg")
    public Response lastNed(@PathParam("id") long id, @PathParam("vedleggId") long vedleggId) {
        return vedlegg.lastNed(id, vedleggId, innlogget);
    }

    @DELETE
    @Path("{id}/vedlegg/{vedleggId}")
    @RolesAllowed(Roller.SOKER)
    @Operation(summary = "Slett et vedlegg fra utkastet")
    public Response slettVedlegg(@PathParam("id") long id, @PathParam("vedleggId") long vedleggId) {
        vedlegg.slett(id, vedleggId, innlogget);
        return Response.noContent().build();
    }
}
