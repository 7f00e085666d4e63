package no.legevakttilskudd.sikkerhet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Who may do what: every route of the application × every kind of caller → the status it must answer. The one table
 * both {@link TilgangsmatriseIT} (against the packaged application in prod mode and a real Keycloak) and
 * docs/security.md are made from ({@link TilgangsmatriseDekningTest} keeps the two and the routes in step).
 *
 * <p>The case the routes are called on belongs to Røst: an application sent, decided and sent back as an award, accepted,
 * partly paid, reported and appealed. Calls that would change something are sent so that nothing changes: a form
 * without its fields (400), a step the case is past (409), or the same acceptance again (200). So the order of the rows
 * does not matter, and each row shows that the caller got past the access check, or exactly where it was stopped.
 *
 * <p>A row may name another case ({@link Sak}): a call that is not published, or a round whose decisions are all sent
 * (DECIDED) where the decision was replaced by a sent correction.
 */
final class Tilgangsmatrise {

    /** The columns, in the order of the status strings below. */
    enum Kaller {
        ANONYM("anonym", null),
        SOKER("soker (egen kommune)", "soker-rost"),
        ANNEN_SOKER("soker (annen kommune)", "soker-varoy"),
        SAKSBEHANDLER("saksbehandler", "saksbehandler"),
        GODKJENNER("godkjenner", "godkjenner"),
        EVALUATOR("evaluator", "evaluator"),
        ADMIN("admin", "admin");

        final String tittel;
        final String bruker;

        Kaller(String tittel, String bruker) {
            this.tittel = tittel;
            this.bruker = bruker;
        }
    }

    /** Which case the ids in a row's path, query and body come from. */
    enum Sak {
        /** Røst's case in an open call, taken through every step. */
        ROST(""),
        /** A call an admin has created but not published. */
        UPUBLISERT("upublisert."),
        /** A round with its deadline passed and every decision sent (DECIDED); its decision is replaced by a sent correction. */
        AVGJORT("avgjort.");

        final String prefiks;

        Sak(String prefiks) {
            this.prefiks = prefiks;
        }
    }

    /** How a request carries its input. */
    enum Kropp {
        INGEN, JSON, CSV, SKJEMA, FIL
    }

    /**
     * One route, called one way.
     *
     * @param sporring  query string without '?', or empty
     * @param innhold   the JSON, the form fields (a=b&c=d) or the file's content
     * @param forventet the status for each {@link Kaller}, in column order
     */
    record Rad(String metode, String sti, String hva, List<Integer> forventet, Kropp kropp, String innhold, String sporring, Sak sak) {

        String nokkel() {
            return metode + " " + sti;
        }

        int forventet(Kaller kaller) {
            return forventet.get(kaller.ordinal());
        }

        Rad json(String json) {
            return new Rad(metode, sti, hva, forventet, Kropp.JSON, json, sporring, sak);
        }

        Rad skjema(String felter) {
            return new Rad(metode, sti, hva, forventet, Kropp.SKJEMA, felter, sporring, sak);
        }

        Rad csv(String csv) {
            return new Rad(metode, sti, hva, forventet, Kropp.CSV, csv, sporring, sak);
        }

        Rad fil(String innhold) {
            return new Rad(metode, sti, hva, forventet, Kropp.FIL, innhold, sporring, sak);
        }

        Rad sporring(String sporring) {
            return new Rad(metode, sti, hva, forventet, kropp, innhold, sporring, sak);
        }

        Rad sak(Sak sak) {
            return new Rad(metode, sti, hva, forventet, kropp, innhold, sporring, sak);
        }

        boolean erSide() {
            return !sti.startsWith("/api/") && !sti.startsWith("/q/");
        }
    }

    /** Served by Quarkus' management interface, on a port of its own in production. */
    static boolean erDriftsrute(String sti) {
        return sti.startsWith("/q/health") || sti.startsWith("/q/metrics");
    }

    static Rad rad(String rute, String forventet, String hva) {
        String[] deler = rute.split(" ", 2);
        List<Integer> statuser = Arrays.stream(forventet.trim().split("\\s+")).map(Integer::valueOf).toList();
        if (statuser.size() != Kaller.values().length) {
            throw new IllegalArgumentException(rute + ": " + statuser.size() + " statuser, ventet " + Kaller.values().length);
        }
        return new Rad(deler[0], deler[1], hva, statuser, Kropp.INGEN, "", "", Sak.ROST);
    }

    // Columns: anonym, soker (egen), soker (annen), saksbehandler, godkjenner, evaluator, admin.
    private static final String STAB_LESER = "401 403 403 200 200 403 200";
    private static final String ALLE_LESER = "401 200 200 200 200 200 200";
    private static final String KOMMUNE_OG_STAB_LESER = "401 200 404 200 200 403 200";
    private static final String STAB_SIDE = "302 403 403 200 200 403 200";
    private static final String ADMIN_SIDE = "302 403 403 403 403 403 200";
    private static final String KOMMUNE_SIDE = "302 200 404 403 403 403 403";
    private static final String STAB_OG_EVALUATOR_LESER = "401 403 403 200 200 200 200";
    private static final String STAB_OG_EVALUATOR_SIDE = "302 403 403 200 200 200 200";

