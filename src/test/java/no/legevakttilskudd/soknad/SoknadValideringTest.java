package no.legevakttilskudd.soknad;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import no.legevakttilskudd.Testdata;
import no.legevakttilskudd.Tokens;

/** One bad input per validation rule: each answers 400 problem+json naming the field, and stores nothing. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SoknadValideringTest {

    private static final String ROST = Tokens.ROST;
    private long utlysning;
    private long utkast;

    @BeforeEach
    void nyttUtkast() {
        utlysning = Testdata.apenUtlysning();
        utkast = Testdata.utkast(ROST, utlysning, Testdata.fullstendigSoknad(ROST));
    }

    @Test
    void epostMaHaGyldigForm() {
        avvises(s -> s.put("kontaktperson", Map.of("navn", "Kari", "epost", "kari.kommune.no", "telefon", "75682000")),
                "kontaktperson.epost", "E-postadressen må se slik ut: navn@kommune.no.");
    }

    @Test
    void telefonMaVaereNorsk() {
        avvises(s -> s.put("kontaktperson", Map.of("navn", "Kari", "epost", "kari@kommune.no", "telefon", "+46 70 123 45 67")),
                "kontaktperson.telefon", "Telefonnummeret må være et norsk nummer med åtte sifre, f.eks. 75 68 20 00.");
    }

    @Test
    void norskeTelefonformerGodtas() {
        for (String telefon : List.of("75682000", "+47 415 55 555", "0047 41555555", "22 00 00 00")) {
            Map<String, Object> soknad = Testdata.fullstendigSoknad(ROST);
            soknad.put("kontaktperson", Map.of("navn", "Kari", "epost", "kari@kommune.no", "telefon", telefon));
            lagre(soknad).statusCode(200).body("kontaktperson.telefon", equalTo(telefon));
        }
    }

    @Test
    void navnKanIkkeVaereForLangt() {
        avvises(s -> s.put("kontaktperson", Map.of("navn", "x".repeat(201), "epost", "kari@kommune.no", "telefon", "75682000")),
                "kontaktperson.navn", "Teksten kan ha høyst 200 tegn.");
    }

    @Test
    void kontrolltegnAvvises() {
        avvises(s -> s.put("kontaktperson", Map.of("navn", "Kari\u0007", "epost", "kari@kommune.no", "telefon", "75682000")),
                "kontaktperson.navn", "Teksten inneholder tegn som ikke kan brukes (kontrolltegn).");
    }

    @Test
    void formalKanIkkeVaereOver4000Tegn() {
        avvises(s -> s.put("formal", "æ".repeat(4001)), "formal", "Teksten kan ha høyst 4000 tegn.");
    }

    @Test
    void legevaktKommunerMaVaereKjente() {
        avvises(s -> s.put("legevaktKommuner", List.of(ROST, "9999")), "legevaktKommuner[1]",
                "Kommunenummer 9999 finnes ikke i kommuneregisteret.");
    }

    @Test
    void legevaktKommunerMaVaereFireSifre() {
        avvises(s -> s.put("legevaktKommuner", List.of(ROST, "185")), "legevaktKommuner[1]",
                "Kommunenummer må være fire sifre, f.eks. 1840.");
    }

    @Test
    void legevaktKommunerMaVaereUlike() {
        avvises(s -> s.put("legevaktKommuner", List.of(ROST, "1857", "1857")), "legevaktKommuner[2]",
                "Kommune 1857 står mer enn én gang.");
    }

    @Test
    void legevaktKommunerMaTaMedSokeren() {
        avvises(s -> s.put("legevaktKommuner", List.of("1857")), "legevaktKommuner", "Listen må ta med din egen kommune (1856).");
    }

    @Test
    void budsjettlinjeMaVaereOverNull() {
        avvises(s -> s.put("tiltak", List.of(Testdata.tiltak("UTSTYR", "Utstyr", List.of(Testdata.linje("Sekk", 0))))),
                "tiltak[0].budsjettlinjer[0].belop", "Beløpet må være over 0 og høyst 100 000 000 kroner.");
    }

    @Test
    void budsjettlinjeKanIkkeVaereOverHundreMillioner() {
        avvises(s -> s.put("tiltak", List.of(Testdata.tiltak("UTSTYR", "Utstyr", List.of(Testdata.linje("Bil", 100_000_001L))))),
                "tiltak[0].budsjettlinjer[0].belop", "Beløpet må være over 0 og høyst 100 000 000 kroner.");
    }

    @Test
    void hundreMillionerErGrensen() {
        Map<String, Object> soknad = Testdata.fullstendigSoknad(ROST);
        soknad.put("tiltak", List.of(Testdata.tiltak("UTSTYR", "Utstyr", List.of(Testdata.linje("Bil", 100_000_000L),
                Testdata.linje("Bil 2", 100_000_000L)))));
        lagre(soknad).statusCode(200).body("omsokt", equalTo(200_000_000));
    }

    @Test
    void belopMaVaereHeleKroner() {
        avvises(s -> s.put("tiltak", List.of(Testdata.tiltak("UTSTYR", "Utstyr", List.of(Testdata.linje("Sekk", 1500.5))))),
                "tiltak[0].budsjettlinjer[0].belop", "Verdien har feil type; forventet et heltall.");
    }

    @Test
    void belopSomTekstAvvises() {
        avvises(s -> s.put("tiltak", List.of(Testdata.tiltak("UTSTYR", "Utstyr", List.of(Testdata.linje("Sekk", "1500"))))),
                "tiltak[0].budsjettlinjer[0].belop", "Verdien har feil type; forventet et heltall.");
    }

    @Test
    void budsjettlinjeMaHaTekst() {
        avvises(s -> s.put("tiltak", List.of(Testdata.tiltak("UTSTYR", "Utstyr", List.of(Testdata.linje(" ", 1000))))),
                "tiltak[0].budsjettlinjer[0].tekst", "Skriv hva beløpet går til.");
    }

    @Test
    void ukjentKategoriAvvisesMedGyldigeVerdier() {
        avvises(s -> s.put("tiltak", List.of(Testdata.tiltak("BÅT", "Båt", List.of(Testdata.linje("Båt", 1000))))),
                "tiltak[0].kategori",
                "Ugyldig verdi «BÅT». Gyldige verdier: REKRUTTERING, KOMPETANSE, UTSTYR, LEGEVAKTBIL, DIGITALE_VERKTOY, ANNET.");
    }

    @Test
    void vaktdelingMaVaereRimelig() {
        avvises(s -> s.put("vaktbelastning", Map.of("antallLeger", 3, "vaktdeling", 0, "vaktdognPerLege", 122, "vaktform", "HJEMMEVAKT")),
                "vaktbelastning.vaktdeling", "Tallet må være mellom 1 og 100.");
    }

    @Test
    void omsoktKanIkkeSendesAvKlienten() {
        avvises(s -> s.put("omsokt", 1), "omsokt", "Feltet «omsokt» finnes ikke.");
    }

    @Test
    void ugyldigJsonEr400() {
        given().auth().oauth2(Tokens.soker(ROST)).contentType(ContentType.JSON).body("{\"formal\": \"uten slutt")
                .when().put("/api/soknader/" + utkast)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:legevakttilskudd:problem:ugyldig-json"));
        uendret();
    }

    @Test
    void listeDerObjektVentesEr400() {
        given().auth().oauth2(Tokens.soker(ROST)).contentType(ContentType.JSON).body("[1,2,3]")
                .when().put("/api/soknader/" + utkast)
                .then().statusCode(400).contentType("application/problem+json");
        uendret();
    }

    @Test
    void feilInnholdstypeEr415() {
        given().auth().oauth2(Tokens.soker(ROST)).contentType(ContentType.XML).body("<soknad/>")
                .when().put("/api/soknader/" + utkast)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void forStortInnholdAvvises() throws Exception {
        // Expect: 100-continue lets the server refuse by Content-Length before the client sends 12 MB.
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/soknader/" + utkast))
                .header("Authorization", "Bearer " + Tokens.soker(ROST))
                .header("Content-Type", "application/json")
                .expectContinue(true)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"formal\":\"" + "x".repeat(12 * 1024 * 1024) + "\"}"))
                .build();
        HttpResponse<String> svar = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, svar.statusCode());
        uendret();
    }

    @Test
    void alleFeilKommerSamtidig() {
        Map<String, Object> soknad = Testdata.fullstendigSoknad(ROST);
        soknad.put("kontaktperson", Map.of("navn", "Kari", "epost", "feil", "telefon", "123"));
        soknad.put("legevaktKommuner", List.of("9999"));
        lagre(soknad).statusCode(400)
                .body("feil.felt", contains("kontaktperson.epost", "kontaktperson.telefon", "legevaktKommuner[0]", "legevaktKommuner"));
        uendret();
    }

    @Test
    void unicodeKommerUendretTilbake() {
        String tekst = "Áltá – Guovdageaidnu: ŋ ŧ đ ž č š ǯ ǩ ʒ, æøå ÆØÅ, Kvääni, emoji 🚑";
        Map<String, Object> soknad = Testdata.fullstendigSoknad(ROST);
        soknad.put("formal", tekst + "\nandre linje");
        soknad.put("kontaktperson", Map.of("navn", "Áŋŋá Ŧuđđa-Čšž", "epost", "anna@kommune.no", "telefon", "78 48 80 00"));
        lagre(soknad).statusCode(200);
        given().auth().oauth2(Tokens.soker(ROST)).when().get("/api/soknader/" + utkast)
                .then().statusCode(200)
                .body("formal", equalTo(tekst + "\nandre linje"))
                .body("kontaktperson.navn", equalTo("Áŋŋá Ŧuđđa-Čšž"));
    }

    @Test
    void tomtTiltakVedInnsendingNevnerBudsjettet() {
        Map<String, Object> soknad = Testdata.fullstendigSoknad(ROST);
        soknad.put("tiltak", List.of(Testdata.tiltak("KOMPETANSE", "", List.of())));
        lagre(soknad).statusCode(200);
        given().auth().oauth2(Tokens.soker(ROST)).when().post("/api/soknader/" + utkast + "/send")
                .then().statusCode(400)
                .body("feil.felt", contains("tiltak[0].beskrivelse", "tiltak[0].budsjettlinjer"));
    }

    private ValidatableResponse lagre(Map<String, Object> soknad) {
        return given().auth().oauth2(Tokens.soker(ROST)).contentType(ContentType.JSON).body(soknad)
                .when().put("/api/soknader/" + utkast)
                .then();
    }

    private void avvises(Consumer<Map<String, Object>> endring, String felt, String melding) {
        Map<String, Object> soknad = Testdata.fullstendigSoknad(ROST);
        endring.accept(soknad);
        lagre(soknad).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:legevakttilskudd:problem:valideringsfeil"))
                .body("status", equalTo(400))
                .body("title", equalTo("Ugyldige opplysninger"))
                .body("feil.felt", hasItem(felt))
                .body("feil.find { it.felt == '" + felt + "' }.melding", equalTo(melding));
        uendret();
    }

    /** The rejected save changed nothing: the stored draft is still the complete one from {@link #nyttUtkast()}. */
    private void uendret() {
        given().auth().oauth2(Tokens.soker(ROST)).when().get("/api/soknader/" + utkast)
                .then().statusCode(200)
                .body("omsokt", equalTo(900_000))
                .body("formal", equalTo("Færre vaktdøgn per lege."))
                .body("versjon", equalTo(0))
                .body("kontaktperson.epost", containsString("kari@kommune.no"));
    }
}
