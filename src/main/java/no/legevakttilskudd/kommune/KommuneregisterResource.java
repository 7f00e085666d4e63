package no.legevakttilskudd.kommune;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.Tidsformat;

/** Admin: replace the registry with a newer SSB CSV, and see the versions kept. */
@Path("/api/admin/kommuneregister")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kommuneregister")
@RolesAllowed(Roller.ADMIN)
public class KommuneregisterResource {

    /** @param indeksversjon which release of SSB's centrality index the classes come from, where known */
    public record VersjonDto(long id, String kilde, OffsetDateTime lastetInn, String lastetInnAv, int antallKommuner, boolean aktiv,
            String indeksversjon) {

        static VersjonDto fra(KommuneregisterVersjon versjon) {
            return new VersjonDto(versjon.id, versjon.kilde, Tidsformat.norsk(versjon.lastetInn), versjon.lastetInnAv,
                    versjon.antallKommuner, versjon.aktiv, versjon.indeksversjon);
        }
    }

    @Inject
    KommuneregisterService register;

    @Inject
    Innlogget innlogget;

    @GET
    @Path("versjoner")
    @Operation(summary = "Alle versjoner av registeret, nyeste først")
    public List<VersjonDto> versjoner() {
        return register.versjoner().stream().map(VersjonDto::fra).toList();
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Erstatt registeret med en ny CSV", description = "Kolonner: kommunenummer,kommunenavn,fylkesnummer,"
            + "fylkesnavn,sentralitetsklasse,sentralitetsindeks,folketall,folketall_aar[,organisasjonsnummer]. "
            + "Skilletegn komma eller semikolon, UTF-8. Alt eller ingenting: én ugyldig rad lagrer ingenting.")
    public Response lastOpp(@QueryParam("kilde") String kilde, String csv) {
        KommuneregisterVersjon versjon = register.erstatt(csv, kilde, innlogget.aktor());
        return Response.status(Response.Status.CREATED).entity(VersjonDto.fra(versjon)).build();
    }
}
