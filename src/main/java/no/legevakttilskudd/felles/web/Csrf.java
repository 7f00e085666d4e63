package no.legevakttilskudd.felles.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import no.legevakttilskudd.felles.problem.ProblemException;

/**
 * CSRF protection for the pages, OWASP's signed double-submit cookie: the token is a random value and
 * HMAC-SHA256(server secret, the login's subject + the random value). It travels in an HttpOnly, SameSite=Strict
 * {@code __Host-} cookie and in a hidden field of every form ({@code {#csrf /}}). Every POST of a page resource
 * ({@link Skjemavern}) is checked by {@link #krev(String)} in {@link SkjemavernInterceptor} before anything else, which
 * also refuses a POST whose {@code Origin} is another site; {@code CsrfVaktTest} posts to every page route without the
 * token and expects 403.
 *
 * <p>Bound to the subject, a token planted by someone who can write cookies for the site (a sibling subdomain, a
 * man in the middle on plain HTTP) is worth nothing for another login. An absent {@code Origin} is let through:
 * browsers leave it out of some same-site requests, and the signed token alone already stops a foreign site.
 *
 * <p>Why not quarkus-rest-csrf: its filter checks every form and multipart POST of the whole application, also the
 * bearer-token API's file uploads, which carry no cookie and need none (a cross-site page cannot set an
 * Authorization header). Checking where the page's form is read keeps the API as it is.
 */
@RequestScoped
@Named("csrf")
public class Csrf {

    public static final String COOKIE = "__Host-lv-csrf";
    public static final String FELT = "csrf-token";
    private static final SecureRandom TILFELDIG = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    /** 32 random bytes and a 32-byte HMAC, each as 43 characters of unpadded Base64url, joined by a dot. */
    private static final int LENGDE = 43 + 1 + 43;

    @Inject
    RoutingContext routing;

    @Inject
    JsonWebToken innlogging;

    @ConfigProperty(name = "legevakttilskudd.csrf.hemmelighet")
    String hemmelighet;

    private String token;

    /** The token for this login in this browser, created (and its cookie set) the first time a page with a form is rendered. */
    public String getToken() {
        if (token == null) {
            Cookie cookie = routing.request().getCookie(COOKIE);
            if (cookie != null && gyldig(cookie.getValue())) {
                token = cookie.getValue();
            } else {
                byte[] bytes = new byte[32];
                TILFELDIG.nextBytes(bytes);
                token = lag(hemmelighet, subjekt(), BASE64.encodeToString(bytes));
                // __Host-: Secure, Path=/ and no Domain, so no other host can set or overwrite it. Browsers treat
                // http://localhost as secure, so the local setup keeps working.
                routing.response().addCookie(Cookie.cookie(COOKIE, token)
                        .setPath("/")
                        .setHttpOnly(true)
                        .setSecure(true)
                        .setSameSite(CookieSameSite.STRICT));
            }
        }
        return token;
    }

    /**
     * Refuses the request with 403 unless its Origin (when sent) is this site and the form's token equals the cookie
     * and is signed for the logged-in user.
     */
    void krev(String fraSkjema) {
        krevCookie();
        String cookie = routing.request().getCookie(COOKIE).getValue();
        if (fraSkjema == null || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.US_ASCII), fraSkjema.getBytes(StandardCharsets.US_ASCII))) {
            throw utenNokkel();
        }
    }

    /**
     * What can be checked before the body is read: the Origin, and a cookie signed for this login. An upload filter
     * refuses with it before reading a file; {@link #krev(String)} still compares the form's token afterwards.
     */
    public void krevCookie() {
        krevEgenOpprinnelse();
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie == null || !gyldig(cookie.getValue())) {
            throw utenNokkel();
        }
    }

    private static ProblemException utenNokkel() {
        return ProblemException.forbudt("Skjemaet kunne ikke godtas fordi sikkerhetsnøkkelen mangler eller er utløpt. "
                + "Gå tilbake, last siden på nytt og send skjemaet igjen.");
    }

    /**
     * The token for {@code subjekt} with the random part {@code tilfeldig}: {@code tilfeldig.HMAC}. The subject and
     * the random value are length-prefixed in the signed message, so no two pairs sign the same bytes.
     */
    public static String lag(String hemmelighet, String subjekt, String tilfeldig) {
        String melding = subjekt.length() + "!" + subjekt + "!" + tilfeldig.length() + "!" + tilfeldig;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(hemmelighet.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return tilfeldig + "." + BASE64.encodeToString(mac.doFinal(melding.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 mangler i JVM-en", e);
        }
    }

    private boolean gyldig(String verdi) {
        if (verdi == null || verdi.length() != LENGDE || verdi.charAt(43) != '.') {
            return false;
        }
        String subjekt = subjekt();
        return !subjekt.isEmpty() && MessageDigest.isEqual(lag(hemmelighet, subjekt, verdi.substring(0, 43)).getBytes(StandardCharsets.US_ASCII),
                verdi.getBytes(StandardCharsets.US_ASCII));
    }

    private String subjekt() {
        String sub = innlogging.getSubject();
        return sub == null ? "" : sub;
    }

    private void krevEgenOpprinnelse() {
        HttpServerRequest request = routing.request();
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return;
        }
        String selv;
        try {
            // absoluteURI() has scheme and host from X-Forwarded-* where the proxy is trusted (compose, Kubernetes).
            URI adresse = URI.create(request.absoluteURI());
            selv = opprinnelse(adresse.getScheme(), adresse.getHost(), adresse.getPort());
        } catch (RuntimeException uleselig) {
            selv = null;
        }
        if (selv == null || !origin.equalsIgnoreCase(selv)) {
            throw ProblemException.forbudt("Skjemaet ble sendt fra et annet nettsted (" + origin + ") og ble avvist.");
        }
    }

    /** {@code scheme://host[:port]} as a browser writes it in Origin: without the scheme's default port. */
    static String opprinnelse(String skjema, String vert, int port) {
        String s = skjema == null ? "http" : skjema.toLowerCase(Locale.ROOT);
        boolean standard = port < 0 || "http".equals(s) && port == 80 || "https".equals(s) && port == 443;
        return s + "://" + vert + (standard ? "" : ":" + port);
    }
}
