package no.legevakttilskudd.felles;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import no.legevakttilskudd.felles.problem.ProblemException;

/**
 * The logged-in user of this request, read from the OIDC token only: roles from the realm roles, kommune from the
 * {@code kommunenummer} claim. Nothing the client sends in a body or a header can change who it is.
 */
@RequestScoped
public class Innlogget {

    private static final List<String> STAFF = List.of(Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN);

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String brukernavn() {
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    /** The token's subject ({@code sub}): never reused for another person, unlike the user name. */
    public String subjekt() {
        String sub = token.getSubject();
        return sub != null && !sub.isBlank() ? sub : identity.getPrincipal().getName();
    }

    public Set<String> roller() {
        return new TreeSet<>(identity.getRoles());
    }

    public Aktor aktor() {
        return new Aktor(brukernavn(), String.join(",", roller()));
    }

    public boolean erSaksbehandlerGodkjennerEllerAdmin() {
        return STAFF.stream().anyMatch(identity::hasRole);
    }

    /** The kommune a soker acts for. A soker token without a valid claim may do nothing (403, not a guess). */
    public String kommunenummer() {
        Object claim = token.getClaim("kommunenummer");
        String value = claim == null ? null : claim.toString().replace("\"", "");
        if (value == null || !value.matches("\\d{4}")) {
            throw ProblemException.forbudt("Brukeren din er ikke knyttet til en kommune (mangler gyldig kommunenummer). "
                    + "Kontakt den som gir tilganger i kommunen din.");
        }
        return value;
    }
}
