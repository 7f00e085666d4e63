package no.legevakttilskudd.soknad;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.felles.problem.Feltfeil;
import no.legevakttilskudd.felles.problem.ProblemException;
import no.legevakttilskudd.regler.Vaktbelastning;
import no.legevakttilskudd.regler.Vaktform;

/** SPEC §4.8 as a calculator: the duty burden per doctor for a rota, as the application form shows it while typing. */
@Path("/api/vaktbelastning")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Søknader")
public class VaktbelastningResource {

    @GET
    @RolesAllowed({Roller.SOKER, Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.EVALUATOR, Roller.ADMIN})
    @Operation(summary = "Regn ut vaktbelastning", description = "Standard: vaktklasse 1 (10 aktive minutter per time), omregning 5:1 "
            + "(arbeidsmiljøloven § 10-4), 253 hverdager og 112 helge- og høytidsdager.")
    public Vaktbelastning.Resultat beregn(@QueryParam("vaktdeling") Integer vaktdeling, @QueryParam("vaktform") Vaktform vaktform,
            @QueryParam("aktiveMinutterPerTime") @DefaultValue("10") int aktiveMinutter,
            @QueryParam("omregningsfaktor") @DefaultValue("5") int faktor,
            @QueryParam("hverdager") @DefaultValue("253") int hverdager, @QueryParam("helgedager") @DefaultValue("112") int helgedager) {
        List<Feltfeil> feil = new ArrayList<>();
        if (vaktdeling == null || vaktdeling < 1 || vaktdeling > 100) {
            feil.add(new Feltfeil("vaktdeling", "Oppgi vaktdelingen, 1–100 (f.eks. 4 for 4-delt vakt)."));
        }
        if (vaktform == null) {
            feil.add(new Feltfeil("vaktform", "Velg HJEMMEVAKT eller TILSTEDEVAKT."));
        }
        if (aktiveMinutter < 0 || aktiveMinutter > 60) {
            feil.add(new Feltfeil("aktiveMinutterPerTime", "Aktive minutter per time må være 0–60."));
        }
        if (faktor < 1 || faktor > 10) {
            feil.add(new Feltfeil("omregningsfaktor", "Omregningsfaktoren må være 1–10 (5 etter loven, 4 som legene har hevdet)."));
        }
        if (hverdager < 0 || helgedager < 0 || hverdager + helgedager > 366) {
            feil.add(new Feltfeil("hverdager", "Hverdager og helgedager kan til sammen være høyst 366."));
        }
        if (!feil.isEmpty()) {
            throw ProblemException.valideringsfeil(feil);
        }
        return Vaktbelastning.beregn(new Vaktbelastning.Grunnlag(vaktdeling, vaktform, aktiveMinutter, faktor, hverdager, helgedager));
    }
}