    static final List<Rad> RADER = List.of(
            // Open to everyone
            rad("GET /", "200 200 200 200 200 200 200", "Startsiden"),
            rad("GET /sprak", "303 303 303 303 303 303 303", "Bytt språk").sporring("til=nn&tilbake=/"),
            rad("GET /logg-inn", "302 303 303 303 303 303 303", "Logg inn (anonym sendes til Keycloak)"),
            rad("GET /q/health", "200 200 200 200 200 200 200", "Helse (driftsporten 9000 i produksjon, ikke gjennom ingressen)"),
            rad("GET /q/openapi", "200 200 200 200 200 200 200", "API-beskrivelsen (OpenAPI)"),
            rad("GET /q/metrics", "200 200 200 200 200 200 200", "Driftstall for Prometheus (driftsporten 9000 i produksjon, ikke gjennom ingressen)"),

            // Registry and calls
            rad("GET /api/kommuner", ALLE_LESER, "Kommuneregisteret"),
            rad("GET /api/kommuner/{kommunenummer}", ALLE_LESER, "Én kommune"),
            rad("GET /api/vaktbelastning", ALLE_LESER, "Vaktbelastning (kalkulator)").sporring("vaktdeling=4&vaktform=HJEMMEVAKT"),
            rad("GET /api/utlysninger", ALLE_LESER, "Utlysninger"),
            rad("GET /api/utlysninger/{id}", ALLE_LESER, "Én utlysning"),
            rad("GET /api/utlysninger/{id}/rammehistorikk", "401 403 403 200 200 200 200", "Rammens historikk"),
            rad("GET /api/utlysninger/{id}", "401 404 404 200 200 404 200", "Én utlysning, ikke publisert").sak(Sak.UPUBLISERT),
            rad("GET /api/utlysninger/{id}/rammehistorikk", "401 403 403 200 200 404 200", "Rammens historikk, utlysningen ikke publisert")
                    .sak(Sak.UPUBLISERT),
            rad("POST /api/utlysninger", "401 403 403 403 403 403 400", "Opprett utlysning").json("{}"),
            rad("PUT /api/utlysninger/{id}", "401 403 403 403 403 403 400", "Endre utlysning").json("{}"),
            rad("POST /api/utlysninger/{id}/ramme", "401 403 403 403 403 403 400", "Endre rammen (uten begrunnelse)").json("{}"),
            rad("GET /api/admin/kommuneregister/versjoner", "401 403 403 403 403 403 200", "Registerversjoner"),
            rad("POST /api/admin/kommuneregister", "401 403 403 403 403 403 400", "Last opp nytt register (ugyldig CSV)")
                    .csv("ikke;en;gyldig;fil"),

            // The application
            rad("GET /api/soknader", "401 200 200 403 403 403 403", "Kommunens egne søknader"),
            rad("POST /api/utlysninger/{utlysningId}/soknader", "401 400 400 403 403 403 403", "Ny søknad (ukjent felt)")
                    .json("{\"ukjent\": 1}"),
            rad("GET /api/utlysninger/{utlysningId}/soknader", STAB_LESER, "Utlysningens søknader"),
            rad("GET /api/soknader/{id}", KOMMUNE_OG_STAB_LESER, "Søknaden"),
            rad("PUT /api/soknader/{id}", "401 409 404 403 403 403 403", "Lagre søknaden (avgjort)").json("{}"),
            rad("GET /api/soknader/{id}/historikk", KOMMUNE_OG_STAB_LESER, "Søknadens historikk"),
            rad("POST /api/soknader/{id}/send", "401 200 404 403 403 403 403", "Send søknaden (sendt før: samme kvittering)"),
            rad("POST /api/soknader/{id}/trekk", "401 409 404 403 403 403 403", "Trekk søknaden (avgjort)"),
            rad("POST /api/soknader/{id}/vedlegg", "401 409 404 403 403 403 403", "Legg ved PDF (avgjort)").fil("%PDF-1.4 test"),
            rad("GET /api/soknader/{id}/vedlegg/{vedleggId}", KOMMUNE_OG_STAB_LESER, "Last ned vedlegg"),
            rad("DELETE /api/soknader/{id}/vedlegg/{vedleggId}", "401 409 404 403 403 403 403", "Slett vedlegg (avgjort)"),

            // Rules, assessment and decisions
            rad("GET /api/utlysninger/{utlysningId}/tildeling", STAB_LESER, "Tildelingsforslag"),
            rad("POST /api/simulering", "401 403 403 400 403 400 400", "Simulering (JSON uten søknader)").json("{}"),
            rad("POST /api/simulering", "401 403 403 200 403 409 200", "Simulering på utlysningens lagrede søknader, ikke avgjort")
                    .json("{\"utlysningId\": {utlysningId}}"),
            rad("POST /api/simulering", "401 403 403 200 403 200 200", "Simulering på utlysningens lagrede søknader, avgjort")
                    .json("{\"utlysningId\": {utlysningId}}").sak(Sak.AVGJORT),
            rad("POST /api/simulering", "401 403 403 200 403 404 200", "Simulering med utlysningens parametre, ikke publisert")
                    .json("{\"utlysningId\": {utlysningId}, \"soknader\": [{\"referanse\": \"A1\", \"kommunenummer\": \"1856\", "
                            + "\"legevaktKommuner\": [\"1856\"], \"omsokt\": 900000, \"sendt\": \"2030-05-10T10:00:00Z\"}]}")
                    .sak(Sak.UPUBLISERT),
            rad("GET /api/soknader/{id}/vurdering", STAB_LESER, "Vurderingen"),
            rad("PUT /api/soknader/{id}/vurdering", "401 403 403 409 403 403 403", "Lagre vurdering (avgjort)").json("{}"),
            rad("GET /api/soknader/{id}/habilitet", STAB_LESER, "Erklæringer om inhabilitet"),
            rad("POST /api/soknader/{id}/habilitet", "401 403 403 400 400 403 403", "Erklær deg inhabil (uten begrunnelse)").json("{}"),
            rad("POST /api/soknader/{id}/habilitet/{erklaringId}/tilbaketrekking", "401 403 403 403 400 403 403",
                    "Trekk tilbake (godkjennerens erklæring, uten begrunnelse)").json("{}"),
            rad("GET /api/soknader/{id}/tilleggsopplysninger", KOMMUNE_OG_STAB_LESER, "Spørsmål til kommunen med svar"),
            rad("POST /api/soknader/{id}/tilleggsopplysninger", "401 403 403 409 403 403 403", "Spør kommunen (avgjort)").json("{}"),
            rad("POST /api/soknader/{id}/tilleggsopplysninger/{sporsmalId}/svar", "401 400 404 403 403 403 403",
                    "Kommunens svar (uten tekst)").fil("%PDF-1.4 test"),
            rad("GET /api/soknader/{id}/tilleggsopplysninger/{sporsmalId}/vedlegg/{vedleggId}", "401 404 404 404 404 403 404",
                    "Vedlegg til et svar (finnes ikke)"),
            rad("GET /api/soknader/{id}/saksansvar", STAB_LESER, "Hvem som har saken"),
            rad("GET /api/soknader/{id}/saksmappe", STAB_LESER, "Saksmappen (ZIP)"),
            rad("POST /api/soknader/{id}/saksansvar", "401 403 403 200 403 403 403", "Ta saken (din egen igjen)"),
            rad("POST /api/saksfordeling", "401 403 403 403 400 403 403", "Fordel saker (uten mottaker)").json("{}"),
            rad("GET /api/saksfordeling/saksbehandlere", STAB_LESER, "Saksbehandlere saker kan fordeles til"),
            rad("GET /api/lagrede-filtre", STAB_LESER, "Egne lagrede filtre"),
            rad("POST /api/lagrede-filtre", "401 403 403 400 400 403 400", "Lagre filter (uten navn)").json("{}"),
            rad("DELETE /api/lagrede-filtre/{filterId}", "401 403 403 404 404 403 404", "Slett filter (finnes ikke)"),
            rad("GET /api/soknader/{id}/vedtak", KOMMUNE_OG_STAB_LESER, "Søknadens vedtak"),
            rad("POST /api/soknader/{id}/vedtak", "401 403 403 409 403 403 403", "Foreslå vedtak (avgjort)").json("{}"),
            rad("POST /api/utlysninger/{id}/vedtak/fra-tildeling", "401 403 403 200 403 403 403", "Foreslå for hele utlysningen"),
            rad("GET /api/vedtak", STAB_LESER, "Vedtak til godkjenning"),
            rad("GET /api/vedtak/{id}", STAB_LESER, "Ett vedtak"),
            rad("GET /api/vedtak/{id}/kontroll", STAB_LESER, "Kontroll av vedtakets grunnlag"),
            rad("POST /api/vedtak/{id}/godkjenn", "401 403 403 403 409 403 403", "Godkjenn (sendt)"),
            rad("POST /api/vedtak/{id}/returner", "401 403 403 403 409 403 403", "Returner (sendt)").json("{\"kommentar\": \"x\"}"),
            rad("POST /api/vedtak/{id}/send", "401 403 403 200 200 403 403", "Send (allerede sendt)"),
            rad("GET /api/vedtak/{id}/brev", KOMMUNE_OG_STAB_LESER, "Vedtaksbrevet"),

            // After the decision
            rad("POST /api/vedtak/{id}/aksept", "401 200 404 403 403 403 403", "Aksepter (samme konto igjen)")
                    .json("{\"kontonummer\": \"12345678903\"}"),
            rad("GET /api/vedtak/{id}/utbetalinger", STAB_LESER, "Utbetalinger"),
            rad("POST /api/vedtak/{id}/utbetalinger", "401 403 403 400 403 403 403", "Registrer utbetaling (tom)").json("{}"),
            rad("POST /api/vedtak/{id}/utbetalinger", "401 403 403 409 403 403 403", "Registrer utbetaling, vedtaket erstattet av en sendt rettelse")
                    .json("{\"belop\": 1, \"dato\": \"2030-06-01\"}").sak(Sak.AVGJORT),
            rad("GET /api/vedtak/{id}/rapport", KOMMUNE_OG_STAB_LESER, "Rapporten"),
            rad("PUT /api/vedtak/{id}/rapport", "401 409 404 403 403 403 403", "Send rapport (venter på behandling)")
                    .json("{\"tiltak\": [{\"gjort\": \"x\", \"brukt\": 1}]}"),
            rad("POST /api/vedtak/{id}/rapport/behandling", "401 403 403 400 403 403 403", "Behandle rapport (tom)").json("{}"),
            rad("GET /api/vedtak/{id}/klager", KOMMUNE_OG_STAB_LESER, "Klager"),
            rad("POST /api/vedtak/{id}/klager", "401 409 404 403 403 403 403", "Klag (åpen klage finnes)")
                    .json("{\"tekst\": \"x\"}"),
            rad("POST /api/vedtak/{id}/klager/{klageId}/behandling", "401 403 403 400 403 403 403", "Behandle klage (tom)")
                    .json("{}"),
            rad("GET /api/vedtak/{id}/endringer", KOMMUNE_OG_STAB_LESER, "Endringssøknader"),
            rad("POST /api/vedtak/{id}/endringer", "401 409 404 403 403 403 403", "Be om endring (rapporten er sendt)")
                    .json("{\"type\": \"FRIST\", \"rapportfrist\": \"2099-01-01\", \"begrunnelse\": \"x\"}"),
            rad("GET /api/vedtak/{id}/endringer/{endringId}", KOMMUNE_OG_STAB_LESER, "Én endringssøknad"),
            rad("POST /api/vedtak/{id}/endringer/{endringId}/avgjorelse", "401 403 403 409 403 403 403", "Avgjør endring (avgjort)")
                    .json("{\"innvilget\": true}"),
            rad("POST /api/vedtak/{id}/endringer/{endringId}/godkjenning", "401 403 403 403 403 403 403",
                    "Godkjenn endring (godkjenneren er inhabil i saken)").json("{\"godkjent\": true}"),
            rad("GET /api/vedtak/{id}/endringer/{endringId}/brev.pdf", KOMMUNE_OG_STAB_LESER, "Endringsbrevet som PDF"),
            rad("GET /api/vedtak/{id}/tilbakebetalingskrav", KOMMUNE_OG_STAB_LESER, "Krav om tilbakebetaling"),
            rad("POST /api/vedtak/{id}/tilbakebetalingskrav", "401 403 403 400 403 403 403", "Krev tilbake (tom)").json("{}"),
            rad("POST /api/vedtak/{id}/tilbakebetalingskrav/{kravId}/innbetalinger", "401 403 403 400 403 403 403", "Før innbetaling (tom)")
                    .json("{}"),
            rad("POST /api/vedtak/{id}/tilbakebetalingskrav/{kravId}/motregning", "401 403 403 409 403 403 403",
                    "Motregn (kravet er ikke forfalt)").json("{}"),
            rad("GET /api/vedtak/{id}/tilbakebetalingskrav/{kravId}/motregningsvalg", STAB_LESER, "Utbetalinger kravet kan motregnes i"),
            rad("GET /api/vedtak/{id}/tilbakebetalingskrav/{kravId}/brev.pdf", KOMMUNE_OG_STAB_LESER, "Brevet om kravet som PDF"),
            rad("GET /api/oppfolging/tilbakebetalinger", STAB_LESER, "Forfalte krav om tilbakebetaling"),
            rad("GET /api/oppbevaring", "401 403 403 403 403 403 200", "Hva neste slettekjøring tar"),
            rad("GET /api/oppbevaring/kjoringer", "401 403 403 403 403 403 200", "Slettekjøringene"),
            rad("POST /api/oppbevaring/kjoringer", "401 403 403 403 403 403 201", "Kjør slettejobben (ingenting er forfalt; kjøringen logges)"),
            rad("PUT /api/oppbevaring/utlysninger/{id}", "401 403 403 403 403 403 400", "Oppbevaringsfrister (tom)").json("{}"),
            rad("GET /api/utlysninger/{id}/arkivuttrekk", "401 403 403 403 403 403 200", "Arkivuttrekk (Noark 5)"),
            rad("GET /api/utbetalingsbunter", STAB_LESER, "Utbetalingsbunter"),
            rad("GET /api/utbetalingsbunter/klare", STAB_LESER, "Tilskudd som kan utbetales nå"),
            rad("POST /api/utbetalingsbunter", "401 403 403 400 403 403 403", "Lag bunt (tom)").json("{}"),
            // No batch has the case's id: the row shows the caller got past the access check to the lookup.
            rad("GET /api/utbetalingsbunter/{id}", "401 403 403 404 404 403 404", "Én bunt (finnes ikke)"),
            rad("POST /api/utbetalingsbunter/{id}/godkjenn", "401 403 403 403 404 403 403", "Godkjenn bunt (finnes ikke)"),
            rad("POST /api/utbetalingsbunter/{id}/avvis", "401 403 403 403 400 403 403", "Avvis bunt (tom)").json("{}"),
            rad("GET /api/utbetalingsbunter/{id}/pain001.xml", "401 403 403 404 404 403 404", "Betalingsfilen (finnes ikke)"),
            rad("POST /api/utbetalingsbunter/{id}/sendt", "401 403 403 404 404 403 403", "Merk sendt (finnes ikke)"),
            rad("GET /api/oppfolging/til-utbetaling", STAB_LESER, "Klar til utbetaling"),
            rad("GET /api/oppfolging/rapporter", STAB_LESER, "Rapporter til behandling"),
            rad("GET /api/oppfolging/endringer", STAB_LESER, "Endringssøknader til behandling"),
            rad("GET /api/paminnelser/mangler-aksept", STAB_LESER, "Påminnelser: aksept"),
            rad("GET /api/paminnelser/mangler-rapport", STAB_LESER, "Påminnelser: rapport"),

            // The kommune's pages
            rad("GET /mine-soknader", "302 200 200 403 403 403 403", "Mine søknader"),
            rad("POST /mine-soknader", "302 404 404 403 403 403 403", "Start søknad (utlysning finnes ikke)")
                    .skjema("utlysning=999999"),
            rad("GET /mine-soknader/{id}", KOMMUNE_SIDE, "Søknaden og vedtaket"),
            rad("GET /mine-soknader/{id}/steg/{steg}", "302 303 404 403 403 403 403", "Et steg i skjemaet (sendt: til lesevisningen)"),
            rad("POST /mine-soknader/{id}/steg/{steg}", "302 303 404 403 403 403 403", "Lagre et steg (sendt: til lesevisningen)")
                    .skjema("handling=lagre"),
            rad("POST /mine-soknader/{id}/send", "302 303 404 403 403 403 403", "Send (sendt før: til kvitteringen)"),
            rad("GET /mine-soknader/{id}/vedlegg/{vedleggId}", KOMMUNE_SIDE, "Last ned vedlegg"),
            rad("POST /mine-soknader/{id}/trekk", "302 409 404 403 403 403 403", "Trekk søknaden (avgjort)"),
            rad("GET /mine-soknader/{id}/vedtak/{vedtakId}/brev", KOMMUNE_SIDE, "Vedtaksbrevet som side"),
            rad("GET /mine-soknader/{id}/vedtak/{vedtakId}/brev.pdf", KOMMUNE_SIDE, "Vedtaksbrevet som PDF"),
            rad("POST /mine-soknader/{id}/vedtak/{vedtakId}/aksept", "302 303 404 403 403 403 403", "Aksepter (samme konto)")
                    .skjema("kontonummer=12345678903"),
            rad("POST /mine-soknader/{id}/vedtak/{vedtakId}/rapport", "302 409 404 403 403 403 403", "Rapport (venter)")
                    .skjema("tiltak%5B0%5D.gjort=x&tiltak%5B0%5D.brukt=1"),
            rad("POST /mine-soknader/{id}/vedtak/{vedtakId}/klage", "302 409 404 403 403 403 403", "Klage (åpen klage finnes)")
                    .skjema("tekst=x"),

            rad("POST /mine-soknader/{id}/vedtak/{vedtakId}/endringer/frist", "302 409 404 403 403 403 403",
                    "Be om lengre frist (rapporten er sendt)").skjema("rapportfrist=01.01.2099&frist-begrunnelse=x"),
            rad("POST /mine-soknader/{id}/vedtak/{vedtakId}/endringer/omdisponering", "302 409 404 403 403 403 403",
                    "Be om omdisponering (rapporten er sendt)").skjema("tiltak%5B0%5D.belop=1&tiltak%5B1%5D.belop=1&omdisponering-begrunnelse=x"),
            rad("GET /mine-soknader/{id}/vedtak/{vedtakId}/endringer/{endringId}/brev", KOMMUNE_SIDE, "Endringsbrevet som side"),
            rad("GET /mine-soknader/{id}/vedtak/{vedtakId}/endringer/{endringId}/brev.pdf", KOMMUNE_SIDE, "Endringsbrevet som PDF"),

            rad("GET /mine-soknader/{id}/vedtak/{vedtakId}/tilbakebetalingskrav/{kravId}/brev", KOMMUNE_SIDE, "Brevet om kravet som side"),
            rad("GET /mine-soknader/{id}/vedtak/{vedtakId}/tilbakebetalingskrav/{kravId}/brev.pdf", KOMMUNE_SIDE, "Brevet om kravet som PDF"),

            // Staff pages
            rad("GET /admin/oppbevaring", ADMIN_SIDE, "Oppbevaring og sletting"),
            rad("GET /admin/utlysninger/{id}/arkivuttrekk", ADMIN_SIDE, "Arkivuttrekk (Noark 5)"),
            rad("POST /admin/oppbevaring/kjoring", "302 403 403 403 403 403 303", "Kjør slettejobben nå (ingenting er forfalt)"),
            rad("POST /admin/oppbevaring/utlysninger/{id}", "302 403 403 403 403 403 400", "Lagre oppbevaringsfrister (tomme)"),
            rad("GET /saksbehandling", STAB_SIDE, "Saksbehandlingens forside"),
            rad("GET /saksbehandling/utlysninger/{id}", STAB_SIDE, "Arbeidslisten"),
            rad("GET /saksbehandling/utlysninger/{id}/tildeling", STAB_SIDE, "Tildelingen"),
            rad("POST /saksbehandling/utlysninger/{id}/vedtak", "302 403 403 303 403 403 403", "Foreslå for hele utlysningen"),
            rad("GET /saksbehandling/simulering", STAB_SIDE, "Simulering"),
            rad("GET /saksbehandling/utbetalinger", STAB_SIDE, "Utbetalinger til banken"),
            rad("POST /saksbehandling/utbetalinger", "302 403 403 400 403 403 403", "Lag bunt (tomt skjema)"),
            rad("GET /saksbehandling/utbetalinger/{id}", "302 403 403 404 404 403 404", "Én bunt (finnes ikke)"),
            rad("POST /saksbehandling/utbetalinger/{id}/godkjenn", "302 403 403 403 404 403 403", "Godkjenn bunt (finnes ikke)"),
            rad("POST /saksbehandling/utbetalinger/{id}/avvis", "302 403 403 403 404 403 403", "Avvis bunt (finnes ikke)"),
            rad("GET /saksbehandling/utbetalinger/{id}/pain001.xml", "302 403 403 404 404 403 404", "Betalingsfilen (finnes ikke)"),
            rad("POST /saksbehandling/utbetalinger/{id}/sendt", "302 403 403 404 404 403 403", "Merk sendt (finnes ikke)"),
            rad("POST /saksbehandling/simulering", "302 403 403 400 400 403 400", "Simuler (uten utlysning)").fil(""),
            rad("GET /saksbehandling/soknader/{id}", STAB_SIDE, "Saken"),
            rad("GET /saksbehandling/soknader/{id}/vedlegg/{vedleggId}", STAB_SIDE, "Kommunens vedlegg fra saken"),
            rad("POST /saksbehandling/soknader/{id}/vurdering", "302 403 403 409 403 403 403", "Lagre vurdering (avgjort)")
                    .skjema("kvalitet=GOD"),
            rad("POST /saksbehandling/soknader/{id}/vedtak", "302 403 403 409 403 403 403", "Foreslå vedtak (avgjort)")
                    .skjema("utfall=AVSLATT&begrunnelse=x"),
            rad("POST /saksbehandling/soknader/{id}/tilleggsopplysninger", "302 403 403 409 403 403 403", "Spør kommunen (avgjort)")
                    .skjema("sporsmal=x&svarfrist=01.01.2099"),
            rad("POST /mine-soknader/{id}/tilleggsopplysninger/{sporsmalId}/svar", "302 400 404 403 403 403 403", "Svar (uten tekst)")
                    .fil("%PDF-1.4 test"),
            rad("GET /mine-soknader/{id}/tilleggsopplysninger/{sporsmalId}/vedlegg/{vedleggId}", "302 404 404 403 403 403 403",
                    "Vedlegg til et svar (finnes ikke)"),
            rad("GET /saksbehandling/soknader/{id}/tilleggsopplysninger/{sporsmalId}/vedlegg/{vedleggId}", "302 403 403 404 404 403 404",
                    "Vedlegg til et svar fra saken (finnes ikke)"),
            rad("GET /saksbehandling/soknader/{id}/saksmappe", STAB_SIDE, "Saksmappen (ZIP) fra saken"),
            rad("POST /saksbehandling/soknader/{id}/saksansvar", "302 403 403 303 403 403 403", "Ta saken (din egen igjen)"),
            rad("POST /saksbehandling/utlysninger/{id}/fordeling", "302 403 403 403 400 403 403", "Fordel valgte saker (uten mottaker)"),
            rad("POST /saksbehandling/utlysninger/{id}/filtre", "302 403 403 400 400 403 400", "Lagre filteret (uten navn)"),
            rad("POST /saksbehandling/utlysninger/{id}/filtre/{filterId}/slett", "302 403 403 404 404 403 404", "Slett filter (finnes ikke)"),
            rad("POST /saksbehandling/soknader/{id}/habilitet", "302 403 403 400 400 403 403", "Erklær deg inhabil (uten begrunnelse)"),
            rad("POST /saksbehandling/soknader/{id}/habilitet/{erklaringId}/tilbaketrekking", "302 403 403 403 400 403 403",
                    "Trekk tilbake (godkjennerens erklæring, uten begrunnelse)"),
            rad("POST /saksbehandling/soknader/{id}/vedtak/{vedtakId}/godkjenn", "302 403 403 403 409 403 403", "Godkjenn (sendt)"),
            rad("POST /saksbehandling/soknader/{id}/vedtak/{vedtakId}/returner", "302 403 403 403 409 403 403", "Returner (sendt)")
                    .skjema("kommentar=x"),
            rad("POST /saksbehandling/soknader/{id}/vedtak/{vedtakId}/send", "302 403 403 303 303 403 403", "Send (allerede sendt)"),
            rad("GET /saksbehandling/soknader/{id}/vedtak/{vedtakId}/brev", STAB_SIDE, "Vedtaksbrevet som side"),
            rad("GET /saksbehandling/soknader/{id}/vedtak/{vedtakId}/brev.pdf", STAB_SIDE, "Vedtaksbrevet som PDF"),
            rad("POST /saksbehandling/soknader/{id}/vedtak/{vedtakId}/utbetaling", "302 403 403 400 403 403 403", "Utbetaling (tom)"),
            rad("POST /saksbehandling/soknader/{id}/vedtak/{vedtakId}/rapport", "302 403 403 400 403 403 403",
                    "Be om mer i rapporten (uten kommentar)").skjema("handling=mer"),
            rad("POST /saksbehandling/soknader/{id}/vedtak/{vedtakId}/klager/{klageId}/behandling", "302 403 403 400 403 403 403",
                    "Behandle klage (tom)"),
            rad("POST /saksbehandling/soknader/{id}/vedtak/{vedtakId}/endringer/{endringId}/avgjorelse", "302 403 403 409 403 403 403",
                    "Avgjør endring (avgjort)").skjema("utfall=innvilg"),
            rad("POST /saksbehandling/soknader/{id}/vedtak/{vedtakId}/endringer/{endringId}/godkjenning", "302 403 403 403 403 403 403",
                    "Godkjenn endring (godkjenneren er inhabil i saken)").skjema("handling=godkjenn"),
            rad("GET /saksbehandling/soknader/{id}/vedtak/{vedtakId}/endringer/{endringId}/brev", STAB_SIDE, "Endringsbrevet som side"),
            rad("GET /saksbehandling/soknader/{id}/vedtak/{vedtakId}/endringer/{endringId}/brev.pdf", STAB_SIDE, "Endringsbrevet som PDF"),
            rad("POST /saksbehandling/soknader/{id}/vedtak/{vedtakId}/tilbakebetalingskrav", "302 403 403 400 403 403 403", "Krev tilbake (tom)"),
            rad("POST /saksbehandling/soknader/{id}/vedtak/{vedtakId}/tilbakebetalingskrav/{kravId}/innbetaling", "302 403 403 400 403 403 403",
                    "Før innbetaling (tom)"),
            rad("POST /saksbehandling/soknader/{id}/vedtak/{vedtakId}/tilbakebetalingskrav/{kravId}/motregning", "302 403 403 409 403 403 403",
                    "Motregn (kravet er ikke forfalt)"),
            rad("GET /saksbehandling/soknader/{id}/vedtak/{vedtakId}/tilbakebetalingskrav/{kravId}/brev", STAB_SIDE, "Brevet om kravet som side"),
            rad("GET /saksbehandling/soknader/{id}/vedtak/{vedtakId}/tilbakebetalingskrav/{kravId}/brev.pdf", STAB_SIDE, "Brevet om kravet som PDF"),
            rad("GET /saksbehandling/vedtak", STAB_SIDE, "Vedtak til godkjenning"),
            rad("GET /saksbehandling/vedtak/{vedtakId}/kontroll", STAB_SIDE, "Kontroll av vedtakets grunnlag"),
            rad("POST /saksbehandling/vedtak/{vedtakId}/godkjenn", "302 403 403 403 409 403 403", "Godkjenn fra køen (sendt)"),
            rad("POST /saksbehandling/vedtak/{vedtakId}/returner", "302 403 403 403 409 403 403", "Returner fra køen (sendt)")
                    .skjema("kommentar=x"),
            rad("POST /saksbehandling/vedtak/{vedtakId}/send", "302 403 403 303 303 403 403", "Send fra køen (allerede sendt)"),

            // Administration pages
            rad("GET /admin", ADMIN_SIDE, "Administrasjon"),
            rad("GET /admin/utlysninger", ADMIN_SIDE, "Utlysninger"),
            rad("GET /admin/utlysninger/ny", ADMIN_SIDE, "Ny utlysning"),
            rad("POST /admin/utlysninger", "302 403 403 403 403 403 400", "Opprett utlysning (tom)"),
            rad("GET /admin/utlysninger/{id}", ADMIN_SIDE, "Utlysningen"),
            rad("POST /admin/utlysninger/{id}", "302 403 403 403 403 403 400", "Endre utlysning (tom)"),
            rad("POST /admin/utlysninger/{id}/publiser", "302 403 403 403 403 403 303", "Publiser (allerede publisert)"),
            rad("POST /admin/utlysninger/{id}/ramme", "302 403 403 403 403 403 400", "Endre rammen (tom)"),
            rad("GET /admin/kommuneregister", ADMIN_SIDE, "Kommuneregisteret"),
            rad("POST /admin/kommuneregister/forhandsvis", "302 403 403 403 403 403 400", "Forhåndsvis register (ugyldig)")
                    .fil("ikke;en;gyldig;fil"),
            rad("POST /admin/kommuneregister/bruk", "302 403 403 403 403 403 400", "Ta i bruk register (tom)"),

            // Statistics
            rad("GET /api/statistikk", "401 403 403 200 200 200 200", "Statistikk for én utlysning").sporring("utlysning={utlysningId}"),
            rad("GET /api/statistikk", "401 403 403 200 200 404 200", "Statistikk for én utlysning, ikke publisert")
                    .sporring("utlysning={utlysningId}").sak(Sak.UPUBLISERT),
            rad("GET /statistikk", "302 403 403 200 200 200 200", "Statistikk, alle utlysninger"),

            // The audit log
            rad("GET /api/hendelser", "401 403 403 403 403 403 200", "Hendelsesloggen").sporring("sak={id}"),
            rad("GET /api/hendelser/eksport", "401 403 403 403 403 403 200", "Hendelsesloggen som CSV"),
            rad("GET /admin/hendelseslogg", ADMIN_SIDE, "Hendelsesloggen"),
            rad("GET /admin/hendelseslogg/eksport", ADMIN_SIDE, "Hendelsesloggen som CSV"),

            // Exports
            rad("GET /api/statistikk/eksport/tildelinger.csv", STAB_OG_EVALUATOR_LESER, "Tildelingene som CSV"),
            rad("GET /api/statistikk/eksport/tildelinger.csv", "401 403 403 200 200 404 200", "Tildelingene som CSV, utlysningen ikke publisert")
                    .sporring("utlysning={utlysningId}").sak(Sak.UPUBLISERT),
            rad("GET /api/statistikk/eksport/tildelinger.xlsx", STAB_OG_EVALUATOR_LESER, "Tildelingene som XLSX"),
            rad("GET /api/statistikk/eksport/tildelinger.json", STAB_OG_EVALUATOR_LESER, "Tildelingene som JSON"),
            rad("GET /api/statistikk/eksport/360giving.json", STAB_OG_EVALUATOR_LESER, "Tildelingene som 360Giving (JSON)")
                    .sporring("utlysning={utlysningId}"),
            rad("GET /api/statistikk/eksport/360giving.csv", STAB_OG_EVALUATOR_LESER, "Tildelingene som 360Giving (CSV)"),
            rad("GET /statistikk/eksport/tildelinger.csv", STAB_OG_EVALUATOR_SIDE, "Tildelingene som CSV"),
            rad("GET /statistikk/eksport/tildelinger.xlsx", STAB_OG_EVALUATOR_SIDE, "Tildelingene som XLSX"),
            rad("GET /statistikk/eksport/tildelinger.json", STAB_OG_EVALUATOR_SIDE, "Tildelingene som JSON"),
            rad("GET /statistikk/eksport/360giving.json", STAB_OG_EVALUATOR_SIDE, "Tildelingene som 360Giving (JSON)"),
            rad("GET /statistikk/eksport/360giving.csv", STAB_OG_EVALUATOR_SIDE, "Tildelingene som 360Giving (CSV)")
                    .sporring("utlysning={utlysningId}"));

    private Tilgangsmatrise() {
    }

    /** The table as docs/security.md shows it. */
    static String markdown() {
        StringBuilder md = new StringBuilder();
        List<String> kolonner = new ArrayList<>(List.of("Rute", "Hva"));
        Arrays.stream(Kaller.values()).map(k -> k.tittel).forEach(kolonner::add);
        md.append("| ").append(String.join(" | ", kolonner)).append(" |\n");
        md.append("|").append("---|".repeat(kolonner.size())).append('\n');
        for (Rad rad : RADER) {
            md.append("| `").append(rad.nokkel()).append(rad.sporring().isEmpty() ? "" : "?" + rad.sporring()).append("` | ")
                    .append(rad.hva()).append(" |");
            for (Kaller kaller : Kaller.values()) {
                md.append(' ').append(rad.forventet(kaller)).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }
}
