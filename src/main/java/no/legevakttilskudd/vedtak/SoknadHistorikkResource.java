package no.legevakttilskudd.vedtak;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;

/** An application's history with its decisions'. Root path of its own, as the decisions', since it needs both packages. */
@Path("/api/soknader/{id}/historikk")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Søknader")
public class SoknadHistorikkResource {

    @Inject
    Soknadshistorikk historikk;

    @Inject
    Innlogget innlogget;

    @GET
    @RolesAllowed({Roller.SOKER, Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Hendelsene i søknadens og vedtakenes historikk, eldste først", description = "Saksbehandlere, godkjennere "
            + "og admin ser alle. Kommunen ser bare hendelsene som gjelder den (opprettet, endret, sendt, trukket, vedlegg, mottatt til "
            + "behandling, avgjort, vedtak sendt, aksept, utbetaling, rapport, påminnelse, klage), for sendte vedtak, med "
            + "direktoratets folk som «Helsedirektoratet» og ikke vurderingen, forslagene, godkjenningene eller returene.")
    public List<Soknadshistorikk.Rad> historikk(@PathParam("id") long id) {
        return historikk.historikk(id, innlogget);
    }
}
