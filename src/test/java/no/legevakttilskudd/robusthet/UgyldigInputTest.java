package no.legevakttilskudd.robusthet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import no.legevakttilskudd.Csrftoken;
import no.legevakttilskudd.Pdfer;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;
import no.legevakttilskudd.felles.web.Csrf;
import no.legevakttilskudd.robusthet.Korpus.Tilfelle;

/**
 * Bad input at scale: every write route (found by reflection, so a new one is covered without anyone adding it here)
 * gets a generated corpus of malformed requests, sent with the token of a role the route allows and, for pages, the
 * CSRF cookie and field, so the input reaches the parsing and the service. No answer may be a 500, the API's 4xx are
 * problem+json, and a rejected request leaves every table as it was. One run lists every failure with its case.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class UgyldigInputTest {

    private static final long FRO = 20_240_905L;
    /** The corpus may grow, never silently shrink. */
    private static final int MINST_FORESPORSLER = 1_000;
    private static final ZoneId NORGE = ZoneId.of("Europe/Oslo");
    /** Roles in the order the caller is picked: the one closest to the data the route changes. */
    private static final List<String> ROLLER = List.of("soker", "saksbehandler", "godkjenner", "admin", "evaluator", "innlogget");

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URI adresse;

    private final HttpClient klient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private final Map<String, String> ider = new HashMap<>();

    @Test
    void ingenUgyldigForesporselGir500EllerLagrerNoe() throws Exception {
        lagSakene();
        List<Skriverute> ruter = Skriverute.alle();
        assertTrue(ruter.size() >= 30, "fant bare " + ruter.size() + " skriveruter");
        System.out.println("UgyldigInputTest: frø " + FRO + ", " + ruter.size() + " skriveruter");
        Korpus korpus = new Korpus(FRO);
        List<String> feil = new ArrayList<>();
        int antall = 0;
        long start = System.nanoTime();
        Map<String, Long> rader = tellRader();
        for (Skriverute rute : ruter) {
            String token = token(rute);
            for (Tilfelle tilfelle : korpus.for_(rute, Csrftoken.av(token))) {
                antall++;
                String hva = rute.nokkel() + " [" + tilfelle.navn() + "]";
                HttpResponse<String> svar;
                try {
                    svar = send(rute, tilfelle, token);
                } catch (IOException e) {
                    // The HTTP layer may close the connection while an oversized body is still being sent: a refusal.
                    if (!tilfelle.forStor()) {
                        feil.add(hva + ": ingen svar: " + e);
                    }
                    rader = tellRader();
                    continue;
                }
                Map<String, Long> etter = tellRader();
                int status = svar.statusCode();
                String type = svar.headers().firstValue("Content-Type").orElse("");
                if (status >= 500) {
                    feil.add(hva + ": " + status + " " + utdrag(svar.body()));
                } else if (status >= 400) {
                    if (!rader.equals(etter)) {
                        feil.add(hva + ": " + status + ", men lagret: " + endringer(rader, etter));
                    }
                    boolean httpLagetsGrense = status == 413 && tilfelle.forStor();
                    // Pages answer a rejected form with the form again, its errors marked (HTML); the API always with problem+json.
                    if (!rute.erSide() && !type.startsWith("application/problem+json") && !httpLagetsGrense) {
                        feil.add(hva + ": " + status + " som «" + type + "», ikke problem+json: " + utdrag(svar.body()));
                    }
                }
                rader = etter;
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("UgyldigInputTest: " + antall + " forespørsler mot " + ruter.size() + " skriveruter på " + ms + " ms, "
                + feil.size() + " feil");
        feil.forEach(f -> System.out.println("UgyldigInputTest FEIL: " + f));
        assertEquals(List.of(), feil, feil.size() + " av " + antall + " forespørsler (frø " + FRO + ") feilet:\n"
                + String.join("\n", feil));
        assertTrue(antall >= MINST_FORESPORSLER, "bare " + antall + " forespørsler");
    }

    /**
     * The inputs that were 500s when the corpus first ran, each now a 400 problem (a Content-Type that is no media type
     * is in the corpus only: the test client rewrites such a header).
     */
    @Test
    void detSomVar500ErNa400() throws Exception {
        lagSakene();
        String utlysning = ider.get("utlysning");
        // A form with a broken %-escape, and one with more fields than the form reader takes.
        given().auth().oauth2(Tokens.admin()).cookie(Csrf.COOKIE, Csrftoken.av(Tokens.admin())).contentType("application/x-www-form-urlencoded")
                .body(Korpus.skjemakropp(Csrftoken.av(Tokens.admin()), List.of()) + "&%ZZ=%G1&a=%").when().post("/admin/utlysninger/" + utlysning + "/ramme")
                .then().statusCode(400).contentType("application/problem+json");
        // A multipart body cut off before its closing boundary.
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType("multipart/form-data; boundary=" + Korpus.GRENSE)
                .body(("--" + Korpus.GRENSE + "\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4")
                        .getBytes(StandardCharsets.UTF_8))
                .when().post("/api/soknader/" + ider.get("utkast") + "/vedlegg").then().statusCode(400).contentType("application/problem+json");
        // JSON null as the whole body of a change to a call.
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body("null")
                .when().put("/api/utlysninger/" + utlysning).then().statusCode(400).contentType("application/problem+json");
        // A NUL in an appeal, which PostgreSQL cannot store.
        given().auth().oauth2(Tokens.soker(Tokens.ROST)).contentType(ContentType.JSON).body(Map.of("tekst", "Vi klager\u0000."))
                .when().post("/api/vedtak/" + ider.get("vedtak") + "/klager").then().statusCode(400)
                .contentType("application/problem+json");
    }

    /**
     * The rows the routes' path values point at, made through the API: an open call with Røst's draft (with an
     * attachment), and a call with Røst's case decided, sent, accepted, partly paid, reported and appealed, and
     * Værøy's application sent and not yet assessed.
     */
    private void lagSakene() {
        LocalDateTime naa = LocalDateTime.now(NORGE);
        long utlysning = Testdata.opprettUtlysning(Testdata.utlysning(naa.minusDays(1), naa.plusDays(30)));
        // Open well past the other call's deadline, which the case below moves the clock beyond.
        long lekeplass = Testdata.opprettUtlysning(Testdata.utlysning(naa.minusDays(1), naa.plusDays(60)));
        String rost = Tokens.soker(Tokens.ROST);
        long soknad = Testdata.utkast(Tokens.ROST, utlysning, Testdata.fullstendigSoknad(Tokens.ROST));
        long vedlegg = given().auth().oauth2(rost).multiPart("fil", "plan.pdf", Pdfer.gyldig(),
                "application/pdf").when().post("/api/soknader/" + soknad + "/vedlegg").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        given().auth().oauth2(rost).when().post("/api/soknader/" + soknad + "/send").then().statusCode(200);
        long varoy = Testdata.sendtSoknad(Tokens.VAROY, utlysning);
        Testdata.forbiFristen(utlysning);
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON).body(Map.of("kvalitet", "GOD"))
                .when().put("/api/soknader/" + soknad + "/vurdering").then().statusCode(200);
        long vedtak = given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", "INNVILGET", "belop", 900_000, "begrunnelse", "Kvalifisert."))
                .when().post("/api/soknader/" + soknad + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(200);
        given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/vedtak/" + vedtak + "/send").then().statusCode(200);
        given().auth().oauth2(rost).contentType(ContentType.JSON).body(Map.of("kontonummer", "12345678903"))
                .when().post("/api/vedtak/" + vedtak + "/aksept").then().statusCode(200);
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("belop", 100_000, "dato", LocalDate.now(NORGE).toString()))
                .when().post("/api/vedtak/" + vedtak + "/utbetalinger").then().statusCode(201);
        given().auth().oauth2(rost).contentType(ContentType.JSON)
                .body(Map.of("tiltak", List.of(Map.of("gjort", "Vikarlege.", "brukt", 800_000), Map.of("gjort", "Utstyr.", "brukt", 50_000))))
                .when().put("/api/vedtak/" + vedtak + "/rapport").then().statusCode(200);
        long klage = given().auth().oauth2(rost).contentType(ContentType.JSON).body(Map.of("tekst", "Vi ba om mer."))
                .when().post("/api/vedtak/" + vedtak + "/klager").then().statusCode(201).extract().jsonPath().getLong("id");

        long utkast = Testdata.utkast(Tokens.ROST, lekeplass, Testdata.fullstendigSoknad(Tokens.ROST));
        long utkastVedlegg = given().auth().oauth2(rost).multiPart("fil", "plan.pdf", Pdfer.gyldig(),
                "application/pdf").when().post("/api/soknader/" + utkast + "/vedlegg").then().statusCode(201).extract().jsonPath()
                .getLong("id");

        ider.put("utlysning", String.valueOf(lekeplass));
        ider.put("soknad", String.valueOf(soknad));
        ider.put("utkast", String.valueOf(utkast));
        ider.put("sendt", String.valueOf(varoy));
        ider.put("vedlegg", String.valueOf(vedlegg));
        ider.put("utkastVedlegg", String.valueOf(utkastVedlegg));
        ider.put("vedtak", String.valueOf(vedtak));
        ider.put("klage", String.valueOf(klage));
    }

    /**
     * The path with real ids: calls are the spare call; a kommune's own routes work on Røst's draft, except the steps
     * that would end it (send, withdraw, delete) and those on the decision, which get the decided case; staff routes on
     * an application get Værøy's, which waits for assessment.
     */
    private String sti(Skriverute rute, Tilfelle tilfelle) {
        String mal = rute.rute().sti();
        boolean avslutter = mal.endsWith("/send") || mal.endsWith("/trekk") || mal.endsWith("/slett") || rute.metode().equals("DELETE")
                || mal.contains("{vedtakId}") || mal.contains("{klageId}");
        boolean stab = !rute.rute().roller().contains("soker");
        String soknad = avslutter ? ider.get("soknad") : stab ? ider.get("sendt") : ider.get("utkast");
        String vedlegg = avslutter ? ider.get("vedlegg") : ider.get("utkastVedlegg");
        StringBuilder sti = new StringBuilder();
        String[] deler = mal.split("/");
        for (int i = 1; i < deler.length; i++) {
            String del = deler[i];
            String verdi = del;
            if (del.startsWith("{")) {
                String navn = del.substring(1, del.length() - 1);
                String forrige = deler[i - 1];
                verdi = switch (navn) {
                    case "utlysningId" -> ider.get("utlysning");
                    case "vedtakId" -> ider.get("vedtak");
                    case "klageId" -> ider.get("klage");
                    case "vedleggId" -> vedlegg;
                    case "steg" -> "1";
                    default -> forrige.equals("utlysninger") ? ider.get("utlysning")
                            : forrige.equals("vedtak") ? ider.get("vedtak") : soknad;
                };
                if (navn.equals(tilfelle.parameter())) {
                    verdi = tilfelle.verdi();
                }
            }
            sti.append('/').append(verdi);
        }
        return sti.toString();
    }

    private static String token(Skriverute rute) {
        Set<String> roller = rute.rute().roller();
        String rolle = ROLLER.stream().filter(roller::contains).findFirst().orElse("admin");
        return switch (rolle) {
            case "soker" -> Tokens.soker(Tokens.ROST);
            case "saksbehandler" -> Tokens.saksbehandler();
            case "godkjenner" -> Tokens.godkjenner();
            case "evaluator" -> Tokens.evaluator();
            default -> Tokens.admin();
        };
    }

    private HttpResponse<String> send(Skriverute rute, Tilfelle tilfelle, String token) throws IOException, InterruptedException {
        HttpRequest.Builder foresporsel = HttpRequest.newBuilder(adresse.resolve(sti(rute, tilfelle)))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .method(rute.metode(), HttpRequest.BodyPublishers.ofByteArray(tilfelle.kropp()));
        if (tilfelle.innholdstype() != null) {
            foresporsel.header("Content-Type", tilfelle.innholdstype());
        }
        if (rute.erSide()) {
            foresporsel.header("Cookie", Csrf.COOKIE + "=" + Csrftoken.av(token));
        }
        return klient.send(foresporsel.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The number of rows in every table of the schema (Flyway's own history aside), in one query. */
    private Map<String, Long> tellRader() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (telling == null) {
                List<String> tabeller = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = 'public'"
                        + " and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history' order by table_name")) {
                    while (rs.next()) {
                        tabeller.add(rs.getString(1));
                    }
                }
                assertTrue(tabeller.containsAll(List.of("soknad", "vedlegg", "vedtak", "vurdering", "aksept", "utbetaling", "rapport",
                        "klage", "utlysning", "rammeendring", "epost_utboks", "kommuneregister_versjon", "hendelse")), tabeller.toString());
                telling = tabeller.stream().map(t -> "select '" + t + "', count(*) from " + t).collect(Collectors.joining(" union all "));
            }
            Map<String, Long> antall = new TreeMap<>();
            try (ResultSet rs = s.executeQuery(telling)) {
                while (rs.next()) {
                    antall.put(rs.getString(1), rs.getLong(2));
                }
            }
            return antall;
        }
    }

    private String telling;

    private static String endringer(Map<String, Long> for_, Map<String, Long> etter) {
        Map<String, String> ulike = new LinkedHashMap<>();
        etter.forEach((tabell, n) -> {
            if (!n.equals(for_.get(tabell))) {
                ulike.put(tabell, for_.get(tabell) + " → " + n);
            }
        });
        return ulike.toString();
    }

    private static String utdrag(String kropp) {
        String enLinje = kropp == null ? "" : kropp.replaceAll("\\s+", " ");
        return enLinje.substring(0, Math.min(enLinje.length(), 200));
    }
}
