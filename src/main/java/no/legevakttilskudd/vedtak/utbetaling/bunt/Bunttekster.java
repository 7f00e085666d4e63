package no.legevakttilskudd.vedtak.utbetaling.bunt;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the payment pages, in bokmål here; nynorsk and English in messages/bunttekst_nn.properties and
 * bunttekst_en.properties. Templates use {bunttekst:key}.
 */
@MessageBundle(value = "bunttekst", locale = "nb")
public interface Bunttekster {

    @Message("Utbetalinger til banken")
    String bunt_tittel();

    @Message("Aksepterte tilskudd utbetales i bunter: en saksbehandler lager en bunt for en betalingsdato, en annen person godkjenner den, og da lages betalingsfilen til banken (ISO 20022 pain.001). Filen lastes opp i banken, og bunten merkes sendt.")
    String bunt_ingress();

    @Message("Klar til utbetaling")
    String bunt_klare();

    @Message("Ingen aksepterte tilskudd venter på utbetaling.")
    String bunt_ingen_klare();

    @Message("Ta med")
    String bunt_kol_ta_med();

    @Message("Sak")
    String bunt_kol_sak();

    @Message("Kommune")
    String bunt_kol_kommune();

    @Message("Igjen å utbetale")
    String bunt_kol_igjen();

    @Message("Betalingsdato")
    String bunt_felt_dato();

    @Message("Fra i dag og høyst 90 dager frem, som 10.12.2026.")
    String bunt_hjelp_dato();

    @Message("Lag bunt")
    String bunt_lag();

    @Message("Utbetalingene som skal være med")
    String bunt_felt_vedtak();

    @Message("Buntene")
    String bunt_bunter();

    @Message("Ingen bunter ennå.")
    String bunt_ingen_bunter();

    @Message("Bunt")
    String bunt_kol_bunt();

    @Message("Status")
    String bunt_kol_status();

    @Message("Antall")
    String bunt_kol_antall();

    @Message("Sum")
    String bunt_kol_sum();

    @Message("Laget av")
    String bunt_kol_laget_av();

    @Message("Bunt {id}")
    String bunt_en(long id);

    @Message("Laget")
    String bunt_laget();

    @Message("Godkjent eller avvist")
    String bunt_behandlet();

    @Message("Meldings-id i filen")
    String bunt_meldingsid();

    @Message("Avvist fordi")
    String bunt_avvist_fordi();

    @Message("Sendt til banken")
    String bunt_sendt();

    @Message("Utbetalingene")
    String bunt_linjer();

    @Message("Organisasjonsnummer")
    String bunt_kol_orgnr();

    @Message("Kontonummer")
    String bunt_kol_konto();

    @Message("Beløp")
    String bunt_kol_belop();

    @Message("Godkjenn bunten")
    String bunt_godkjenn();

    @Message("Når du godkjenner, registreres utbetalingene og betalingsfilen lages. Du kan ikke godkjenne en bunt du laget selv.")
    String bunt_godkjenn_hjelp();

    @Message("Avvis bunten")
    String bunt_avvis();

    @Message("Hvorfor avvises bunten?")
    String bunt_felt_begrunnelse();

    @Message("Last ned betalingsfilen (pain.001)")
    String bunt_last_ned();

    @Message("Merk sendt til banken")
    String bunt_merk_sendt();

    @Message("Merk bunten sendt når filen er lastet opp i banken.")
    String bunt_merk_sendt_hjelp();

    @Message("{#when melding}{#is 'laget'}Bunten er laget og venter på godkjenning av en annen person.{#is 'godkjent'}Bunten er godkjent, og betalingsfilen er laget.{#is 'avvist'}Bunten er avvist; utbetalingene kan legges i en ny bunt.{#is 'sendt'}Bunten er merket sendt til banken.{#else}{/when}")
    String bunt_melding(String melding);

    @Message("Tilbake til utbetalingene")
    String bunt_tilbake();
}
