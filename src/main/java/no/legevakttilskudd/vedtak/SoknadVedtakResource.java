package no.legevakttilskudd.vedtak;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.vedtak.aksept.AkseptService;

/** An application's decisions: list, propose, correct. Root path of its own, so it does not compete with the application API. */
@Path("/api/soknader/{id}/vedtak")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vedtak")
public class SoknadVedtakResource {

    @Inject
    VedtakService service;

    @Inject
    AkseptService aksepter;

    @Inject
    Innlogget innlogget;

    @GET
    @RolesAllowed({Roller.SOKER, Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Søknadens vedtak, eldste først; kommunen ser bare sendte vedtak for egne søknader")
    public List<VedtakDto> forSoknad(@PathParam("id") long soknadId) {
        if (innlogget.erSaksbehandlerGodkjennerEllerAdmin()) {
            return service.forSoknad(soknadId).stream().map(VedtakDto::fra).toList();
        }
        return aksepter.sendte(soknadId, innlogget).stream().map(VedtakDto::forKommunen).toList();
    }

    @POST
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Foreslå et vedtak; med erstatter=<id> en rettelse av et sendt vedtak")
    public Response foresla(@PathParam("id") long soknadId, @QueryParam("erstatter") Long erstatter, VedtakInput input) {
        Vedtak vedtak = service.foresla(soknadId, input, erstatter, innlogget);
        return Response.created(URI.create("/api/vedtak/" + vedtak.id)).entity(VedtakDto.fra(vedtak)).build();
    }
}
