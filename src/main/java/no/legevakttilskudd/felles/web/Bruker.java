package no.legevakttilskudd.felles.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Context;
import no.legevakttilskudd.felles.Roller;
import no.legevakttilskudd.kommune.Kommune;
import no.legevakttilskudd.kommune.KommuneregisterService;
import no.legevakttilskudd.kommune.Kommunenummer;

/** Who is logged in, as every page header shows it: name, role and kommune. Anonymous visitors are allowed. */
@RequestScoped
@Named("bruker")
public class Bruker {

    private static final List<String> ROLLEREKKEFOLGE = List.of(Roller.ADMIN, Roller.GODKJENNER, Roller.SAKSBEHANDLER,
            Roller.EVALUATOR, Roller.SOKER);

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    KommuneregisterService register;

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

    public String getKommunenummer() {
        if (!isInnlogget()) {
            return null;
        }
        Object claim = token.getClaim("kommunenummer");
        String nummer = claim == null ? null : claim.toString().replace("\"", "");
        return Kommunenummer.erGyldig(nummer) ? nummer : null;
    }

    /** The user's kommune in the current registry, for the header and for the facts the rules will use. */
    public Kommune getKommune() {
        String nummer = getKommunenummer();
        // A failed role check or an unknown path is answered on the IO thread, where the database may not be used;
        // the error page then shows the user without the kommune rather than failing with a 500.
        return nummer == null || Context.isOnEventLoopThread() ? null : register.finn(register.aktivVersjon().id, nummer).orElse(null);
    }
}
