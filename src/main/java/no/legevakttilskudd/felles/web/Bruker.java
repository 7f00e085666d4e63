package no.legevakttilskudd.felles.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import no.legevakttilskudd.felles.Roller;

/**
 * Who is logged in, as every page header shows it: name and role (the kommune comes from the registry, through
 * {@code kommune.Brukerkommune}). Anonymous visitors are allowed.
 */
@RequestScoped
@Named("bruker")
public class Bruker {

    private static final List<String> ROLLEREKKEFOLGE = List.of(Roller.ADMIN, Roller.GODKJENNER, Roller.SAKSBEHANDLER,
            Roller.EVALUATOR, Roller.SOKER);

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isInnlogget() {
        return !identity.isAnonymous();
    }

    public String getNavn() {
        if (!isInnlogget()) {
            return null;
        }
        String navn = token.getClaim("name");
        if (navn != null && !navn.isBlank()) {
            return navn;
        }
        String brukernavn = token.getClaim("preferred_username");
        return brukernavn != null ? brukernavn : identity.getPrincipal().getName();
    }

    /** The most powerful of the user's roles, as the header shows one role. */
    public String getRolle() {
        return ROLLEREKKEFOLGE.stream().filter(identity::hasRole).findFirst().orElse(null);
    }

    public boolean isSoker() {
        return identity.hasRole(Roller.SOKER);
    }

    public boolean isSaksbehandler() {
        return identity.hasRole(Roller.SAKSBEHANDLER);
    }

    public boolean isGodkjenner() {
        return identity.hasRole(Roller.GODKJENNER);
    }

    public boolean isStab() {
        return identity.hasRole(Roller.SAKSBEHANDLER) || identity.hasRole(Roller.GODKJENNER) || identity.hasRole(Roller.ADMIN);
    }

    public boolean isEvaluator() {
        return identity.hasRole(Roller.EVALUATOR);
    }

    /** Evaluators and staff read the statistics. */
    public boolean isStatistikk() {
        return isEvaluator() || isStab();
    }

    public boolean isAdmin() {
        return identity.hasRole(Roller.ADMIN);
    }
}
