package no.legevakttilskudd.vedtak.utbetaling.bunt;

import java.net.URI;
import java.time.Instant;
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

import no.legevakttilskudd.felles.Innlogget;
import no.legevakttilskudd.felles.Roller;

/** Payment batches and their pain.001 files (docs/api.md, «Betalinger til banken»). */
@Path("/api/utbetalingsbunter")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Utbetalinger")
public class UtbetalingsbuntResource {

    /** A batch to make: its payment date, and the payments (all awards ready for payment when left out). */
    public record BuntInput(LocalDate betalingsdato, List<UtbetalingsbuntService.Linjeinput> linjer) {
    }

    public record AvvisInput(String begrunnelse) {
    }

    /** A batch as the API shows it, with its lines; {@code fil} is where its file is, once approved. */
    public record BuntDto(long id, LocalDate betalingsdato, Buntstatus status, Instant opprettet, String opprettetAv, Instant godkjent,
            String godkjentAv, String avvistBegrunnelse, String meldingsid, int antall, long sum, Instant lastetNed, Instant sendt,
            String sendtAv, String fil, List<LinjeDto> linjer) {

        static BuntDto fra(Utbetalingsbunt b, List<Buntlinje> linjer) {
            return new BuntDto(b.id, b.betalingsdato, b.status, b.opprettet, b.opprettetAv, b.godkjent, b.godkjentAv, b.avvistBegrunnelse,
                    b.meldingsid, linjer.size(), Buntlinje.sum(linjer), b.lastetNed, b.sendt, b.sendtAv,
                    b.fil == null ? null : "/api/utbetalingsbunter/" + b.id + "/pain001.xml", linjer.stream().map(LinjeDto::fra).toList());
        }
    }

    public record LinjeDto(long vedtakId, long soknadId, String referanse, String kommunenummer, String kommunenavn,
            String organisasjonsnummer, String kontonummer, long belop) {

        static LinjeDto fra(Buntlinje l) {
            return new LinjeDto(l.vedtakId(), l.soknadId, l.referanse, l.kommunenummer, l.kommunenavn, l.organisasjonsnummer, l.kontonummer,
                    l.belop);
        }
    }

    @Inject
    UtbetalingsbuntService service;

    @Inject
    Innlogget innlogget;

    @GET
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Alle bunter, nyeste først")
    public List<BuntDto> alle() {
        return service.alle().stream().map(b -> BuntDto.fra(b, service.linjer(b.id))).toList();
    }

    @GET
    @Path("klare")
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Aksepterte tilskudd som kan utbetales nå, med det hvert har igjen")
    public List<UtbetalingsbuntService.Klar> klare() {
        return service.klareTilUtbetaling();
    }

    @POST
    @RolesAllowed(Roller.SAKSBEHANDLER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lag en bunt for en betalingsdato (uten linjer: alle som kan utbetales); en annen person godkjenner den")
    public Response opprett(BuntInput input) {
        Utbetalingsbunt bunt = service.opprett(input == null ? null : input.betalingsdato(), input == null ? null : input.linjer(), innlogget);
        return Response.created(URI.create("/api/utbetalingsbunter/" + bunt.id)).entity(BuntDto.fra(bunt, service.linjer(bunt.id))).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Én bunt med linjene")
    public BuntDto hent(@PathParam("id") long id) {
        return BuntDto.fra(service.hent(id), service.linjer(id));
    }

    @POST
    @Path("{id}/godkjenn")
    @RolesAllowed(Roller.GODKJENNER)
    @Operation(summary = "Godkjenn bunten (ikke den som laget den): utbetalingene registreres og filen lages, én gang")
    public BuntDto godkjenn(@PathParam("id") long id) {
        return BuntDto.fra(service.godkjenn(id, innlogget), service.linjer(id));
    }

    @POST
    @Path("{id}/avvis")
    @RolesAllowed(Roller.GODKJENNER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Avvis bunten med begrunnelse (ikke den som laget den); utbetalingene kan legges i en ny")
    public BuntDto avvis(@PathParam("id") long id, AvvisInput input) {
        return BuntDto.fra(service.avvis(id, input == null ? null : input.begrunnelse(), innlogget), service.linjer(id));
    }

    @GET
    @Path("{id}/pain001.xml")
    @Produces(MediaType.APPLICATION_XML)
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN})
    @Operation(summary = "Betalingsfilen (ISO 20022 pain.001.001.03), slik den ble laget ved godkjenningen")
    public Response fil(@PathParam("id") long id) {
        return filsvar(id, service.fil(id, innlogget));
    }

    /** The file as a download, the same from the API and the page. */
    static Response filsvar(long id, byte[] fil) {
        return Response.ok(fil, "application/xml; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"utbetalingsbunt-" + id + "-pain001.xml\"").build();
    }

    @POST
    @Path("{id}/sendt")
    @RolesAllowed({Roller.SAKSBEHANDLER, Roller.GODKJENNER})
    @Operation(summary = "Merk bunten sendt til banken (etter at filen er lastet ned)")
    public BuntDto sendt(@PathParam("id") long id) {
        return BuntDto.fra(service.merkSendt(id, innlogget), service.linjer(id));
    }
}
