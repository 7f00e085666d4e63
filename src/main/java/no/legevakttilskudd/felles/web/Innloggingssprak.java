package no.legevakttilskudd.felles.web;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.quarkus.oidc.TenantFeature;

/**
 * Gives Keycloak the site's language ({@code ui_locales}) when the pages send a user there to log in or out, so the
 * login page speaks the language chosen on the site. Without it Keycloak goes by the browser's Accept-Language, which
 * need not be the choice the user made here; the realm offers the same three codes as {@link Sprak#KODER}.
 */
@ApplicationScoped
@Unremovable
@TenantFeature("web")
@Redirect({ Redirect.Location.OIDC_AUTHORIZATION, Redirect.Location.OIDC_LOGOUT })
public class Innloggingssprak implements OidcRedirectFilter {

    static final String PARAMETER = "ui_locales";

    @Override
    public void filter(OidcRedirectContext context) {
        context.additionalQueryParams().set(PARAMETER, Sprak.kode(context.routingContext().request().getCookie(Sprak.COOKIE)));
    }
}
