package no.legevakttilskudd;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.specification.RequestSpecification;

import no.legevakttilskudd.felles.web.Csrf;

/**
 * Valid CSRF tokens for page POSTs in tests, made as the application makes them: signed with the test secret for the
 * subject of the login. Send {@link #av(String)} both as the {@link Csrf#COOKIE} cookie and as the {@link Csrf#FELT}
 * field, as a browser does after loading the form.
 */
public final class Csrftoken {

    /** {@code legevakttilskudd.csrf.hemmelighet} of the test profile, and CSRF_SECRET of the packaged application in the ITs. */
    public static final String HEMMELIGHET = "test-csrf-hemmelighet-bare-for-testene-0123456789";

    /** The random half of the tests' tokens: any 43 Base64url characters will do. */
    private static final String TILFELDIG = "testtoken-testtoken-testtoken-testtoken-abc";

    private Csrftoken() {
    }

    /**
     * A page form's POST as a browser sends it after loading the form: logged in as {@code bearer}, with the CSRF cookie
     * and field, URL-encoded, and without following the redirect (so the test sees the 303 and where it leads).
     */
    public static RequestSpecification skjema(String bearer) {
        return given().auth().oauth2(bearer).redirects().follow(false).cookie(Csrf.COOKIE, av(bearer))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam(Csrf.FELT, av(bearer));
    }

    /** The token for the user of {@code bearer} (an access token from {@link Tokens} or Keycloak). */
    public static String av(String bearer) {
        return Csrf.lag(HEMMELIGHET, subjekt(bearer), TILFELDIG);
    }

    /** The {@code sub} claim of a JWT, read without checking the signature: the tests made it themselves; "" without one. */
    public static String subjekt(String jwt) {
        if (jwt == null) {
            return "";
        }
        try {
            byte[] innhold = Base64.getUrlDecoder().decode(jwt.split("\\.")[1]);
            return new ObjectMapper().readTree(innhold).path("sub").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
