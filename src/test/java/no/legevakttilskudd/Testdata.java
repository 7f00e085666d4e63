package no.legevakttilskudd;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/** Builds calls and applications through the API, as the users would. Each test makes its own call, so tests never share state. */
public final class Testdata {

    private static final ZoneId NORGE = ZoneId.of("Europe/Oslo");

    private Testdata() {
    }

    public static Map<String, Object> utlysning(LocalDateTime apner, LocalDateTime frist) {
        Map<String, Object> utlysning = new HashMap<>();
        // The grant year is the deadline's year, so the standard report deadline (1 April the year after) follows it.
        utlysning.put("aar", frist.getYear());
        utlysning.put("tittel", "Testutlysning");
        utlysning.put("apner", apner.truncatedTo(ChronoUnit.MINUTES).toString());
        utlysning.put("soknadsfrist", frist.truncatedTo(ChronoUnit.MINUTES).toString());
        utlysning.put("ramme", 50_000_000);
        utlysning.put("parametre", Map.of("sentralitetsklasser", List.of(5, 6)));
        utlysning.put("klageadgang", true);
        utlysning.put("klageTekst", "Klagen behandles av Helse- og omsorgsdepartementet.");
        utlysning.put("publisert", true);
        return utlysning;
    }

    /** A published call that opened yesterday and closes in 30 days. */
    public static long apenUtlysning() {
        LocalDateTime naa = LocalDateTime.now(NORGE);
        return opprettUtlysning(utlysning(naa.minusDays(1), naa.plusDays(30)));
    }

    /**
     * Moves the application's clock a minute past the call's deadline, where decisions can be made: the applications the
     * test sent before are in, and no more can come.
     */
    public static void forbiFristen(long utlysningId) {
        String frist = given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/" + utlysningId)
                .then().statusCode(200).extract().jsonPath().getString("soknadsfrist");
        Testklokke.hent().flyttTil(OffsetDateTime.parse(frist).toInstant().plusSeconds(60));
    }

    /**
     * The kommune's application in a call that opened yesterday, sent, with the application's clock moved past the
     * call's deadline so the case can be decided (set back after each test); the application's id.
     */
    public static long sendtEtterFristen(String kommunenummer) {
        return sendteEtterFristen(kommunenummer).get(0);
    }

    /** As {@link #sendtEtterFristen}, one application from each kommune in the same call; their ids in that order. */
    public static List<Long> sendteEtterFristen(String... kommunenummer) {
        long utlysning = opprettUtlysning(utlysning(LocalDateTime.now().minusDays(1), LocalDateTime.now().plusDays(9)));
        List<Long> soknader = java.util.Arrays.stream(kommunenummer).map(k -> sendtSoknad(k, utlysning)).toList();
        forbiFristen(utlysning);
        return soknader;
    }

    /** Moves the application's clock to {@code tid}, as for a job run on that day; set back after each test. */
    public static void klokkaTil(Instant tid) {
        Testklokke.hent().flyttTil(tid);
    }

    /** The application's time now: the real time, or later when a test has moved past a deadline. */
    public static Instant naa() {
        return Testklokke.hent().naa();
    }

    /** The application's date today in Norway. */
    public static LocalDate idag() {
        return naa().atZone(NORGE).toLocalDate();
    }

    /** Back to the real time, for a test that makes a new call after deciding in one it moved past. */
    public static void klokkaTilbake() {
        Testklokke.hent().tilbakestill();
    }

    /** {@link #forbiFristen} for the call the application belongs to. */
    public static void forbiFristenForSoknaden(long soknadId) {
        forbiFristen(given().auth().oauth2(Tokens.saksbehandler()).when().get("/api/soknader/" + soknadId)
                .then().statusCode(200).extract().jsonPath().getLong("utlysningId"));
    }

    /** The start of the references a call gives, "LV-<grant year>-", as a regular expression. */
    public static String referanse(long utlysningId) {
        return "LV-" + given().auth().oauth2(Tokens.admin()).when().get("/api/utlysninger/" + utlysningId).then().statusCode(200)
                .extract().jsonPath().getInt("aar") + "-";
    }

    public static long opprettUtlysning(Map<String, Object> utlysning) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(utlysning)
                .when().post("/api/utlysninger")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static Map<String, Object> fullstendigSoknad(String kommunenummer) {
        Map<String, Object> soknad = new HashMap<>();
        soknad.put("kontaktperson", Map.of("navn", "Kari Nordmann", "epost", "kari@kommune.no", "telefon", "75 68 20 00"));
        soknad.put("legevaktKommuner", new ArrayList<>(List.of(kommunenummer)));
        soknad.put("vaktbelastning", Map.of("antallLeger", 3, "vaktdeling", 3, "vaktdognPerLege", 122, "vaktform", "HJEMMEVAKT"));
        List<Map<String, Object>> tiltak = new ArrayList<>();
        tiltak.add(tiltak("REKRUTTERING", "Vikarlege i rotasjon", List.of(linje("Lønn", 700_000), linje("Reise og bolig", 150_000))));
        tiltak.add(tiltak("UTSTYR", "Akuttutstyr", List.of(linje("Defibrillator", 50_000))));
        soknad.put("tiltak", tiltak);
        soknad.put("formal", "Færre vaktdøgn per lege.");
        return soknad;
    }

    public static Map<String, Object> tiltak(String kategori, String beskrivelse, List<Map<String, Object>> linjer) {
        Map<String, Object> tiltak = new HashMap<>();
        tiltak.put("kategori", kategori);
        tiltak.put("beskrivelse", beskrivelse);
        tiltak.put("budsjettlinjer", new ArrayList<>(linjer));
        return tiltak;
    }

    public static Map<String, Object> linje(String tekst, Object belop) {
        Map<String, Object> linje = new HashMap<>();
        linje.put("tekst", tekst);
        linje.put("belop", belop);
        return linje;
    }

    public static long utkast(String kommunenummer, long utlysningId, Object innhold) {
        return given().auth().oauth2(Tokens.soker(kommunenummer)).contentType(ContentType.JSON).body(innhold)
                .when().post("/api/utlysninger/" + utlysningId + "/soknader")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** The kommune's full application (as {@link #fullstendigSoknad}), created and sent by its own soker; its id. */
    public static long sendtSoknad(String kommunenummer, long utlysningId) {
        long id = utkast(kommunenummer, utlysningId, fullstendigSoknad(kommunenummer));
        given().auth().oauth2(Tokens.soker(kommunenummer)).when().post("/api/soknader/" + id + "/send").then().statusCode(200);
        return id;
    }
}
