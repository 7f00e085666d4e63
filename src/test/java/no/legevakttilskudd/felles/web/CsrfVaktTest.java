package no.legevakttilskudd.felles.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;
import no.legevakttilskudd.Ressursklasser;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.Roller;

/**
 * Guard: every state-changing page route (everything outside /api) refuses a form without the CSRF token, before it
 * looks anything up. New page forms are covered the moment they exist; a page resource without {@code @Skjemavern} fails here.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CsrfVaktTest {

    private record Rute(String sti, boolean multipart) {
    }

    @Test
    void hverSidePostUtenNokkelGir403() {
        List<Rute> ruter = sidePoster();
        assertTrue(ruter.size() >= 5, "fant bare " + ruter);
        // Every role and a kommune, so that only the missing token can be the reason for a refusal.
        String token = Tokens.token("alle-roller", List.of(Roller.SOKER, Roller.SAKSBEHANDLER, Roller.GODKJENNER, Roller.ADMIN,
                Roller.EVALUATOR), Tokens.ROST);
        for (Rute rute : ruter) {
            RequestSpecification foresporsel = given().auth().oauth2(token).redirects().follow(false).accept("text/html");
            foresporsel = rute.multipart() ? foresporsel.multiPart("felt", "verdi")
                    : foresporsel.contentType("application/x-www-form-urlencoded").formParam("felt", "verdi");
            foresporsel.when().post(rute.sti())
                    .then().statusCode(403)
                    .body(containsString("sikkerhetsnøkkelen"));
        }
    }

    private static List<Rute> sidePoster() {
        List<Rute> ruter = new ArrayList<>();
        for (Class<?> ressurs : Ressursklasser.alle()) {
            String rot = ressurs.getAnnotation(Path.class).value();
            if (rot.startsWith("/api")) {
                continue;
            }
            for (Method metode : ressurs.getDeclaredMethods()) {
                if (!metode.isAnnotationPresent(POST.class) && !metode.isAnnotationPresent(PUT.class)
                        && !metode.isAnnotationPresent(DELETE.class)) {
                    continue;
                }
                Path del = metode.getAnnotation(Path.class);
                String sti = (rot + (del == null ? "" : "/" + del.value())).replaceAll("/+", "/").replaceAll("\\{[^}]+}", "1");
                Consumes consumes = metode.getAnnotation(Consumes.class);
                boolean multipart = consumes != null && Arrays.asList(consumes.value()).contains(MediaType.MULTIPART_FORM_DATA)
                        && !Arrays.asList(consumes.value()).contains(MediaType.APPLICATION_FORM_URLENCODED);
                ruter.add(new Rute(sti, multipart));
            }
        }
        return ruter;
    }
}
