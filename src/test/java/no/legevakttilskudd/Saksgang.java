package no.legevakttilskudd;

import static io.restassured.RestAssured.given;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;

/** A round taken through the API by the roles it needs: a call, a kommune's application, its decision sent. */
public final class Saksgang {

    private static final ZoneId NORGE = ZoneId.of("Europe/Oslo");

    /** A call, one application in it and that application's sent decision. */
    public record Runde(long utlysning, long soknad, long vedtak) {
    }

    /** A call, as it was created ({@code data}), with one application sent in it. */
    public record Sendt(long utlysning, long soknad, Map<String, Object> data) {

        /** The deadline passes ({@link Saksgang#lukk}). */
        public void lukk() {
            Saksgang.lukk(utlysning, data);
        }
    }

    private Saksgang() {
    }

    /**
     * A call whose deadline has passed and whose one application (from {@code kommunenummer}) has its decision sent: the
     * round's decisions are sent, so the call is DECIDED.
     */
    public static Runde avgjort(String kommunenummer) {
        Sendt sendt = sendt(kommunenummer);
        sendt.lukk();
        return new Runde(sendt.utlysning(), sendt.soknad(), sendtVedtak(sendt.soknad()));
    }

    /** A published call that opened two days ago (as {@link Testdata#utlysning}), with the kommune's application sent in it. */
    public static Sendt sendt(String kommunenummer) {
        LocalDateTime naa = LocalDateTime.now(NORGE);
        Map<String, Object> data = Testdata.utlysning(naa.minusDays(2), naa.plusDays(30));
        long utlysning = Testdata.opprettUtlysning(data);
        return new Sendt(utlysning, Testdata.sendtSoknad(kommunenummer, utlysning), data);
    }

    /** Moves the call's deadline to a minute ago, as an admin may: no more applications, decisions may be made. */
    public static void lukk(long utlysningId, Map<String, Object> utlysning) {
        Map<String, Object> lukket = new HashMap<>(utlysning);
        lukket.put("soknadsfrist", LocalDateTime.now(NORGE).minusMinutes(1).withSecond(0).withNano(0).toString());
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(lukket).when().put("/api/utlysninger/" + utlysningId)
                .then().statusCode(200);
    }

    /** An award of 900 000 kr proposed by the caseworker, approved by the approver and sent; its id. */
    public static long sendtVedtak(long soknadId) {
        return send(given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("utfall", "INNVILGET", "belop", 900_000, "begrunnelse", "Kvalifisert: klasse 6."))
                .when().post("/api/soknader/" + soknadId + "/vedtak").then().statusCode(201).extract().jsonPath().getLong("id"));
    }

    private static long send(long vedtak) {
        given().auth().oauth2(Tokens.godkjenner()).when().post("/api/vedtak/" + vedtak + "/godkjenn").then().statusCode(200);
        given().auth().oauth2(Tokens.saksbehandler()).when().post("/api/vedtak/" + vedtak + "/send").then().statusCode(200);
        return vedtak;
    }

    /** The kommune accepts the award with a valid account number. */
    public static void aksepter(String kommunenummer, long vedtak) {
        given().auth().oauth2(Tokens.soker(kommunenummer)).contentType(ContentType.JSON).body(Map.of("kontonummer", "12345678903"))
                .when().post("/api/vedtak/" + vedtak + "/aksept").then().statusCode(200);
    }

    /** A caseworker records a payment of {@code belop} today, which the kommune's report waits for. */
    public static void utbetal(long vedtak, long belop) {
        given().auth().oauth2(Tokens.saksbehandler()).contentType(ContentType.JSON)
                .body(Map.of("belop", belop, "dato", Testdata.idag().toString()))
                .when().post("/api/vedtak/" + vedtak + "/utbetalinger").then().statusCode(201);
    }
}
