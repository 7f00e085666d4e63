package no.legevakttilskudd.tilleggsopplysning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;

/** Questions to the kommune and its answers (forvaltningsloven § 17). Thin: the rules are {@link TilleggsopplysningService}'s. */
@Path("/api/soknader/{id}/tilleggsopplysninger")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Saksbehandling")
public class TilleggsopplysningResource {

    /** A question: what the kommune is asked, and the last day to answer. */
    public record SporsmalInput(String sporsmal, LocalDate svarfrist) {
    }

    @Inject
    TilleggsopplysningService service;

    @Inject
    Innlogget innlogget;

    @GET
    @RolesAllowed({Roller.SOKER, Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Spørsmålene til kommunen i saken med svarene, eldste først (kommunen: bare sin egen søknad)")
    public List<TilleggsopplysningDto> liste(@PathParam("id") long id) {
        return service.trad(id, innlogget).stream().map(t -> TilleggsopplysningDto.fra(t, innlogget)).toList();
    }

    @POST
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Be kommunen om flere opplysninger med svarfrist (dato etter i dag, høyst 90 dager fram); kommunen får "
            + "e-post. Bare før vedtaket, og ikke i en sak du er inhabil i")
    public Response sporr(@PathParam("id") long id, SporsmalInput input) {
        Tilleggsopplysning t = service.sporr(id, input == null ? null : input.sporsmal(), input == null ? null : input.svarfrist(),
                innlogget);
        return Response.status(Response.Status.CREATED).entity(dto(id, t.id)).build();
    }

    @POST
    @Path("{sporsmalId}/svar")
    @RolesAllowed(Roller.SOKER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Kommunens svar: tekst i feltet «svar» og høyst fem PDF-er i «fil» (kontrollert som søknadens vedlegg); "
            + "alt eller ingenting. Et svar etter fristen tas imot og merkes for sent; 409 når spørsmålet er besvart")
    public TilleggsopplysningDto svar(@PathParam("id") long id, @PathParam("sporsmalId") long sporsmalId, @RestForm String svar,
            @RestForm("fil") List<FileUpload> filer) {
        service.svar(id, sporsmalId, svar, filer(filer), innlogget);
        return dto(id, sporsmalId);
    }

    @GET
    @Path("{sporsmalId}/vedlegg/{vedleggId}")
    @RolesAllowed({Roller.SOKER, Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Produces("application/pdf")
    @Operation(summary = "Last ned en PDF kommunen la ved svaret")
    public Response vedlegg(@PathParam("id") long id, @PathParam("sporsmalId") long sporsmalId, @PathParam("vedleggId") long vedleggId) {
        return service.vedlegg(id, sporsmalId, vedleggId, innlogget);
    }

    private TilleggsopplysningDto dto(long soknadId, long sporsmalId) {
        return service.trad(soknadId, innlogget).stream().filter(t -> t.sporsmal().id == sporsmalId).findFirst()
                .map(t -> TilleggsopplysningDto.fra(t, innlogget)).orElseThrow();
    }

    /** The chosen files; a file field left empty in a browser form arrives as an empty part without a name, and is no file. */
    static List<TilleggsopplysningService.Fil> filer(List<FileUpload> filer) {
        if (filer == null) {
            return List.of();
        }
        return filer.stream().filter(f -> f.size() > 0 || (f.fileName() != null && !f.fileName().isBlank())).map(f -> {
            try {
                return new TilleggsopplysningService.Fil(f.fileName(), Files.readAllBytes(f.uploadedFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
