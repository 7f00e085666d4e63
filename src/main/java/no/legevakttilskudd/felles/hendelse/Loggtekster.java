package no.legevakttilskudd.felles.hendelse;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The audit log page's texts, in bokmål here; nynorsk and English in messages/loggtekst_nn.properties and
 * loggtekst_en.properties. A bundle of its own keeps the big {@code Tekster} bundle under the size Quarkus can compile.
 * Templates use {loggtekst:key}.
 */
@MessageBundle(value = "loggtekst", locale = "nb")
public interface Loggtekster {

    @Message("Hendelseslogg")
    String logg_tittel();

    @Message("Hver endring i systemet: hvem, når, hva, og hvordan det var før og etter. Loggen kan bare utvides; ingenting i den kan endres eller slettes.")
    String logg_ingress();

    @Message("Hvem gjorde hva og når, i søknader, vedtak, utlysninger og kommuneregisteret. Filtrer og last ned som CSV.")
    String logg_admin_kort();

    @Message("Sak (søknadens id)")
    String logg_felt_sak();

    @Message("Søknadens hendelser og hendelsene på vedtakene i saken.")
    String logg_hjelp_sak();

    @Message("Hva")
    String logg_felt_entitet();

    @Message("Alt")
    String logg_alle_entiteter();


    @Message("Id")
    String logg_felt_entitet_id();

    @Message("Aktør")
    String logg_felt_aktor();

    @Message("Brukernavnet eller starten av det; store og små bokstaver regnes likt.")
    String logg_hjelp_aktor();

    @Message("Handling")
    String logg_felt_handling();

    @Message("Alle handlinger")
    String logg_alle_handlinger();

    @Message("Fra og med dato")
    String logg_felt_fra();

    @Message("Til og med dato")
    String logg_felt_til();

    @Message("Hele døgn i norsk tid, for eksempel 15.03.2026.")
    String logg_hjelp_dato();

    @Message("Vis")
    String logg_vis();

    @Message("Nullstill filteret")
    String logg_nullstill();

    @Message("{#when antall.toString}{#is '0'}Ingen hendelser{#is '1'}1 hendelse{#else}{antall} hendelser{/when}, nyeste først.")
    String logg_antall(Long antall);

    @Message("Ingen hendelser passer med filteret.")
    String logg_ingen();

    @Message("Hendelser, nyeste først")
    String logg_tabell_tittel();

    @Message("Aktør")
    String logg_kolonne_aktor();

    @Message("Rolle")
    String logg_kolonne_rolle();

    @Message("Hva")
    String logg_kolonne_hva();

    @Message("Før → etter")
    String logg_kolonne_endring();

    @Message("Last ned CSV")
    String logg_last_ned();

    @Message("Alle hendelsene som passer med filteret, ikke bare denne siden.")
    String logg_last_ned_hjelp();
}
