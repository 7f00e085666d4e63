package no.legevakttilskudd.kommune;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Context;

/** The logged-in user's kommune, as the page header and the kommune's own pages show it. Anonymous visitors have none. */
@RequestScoped
@Named("brukerkommune")
public class Brukerkommune {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    KommuneregisterService register;

    private Optional<Kommune> kommune;

    /** The token's kommune number when it is a valid one, otherwise null. */
    public String getKommunenummer() {
        if (identity.isAnonymous()) {
            return null;
        }
        Object claim = token.getClaim("kommunenummer");
        String nummer = claim == null ? null : claim.toString().replace("\"", "");
        return Kommunenummer.erGyldig(nummer) ? nummer : null;
    }

    /**
     * The user's kommune in the current registry, for the header and for the facts the rules will use. Looked up once
     * per request: the header asks for it several times.
     */
    public Kommune getKommune() {
        String nummer = getKommunenummer();
        // A failed role check or an unknown path is answered on the IO thread, where the database may not be used;
        // the error page then shows the user without the kommune rather than failing with a 500.
        if (nummer == null || Context.isOnEventLoopThread()) {
            return null;
        }
        if (kommune == null) {
            kommune = register.finn(register.aktivVersjon().id, nummer);
        }
        return kommune.orElse(null);
    }
}
