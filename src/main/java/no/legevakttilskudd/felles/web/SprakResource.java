package no.legevakttilskudd.felles.web;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import no.legevakttilskudd.felles.problem.ProblemException;

/** Switches the page language with a plain link (no JavaScript) and remembers it for a year. */
@Path("/sprak")
public class SprakResource {

    @GET
    @PermitAll
    public Response bytt(@QueryParam("til") String til, @QueryParam("tilbake") String tilbake) {
        if (til == null || !Sprak.KODER.contains(til)) {
            throw ProblemException.valideringsfeil("til", "Velg nb, nn eller en.");
        }
        NewCookie cookie = new NewCookie.Builder(Sprak.COOKIE).value(til).path("/").maxAge(365 * 24 * 3600).httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(lokalSti(tilbake))).cookie(cookie).build();
    }

    /** Only paths on this site: "//evil.example" or "https://…" would make this an open redirect. */
    static String lokalSti(String sti) {
        if (sti == null || !sti.startsWith("/") || sti.startsWith("//") || sti.startsWith("/\\") || sti.contains("\r") || sti.contains("\n")) {
            return "/";
        }
        return sti;
    }
}
