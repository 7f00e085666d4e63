package no.legevakttilskudd.felles;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import no.legevakttilskudd.felles.problem.ProblemException;

/**
 * The logged-in user of this request, read from the OIDC token only: roles from the realm roles, kommune from the
 * {@code kommunenummer} claim. Nothing the client sends in a body or a header can change who it is.
 */
@RequestScoped
public class Innlogget {

    /** Names and titles are stored in columns of 255; a longer claim is cut rather than refused. */
    private static final int MAKS_NAVN = 255;

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

    /**
     * The person's full name from the token ({@code name}), or null when the token has none. Kept on what the person
     * signs (a decision letter), where a user name must never stand in for it.
     */
    public String navn() {
        return tekstclaim("name");
    }

    /** The person's job title from the token ({@code tittel}, a user attribute in the directory), or null. */
    public String tittel() {
        return tekstclaim("tittel");
    }

    /** A claim as trimmed text, null when missing or blank, cut to what a name column holds. */
    private String tekstclaim(String navn) {
        Object claim = token.getClaim(navn);
        // A custom claim may come as a JSON string, whose toString() has the quotes.
        String verdi = claim instanceof JsonString json ? json.getString().strip() : claim == null ? null : claim.toString().strip();
        return verdi == null || verdi.isEmpty() ? null : verdi.substring(0, Math.min(verdi.length(), MAKS_NAVN));
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
