package no.legevakttilskudd.saksbehandling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;

/** The case dossier as one ZIP. Thin: {@link Saksmappe} makes it. */
@Path("/api/soknader/{id}/saksmappe")
@Tag(name = "Saksbehandling")
public class SaksmappeResource {

    @Inject
    Saksmappe saksmappe;

    @Inject
    Innlogget innlogget;

    @GET
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Produces({"application/zip", "application/problem+json"})
    @Operation(summary = "Saksmappen som ZIP: søknaden som PDF og JSON, vedleggene, spørsmålene til kommunen med svar og PDF-er, "
            + "habilitetserklæringene, vurderingen, vedtakene med grunnlag og brev, og historikken som CSV (nedlastingen logges)")
    public Response lastNed(@PathParam("id") long id) {
        return saksmappe.lastNed(id, innlogget);
    }
}
