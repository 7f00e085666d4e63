package no.legevakttilskudd.sikkerhet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import no.legevakttilskudd.Csrftoken;
import no.legevakttilskudd.PakketApplikasjon;
import no.legevakttilskudd.Pdfer;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.felles.local.LocalKeycloak;
import no.legevakttilskudd.felles.web.Csrf;
import no.legevakttilskudd.sikkerhet.Tilgangsmatrise.Kaller;
import no.legevakttilskudd.sikkerhet.Tilgangsmatrise.Rad;
import no.legevakttilskudd.sikkerhet.Tilgangsmatrise.Sak;

/**
 * The access matrix against the real thing: the packaged application ({@code target/legevakttilskudd-runner.jar}) started in prod mode
 * the way an operator starts it, with only environment variables, against a real PostgreSQL and a real Keycloak with
 * the demo realm; tokens for every demo user from Keycloak itself. Then every row of {@link Tilgangsmatrise} for every
 * caller, and the token attacks: expired, signed by another key, a changed kommunenummer, and a user trying to change
 * their own kommunenummer in Keycloak. Runs in {@code ./mvnw verify} (Failsafe), after the package is built.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TilgangsmatriseIT {

    private static final Path MAPPE = Path.of("target", "tilgangsmatrise");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static PakketApplikasjon pakke;
    private static LocalKeycloak kc;
    private static final Map<Kaller, String> TOKENS = new EnumMap<>(Kaller.class);
    private static final Map<String, String> VERDIER = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        pakke = PakketApplikasjon.start(MAPPE, 1);
        kc = pakke.keycloak();
        RestAssured.baseURI = "http://localhost";
        RestAssured.port = pakke.port(0);
        RestAssured.config = RestAssured.config().redirect(RedirectConfig.redirectConfig().followRedirects(false));
        for (Kaller kaller : Kaller.values()) {
            if (kaller.bruker != null) {
                TOKENS.put(kaller, token(kaller.bruker));
            }
        }
        lagSaken();
    }

    @AfterAll
    static void stopp() throws IOException {
        if (pakke != null) {
            pakke.close();
        }
        RestAssured.reset();
    }

    /** The application's own port, the one the Ingress and nginx route to, does not answer health or metrics in prod. */
    @Test
    void helseOgMetrikkerErIkkePaApplikasjonensPort() {
        for (String sti : List.of("/q/health", "/q/health/ready", "/q/metrics")) {
            for (String token : java.util.Arrays.asList(null, TOKENS.get(Kaller.ADMIN))) {
                RequestSpecification foresporsel = given();
                if (token != null) {
                    foresporsel.auth().oauth2(token);
                }
                assertEquals(404, foresporsel.when().get(sti).then().extract().statusCode(), sti + (token == null ? " anonymt" : " som admin"));
            }
            given().when().get(pakke.driftsurl(0) + sti).then().statusCode(200);
        }
    }

    @Test
    void hverRuteSvarerHverKallerSomTabellenSier() {
        List<String> avvik = new ArrayList<>();
        int kall = 0;
        for (Rad rad : Tilgangsmatrise.RADER) {
            for (Kaller kaller : Kaller.values()) {
                Response svar = kall(rad, TOKENS.get(kaller));
                kall++;
                if (svar.statusCode() != rad.forventet(kaller)) {
                    String kropp = svar.asString().replaceAll("\\s+", " ");
                    avvik.add(rad.nokkel() + " som " + kaller.tittel + ": " + svar.statusCode() + ", ventet " + rad.forventet(kaller)
                            + " " + kropp.substring(0, Math.min(kropp.length(), 160)));
                }
            }
        }
        assertEquals(List.of(), avvik, avvik.size() + " av " + kall + " kall svarte ikke som tabellen:\n" + String.join("\n", avvik));
    }

    @Test
    void enSokerUtenKommuneFar403MedForklaring() {
        given().auth().oauth2(token("soker-uten-kommune")).when().get("/api/soknader").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("ikke knyttet til en kommune"));
    }

    @Test
    void etTokenSignertMedEnAnnenNokkelAvvises() throws Exception {
        String ekte = TOKENS.get(Kaller.ADMIN);
        String[] deler = ekte.split("\\.");
        var nokler = KeyPairGenerator.getInstance("RSA");
        nokler.initialize(2048);
        Signature signatur = Signature.getInstance("SHA256withRSA");
        signatur.initSign(nokler.generateKeyPair().getPrivate());
        // Same header (and key id) and claims as the real token: only the key differs.
        signatur.update((deler[0] + "." + deler[1]).getBytes(StandardCharsets.US_ASCII));
        String falsk = deler[0] + "." + deler[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signatur.sign());
        given().auth().oauth2(falsk).when().get("/api/utlysninger").then().statusCode(401);
        given().auth().oauth2(falsk).when().get("/admin").then().statusCode(401);
        given().auth().oauth2(ekte).when().get("/api/utlysninger").then().statusCode(200);
    }

    @Test
    void etKommunenummerEndretITokenetAvvises() throws Exception {
        String ekte = TOKENS.get(Kaller.ANNEN_SOKER);
        String[] deler = ekte.split("\\.");
        ObjectNode innhold = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(deler[1]));
        assertEquals("1857", innhold.path("kommunenummer").asText());
        innhold.put("kommunenummer", "1856");
        String endret = deler[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(innhold)) + "."
                + deler[2];
        given().auth().oauth2(endret).when().get("/api/soknader/" + VERDIER.get("soknad")).then().statusCode(401);
        given().auth().oauth2(ekte).when().get("/api/soknader/" + VERDIER.get("soknad")).then().statusCode(404);
    }

    /** The claim comes from a user attribute only administrators may edit: the account API refuses the user. */
    @Test
    void brukerenKanIkkeEndreSittEgetKommunenummer() throws Exception {
        String token = token("soker-varoy");
        Response konto = given().auth().oauth2(token).accept(ContentType.JSON).when().get(kc.realmUrl() + "/account/");
        ObjectNode bruker = (ObjectNode) JSON.readTree(konto.asString());
        bruker.withObjectProperty("attributes").putArray("kommunenummer").add("1856");
        Response forsok = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(JSON.writeValueAsString(bruker)).when().post(kc.realmUrl() + "/account/");
        String nytt = token("soker-varoy");
        ObjectNode innhold = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(nytt.split("\\.")[1]));
        assertEquals("1857", innhold.path("kommunenummer").asText(), "kontokonsollet svarte " + forsok.statusCode() + ": "
                + forsok.asString());
    }

    /** Every demo user of the realm file gets a token from Keycloak with the roles, kommune, name and title the file gives. */
    @Test
    void hverDemobrukerFarRollerOgKommuneFraRealmen() throws Exception {
        var realm = JSON.readTree(LocalKeycloak.locateRealm(Path.of("")).toFile());
        int brukere = 0;
        for (var bruker : realm.path("users")) {
            String navn = bruker.path("username").asText();
            var innhold = JSON.readTree(Base64.getUrlDecoder().decode(token(navn).split("\\.")[1]));
            Set<String> roller = new TreeSet<>();
            bruker.path("realmRoles").forEach(r -> roller.add(r.asText()));
            roller.remove("default-roles-legevakttilskudd");
            Set<String> iTokenet = new TreeSet<>();
            innhold.path("realm_access").path("roles").forEach(r -> iTokenet.add(r.asText()));
            iTokenet.retainAll(Set.of("soker", "saksbehandler", "godkjenner", "evaluator", "admin"));
            assertEquals(roller, iTokenet, navn);
            assertEquals(bruker.path("attributes").path("kommunenummer").path(0).asText(""), innhold.path("kommunenummer").asText(""), navn);
            // The letter is signed with these: the full name from the profile scope, the title from its own mapper.
            assertEquals(bruker.path("firstName").asText() + " " + bruker.path("lastName").asText(), innhold.path("name").asText(""), navn);
            assertEquals(bruker.path("attributes").path("tittel").path(0).asText(""), innhold.path("tittel").asText(""), navn);
            if (roller.contains("saksbehandler") || roller.contains("godkjenner")) {
                assertFalse(innhold.path("tittel").asText("").isBlank(), navn + " underskriver vedtak og trenger en tittel");
            }
            assertTrue(innhold.path("aud").toString().contains("legevakttilskudd-api"), navn + ": " + innhold.path("aud"));
            brukere++;
        }
        assertTrue(brukere >= 10, "fant bare " + brukere + " demobrukere");
    }

    /**
     * Password guessing meets Keycloak's brute-force protection: after five failures even the right password fails.
     * Last, because it locks a user.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void gjentatteFeilPassordLaserBrukeren() {
        for (int i = 0; i < 5; i++) {
            given().formParam("grant_type", "password").formParam("client_id", "legevakttilskudd-cli")
                    .formParam("username", "saksbehandler2").formParam("password", "gjetning-" + i)
                    // 401 for a wrong password; 400 once Keycloak has locked the user (fast guesses lock at once).
                    .when().post(kc.realmUrl() + "/protocol/openid-connect/token").then().statusCode(oneOf(400, 401));
        }
        given().formParam("grant_type", "password").formParam("client_id", "legevakttilskudd-cli")
                .formParam("username", "saksbehandler2").formParam("password", "demo")
                .when().post(kc.realmUrl() + "/protocol/openid-connect/token").then()
                .statusCode(oneOf(400, 401)).body("access_token", nullValue());
    }

    @Test
    void etUtloptTokenAvvises() throws Exception {
        String keycloakUrl = "http://localhost:" + URI.create(kc.realmUrl()).getPort();
        String admin = given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .when().post(keycloakUrl + "/realms/master/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        String realm = keycloakUrl + "/admin/realms/" + LocalKeycloak.REALM;
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"accessTokenLifespan\": 1}").when().put(realm)
                .then().statusCode(204);
        String kortlevd;
        try {
            kortlevd = token("evaluator");
        } finally {
            given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"accessTokenLifespan\": 300}").when().put(realm)
                    .then().statusCode(204);
        }
        long utloper = JSON.readTree(Base64.getUrlDecoder().decode(kortlevd.split("\\.")[1])).path("exp").asLong();
        Thread.sleep(Math.max(0, utloper * 1000 - System.currentTimeMillis()) + 2000);
        given().auth().oauth2(kortlevd).when().get("/api/utlysninger").then().statusCode(401);
    }

    /**
     * A person logs in through Keycloak's form with the code flow: the session cookie is HttpOnly, Secure and
     * SameSite; logging out ends the Keycloak session too, so the next login asks for the password again.
     */
    @Test
    void innloggingGirSikreInformasjonskapslerOgUtloggingAvslutterKeycloakOkten() {
        Map<String, String> app = new HashMap<>();
        Map<String, String> idp = new HashMap<>();
        Response tilInnlogging = given().when().get("/logg-inn");
        assertEquals(302, tilInnlogging.statusCode());
        app.putAll(tilInnlogging.getCookies());
        Response skjema = som(tilInnlogging.header("Location"), Map.of());
        assertEquals(200, skjema.statusCode());
        idp.putAll(skjema.getCookies());
        String handling = handling(skjema.asString());
        Response innlogget = given().urlEncodingEnabled(false).cookies(idp).contentType("application/x-www-form-urlencoded")
                .body("username=saksbehandler&password=demo").when().post(handling);
        assertEquals(302, innlogget.statusCode(), innlogget.asString());
        idp.putAll(innlogget.getCookies());
        Response tilbake = som(innlogget.header("Location"), app);
        assertEquals(302, tilbake.statusCode(), tilbake.asString());
        String sesjon = tilbake.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("q_session")).findFirst()
                .orElseThrow(() -> new AssertionError("ingen sesjonskapsel: " + tilbake.headers()));
        // Attribute names are case-insensitive (RFC 6265); Vert.x writes "HTTPOnly".
        String flagg = sesjon.toLowerCase(Locale.ROOT);
        assertTrue(flagg.contains("; httponly"), sesjon);
        assertTrue(flagg.contains("; secure"), sesjon);
        assertTrue(flagg.contains("; samesite=lax"), sesjon);
        app.putAll(tilbake.getCookies());
        given().cookies(app).when().get("/saksbehandling").then().statusCode(200);

        Response utlogging = given().cookies(app).when().get("/logg-ut");
        assertEquals(302, utlogging.statusCode());
        String endeOkt = utlogging.header("Location");
        assertTrue(endeOkt.startsWith(kc.realmUrl() + "/protocol/openid-connect/logout"), endeOkt);
        Response avsluttet = som(endeOkt, idp);
        assertNotEquals(500, avsluttet.statusCode());
        assertTrue(utlogging.headers().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("q_session") && c.contains("Max-Age=0")),
                "sesjonskapselen ble ikke slettet: " + utlogging.headers().getValues("Set-Cookie"));
        // Keycloak no longer knows the browser: a new login shows the form instead of signing in silently.
        Response nyInnlogging = given().when().get("/logg-inn");
        som(nyInnlogging.header("Location"), idp).then().statusCode(200)
                .body(containsString("kc-form-login"));
    }

    /** Follows an address from a Location header or a form as it is: it is already encoded. */
    private static Response som(String adresse, Map<String, String> kapsler) {
        return given().urlEncodingEnabled(false).cookies(kapsler).when().get(adresse);
    }

    private static String handling(String skjema) {
        Matcher m = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(skjema);
        assertTrue(m.find(), "fant ikke innloggingsskjemaet");
        return m.group(1).replace("&amp;", "&");
    }

    private static Response kall(Rad rad, String token) {
        RequestSpecification foresporsel = given();
        if (token != null) {
            foresporsel.auth().oauth2(token);
        }
        boolean skjemaPost = rad.erSide() && !rad.metode().equals("GET");
        if (skjemaPost) {
            foresporsel.cookie(Csrf.COOKIE, Csrftoken.av(token));
        }
        switch (rad.kropp()) {
            case JSON -> foresporsel.contentType(ContentType.JSON).body(sti(rad.innhold(), rad.sak()));
            case CSV -> foresporsel.contentType("text/csv; charset=UTF-8").body(rad.innhold());
            case SKJEMA -> {
                foresporsel.contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", Csrftoken.av(token));
                for (String par : rad.innhold().split("&")) {
                    String[] nv = par.split("=", 2);
                    foresporsel.formParam(URLDecoder.decode(nv[0], StandardCharsets.UTF_8),
                            URLDecoder.decode(nv[1], StandardCharsets.UTF_8));
                }
            }
            case FIL -> {
                foresporsel.multiPart("fil", "fil", rad.innhold().getBytes(StandardCharsets.UTF_8),
                        rad.innhold().startsWith("%PDF") ? "application/pdf" : "text/csv");
                if (skjemaPost) {
                    foresporsel.multiPart("csrf-token", Csrftoken.av(token));
                }
            }
            case INGEN -> {
                if (skjemaPost) {
                    foresporsel.contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", Csrftoken.av(token));
                }
            }
        }
        String sti = sti(rad.sti() + (rad.sporring().isEmpty() ? "" : "?" + rad.sporring()), rad.sak());
        // Health and metrics live on the management port in production (see the test below).
        return foresporsel.request(rad.metode(), Tilgangsmatrise.erDriftsrute(rad.sti()) ? pakke.driftsurl(0) + sti : sti);
    }

    /** The route (or a body) with the ids of the row's case filled in; {id} means the thing the path is about. */
    private static String sti(String mal, Sak sak) {
        String p = sak.prefiks;
        String id = mal.startsWith("/api/vedtak/") ? VERDIER.get(p + "vedtak")
                : mal.matches("^/(api|saksbehandling|admin)/utlysninger/.*") ? VERDIER.get(p + "utlysning")
                : VERDIER.get(p + "soknad");
        return mal.replace("{id}", String.valueOf(id))
                .replace("{utlysningId}", VERDIER.get(p + "utlysning"))
                .replace("{vedtakId}", String.valueOf(VERDIER.get(p + "vedtak")))
                .replace("{vedleggId}", String.valueOf(VERDIER.get(p + "vedlegg")))
                .replace("{klageId}", String.valueOf(VERDIER.get(p + "klage")))
                .replace("{erklaringId}", String.valueOf(VERDIER.get(p + "erklaring")))
                .replace("{sporsmalId}", String.valueOf(VERDIER.get(p + "sporsmal")))
                .replace("{endringId}", String.valueOf(VERDIER.get(p + "endring")))
                .replace("{kravId}", String.valueOf(VERDIER.get(p + "krav")))
                // No saved filter has id 0: the row shows the caller got past the access check to the lookup.
                .replace("{filterId}", "0")
                .replace("{kommunenummer}", "1856")
                .replace("{steg}", "1");
    }

    /**
     * Røst's case, taken all the way through by the people whose roles it needs: a call, an application with an
     * attachment, assessed, a decision proposed, approved and sent, accepted, partly paid, reported and appealed.
     */
    private static void lagSaken() {
        LocalDateTime naa = LocalDateTime.now(ZoneId.of("Europe/Oslo"));
        Map<String, Object> data = Testdata.utlysning(naa.minusDays(1), naa.plusDays(30));
        // The packaged application has no test clock to move past the deadline: this call decides as applications come.
        data.put("fortlopendeVedtak", true);
        long utlysning = given().auth().oauth2(TOKENS.get(Kaller.ADMIN)).contentType(ContentType.JSON)
                .body(data).when().post("/api/utlysninger")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String rost = TOKENS.get(Kaller.SOKER);
        long soknad = given().auth().oauth2(rost).contentType(ContentType.JSON).body(Testdata.fullstendigSoknad("1856"))
                .when().post("/api/utlysninger/" + utlysning + "/soknader").then().statusCode(201).extract().jsonPath().getLong("id");
        long vedlegg = given().auth().oauth2(rost).multiPart("fil", "plan.pdf", Pdfer.gyldig(),
                "application/pdf").when().post("/api/soknader/" + soknad + "/vedlegg").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        given().auth().oauth2(rost).when().post("/api/soknader/" + soknad + "/send").then().statusCode(200);
        // A question the kommune has not answered: its answer and attachment routes get past the access check.
        VERDIER.put("sporsmal", String.valueOf(given().auth().oauth2(TOKENS.get(Kaller.SAKSBEHANDLER)).contentType(ContentType.JSON)
                .body(Map.of("sporsmal", "Hvor mange vaktdøgn har legene i dag?", "svarfrist",
                        LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(14).toString()))
                .when().post("/api/soknader/" + soknad + "/tilleggsopplysninger").then().statusCode(201).extract().jsonPath().getLong("id")));
        given().auth().oauth2(TOKENS.get(Kaller.SAKSBEHANDLER)).contentType(ContentType.JSON).body(Map.of("kvalitet", "GOD"))
                .when().put("/api/soknader/" + soknad + "/vurdering").then().statusCode(200);
        long vedtak = given().auth().oauth2(TOKENS.get(Kaller.SAKSBEHANDLER)).contentType(ContentType.JSON)
                .body(Map.of("utfall", "INNVILGET", "belop", 900_000, "begrunnelse", "Kvalifisert: klasse 6, 460 innbyggere."))
                .when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(TOKENS.get(Kaller.GODKJENNER)).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(200);
        given().auth().oauth2(TOKENS.get(Kaller.SAKSBEHANDLER)).when().post("/api/vedtak/" + vedtak + "/send").then().statusCode(200);
        given().auth().oauth2(rost).contentType(ContentType.JSON).body(Map.of("kontonummer", "12345678903"))
                .when().post("/api/vedtak/" + vedtak + "/aksept").then().statusCode(200);
        given().auth().oauth2(TOKENS.get(Kaller.SAKSBEHANDLER)).contentType(ContentType.JSON)
                .body(Map.of("belop", 100_000, "dato", LocalDate.now(ZoneId.of("Europe/Oslo")).toString()))
                .when().post("/api/vedtak/" + vedtak + "/utbetalinger").then().statusCode(201);
        // A later report deadline asked for and granted: its letter routes get past the access check.
        long endring = given().auth().oauth2(rost).contentType(ContentType.JSON)
                .body(Map.of("type", "FRIST", "rapportfrist", LocalDate.parse(given().auth().oauth2(TOKENS.get(Kaller.ADMIN)).when()
                        .get("/api/utlysninger/" + utlysning).then().statusCode(200).extract().jsonPath().getString("rapportfrist"))
                        .plusMonths(1).toString(), "begrunnelse", "Legen begynner senere."))
                .when().post("/api/vedtak/" + vedtak + "/endringer").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(TOKENS.get(Kaller.SAKSBEHANDLER)).contentType(ContentType.JSON).body(Map.of("innvilget", true))
                .when().post("/api/vedtak/" + vedtak + "/endringer/" + endring + "/avgjorelse").then().statusCode(200);
        VERDIER.put("endring", String.valueOf(endring));
        given().auth().oauth2(rost).contentType(ContentType.JSON)
                .body(Map.of("tiltak", List.of(Map.of("gjort", "Vikarlege i rotasjon.", "brukt", 800_000),
                        Map.of("gjort", "Defibrillator.", "brukt", 50_000))))
                .when().put("/api/vedtak/" + vedtak + "/rapport").then().statusCode(200);
        // A repayment claim not yet due: its routes get past the access check.
        VERDIER.put("krav", String.valueOf(given().auth().oauth2(TOKENS.get(Kaller.SAKSBEHANDLER)).contentType(ContentType.JSON)
                .body(Map.of("grunn", "IKKE_GJENNOMFORT", "belop", 10_000, "begrunnelse", "Kurset ble avlyst.",
                        "forfall", LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(30).toString()))
                .when().post("/api/vedtak/" + vedtak + "/tilbakebetalingskrav").then().statusCode(201).extract().jsonPath().getLong("id")));
        long klage = given().auth().oauth2(rost).contentType(ContentType.JSON).body(Map.of("tekst", "Vi ba om mer."))
                .when().post("/api/vedtak/" + vedtak + "/klager").then().statusCode(201).extract().jsonPath().getLong("id");
        VERDIER.put("utlysning", String.valueOf(utlysning));
        VERDIER.put("soknad", String.valueOf(soknad));
        VERDIER.put("vedlegg", String.valueOf(vedlegg));
        // The approver has declared themselves disqualified in the case: their withdrawal gets past the access check.
        VERDIER.put("erklaring", String.valueOf(given().auth().oauth2(TOKENS.get(Kaller.GODKJENNER)).contentType(ContentType.JSON)
                .body(Map.of("begrunnelse", "Nær familie i kommunen.")).when().post("/api/soknader/" + soknad + "/habilitet").then()
                .statusCode(201).extract().jsonPath().getLong("id")));
        VERDIER.put("vedtak", String.valueOf(vedtak));
        VERDIER.put("klage", String.valueOf(klage));
        lagUpublisertOgAvgjort(naa);
    }

    /**
     * A call not published ({@link Sak#UPUBLISERT}), and a round that is over ({@link Sak#AVGJORT}): Røst's application
     * sent, the deadline moved to the past, the decision sent and then replaced by a sent correction.
     */
    private static void lagUpublisertOgAvgjort(LocalDateTime naa) {
        Map<String, Object> utkast = Testdata.utlysning(naa.minusDays(1), naa.plusDays(30));
        utkast.put("publisert", false);
        VERDIER.put(Sak.UPUBLISERT.prefiks + "utlysning", String.valueOf(given().auth().oauth2(TOKENS.get(Kaller.ADMIN))
                .contentType(ContentType.JSON).body(utkast).when().post("/api/utlysninger").then().statusCode(201).extract().jsonPath()
                .getLong("id")));

        Map<String, Object> data = Testdata.utlysning(naa.minusDays(2), naa.plusDays(30));
        long utlysning = given().auth().oauth2(TOKENS.get(Kaller.ADMIN)).contentType(ContentType.JSON).body(data)
                .when().post("/api/utlysninger").then().statusCode(201).extract().jsonPath().getLong("id");
        String rost = TOKENS.get(Kaller.SOKER);
        long soknad = given().auth().oauth2(rost).contentType(ContentType.JSON).body(Testdata.fullstendigSoknad("1856"))
                .when().post("/api/utlysninger/" + utlysning + "/soknader").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(rost).when().post("/api/soknader/" + soknad + "/send").then().statusCode(200);
        data.put("soknadsfrist", LocalDateTime.now(ZoneId.of("Europe/Oslo")).minusMinutes(1).withSecond(0).withNano(0).toString());
        given().auth().oauth2(TOKENS.get(Kaller.ADMIN)).contentType(ContentType.JSON).body(data).when().put("/api/utlysninger/" + utlysning)
                .then().statusCode(200);
        long vedtak = sendtVedtak(soknad, null, Map.of("utfall", "INNVILGET", "belop", 900_000, "begrunnelse", "Kvalifisert."));
        sendtVedtak(soknad, vedtak, Map.of("utfall", "DELVIS_INNVILGET", "belop", 800_000, "begrunnelse", "Rettet."));
        given().auth().oauth2(TOKENS.get(Kaller.EVALUATOR)).when().get("/api/utlysninger/" + utlysning).then().statusCode(200)
                .body("status", equalTo("DECIDED"));
        VERDIER.put(Sak.AVGJORT.prefiks + "utlysning", String.valueOf(utlysning));
        VERDIER.put(Sak.AVGJORT.prefiks + "soknad", String.valueOf(soknad));
        VERDIER.put(Sak.AVGJORT.prefiks + "vedtak", String.valueOf(vedtak));
    }

    /** A decision proposed (a correction of {@code erstatter}, if given), approved and sent; its id. */
    private static long sendtVedtak(long soknad, Long erstatter, Map<String, Object> innhold) {
        RequestSpecification forslag = given().auth().oauth2(TOKENS.get(Kaller.SAKSBEHANDLER)).contentType(ContentType.JSON).body(innhold);
        if (erstatter != null) {
            forslag.queryParam("erstatter", erstatter);
        }
        long vedtak = forslag.when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(TOKENS.get(Kaller.GODKJENNER)).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(200);
        given().auth().oauth2(TOKENS.get(Kaller.SAKSBEHANDLER)).when().post("/api/vedtak/" + vedtak + "/send").then().statusCode(200);
        return vedtak;
    }

    private static String token(String bruker) {
        return pakke.token(bruker);
    }
}
