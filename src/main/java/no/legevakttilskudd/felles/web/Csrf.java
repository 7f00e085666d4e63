package no.legevakttilskudd.felles.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import no.legevakttilskudd.felles.problem.ProblemException;

/**
 * Double-submit CSRF protection for the pages: a random token in an HttpOnly, SameSite=Strict cookie and the same
 * token in a hidden field of every form ({@code {#csrf /}}). Page POST methods call {@link #krev(String)} before
 * anything else; {@code CsrfVaktTest} posts to every page route without the token and expects 403.
 *
 * <p>Why not quarkus-rest-csrf: its filter checks every form and multipart POST of the whole application, also the
 * bearer-token API's file uploads, which carry no cookie and need none (a cross-site page cannot set an
 * Authorization header). Checking where the form is read keeps the API as it is.
 */
@RequestScoped
@Named("csrf")
public class Csrf {

    public static final String COOKIE = "lv-csrf";
    public static final String FELT = "csrf-token";
    private static final SecureRandom TILFELDIG = new SecureRandom();

    @Inject
    RoutingContext routing;

    private String token;

    /** The token for this browser, created (and its cookie set) the first time a page with a form is rendered. */
    public String getToken() {
        if (token == null) {
            Cookie cookie = routing.request().getCookie(COOKIE);
            if (cookie != null && gyldigForm(cookie.getValue())) {
                token = cookie.getValue();
            } else {
                byte[] bytes = new byte[32];
                TILFELDIG.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                routing.response().addCookie(Cookie.cookie(COOKIE, token)
                        .setPath("/")
                        .setHttpOnly(true)
                        .setSecure(routing.request().isSSL() || "https".equals(routing.request().getHeader("X-Forwarded-Proto")))
                        .setSameSite(CookieSameSite.STRICT));
            }
        }
        return token;
    }

    /** Refuses the request with 403 unless the form's token matches the cookie. */
    public void krev(String fraSkjema) {
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie == null || fraSkjema == null || !gyldigForm(cookie.getValue())
                || !MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.US_ASCII),
                        fraSkjema.getBytes(StandardCharsets.US_ASCII))) {
            throw ProblemException.forbudt("Skjemaet kunne ikke godtas fordi sikkerhetsnøkkelen mangler eller er utløpt. "
                    + "Gå tilbake, last siden på nytt og send skjemaet igjen.");
        }
    }

    private static boolean gyldigForm(String verdi) {
        return verdi != null && verdi.length() == 43 && verdi.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
