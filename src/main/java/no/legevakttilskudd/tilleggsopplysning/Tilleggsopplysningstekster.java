package no.legevakttilskudd.tilleggsopplysning;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of questions to the kommune and their answers, in bokmål here; nynorsk and English in
 * messages/tilleggstekst_nn.properties and tilleggstekst_en.properties. Templates use {tilleggstekst:key}.
 */
@MessageBundle(value = "tilleggstekst", locale = "nb")
public interface Tilleggsopplysningstekster {

    @Message("Spørsmål fra Helsedirektoratet")
    String tillegg_tittel_kommune();

    @Message("Spørsmål til kommunen")
    String tillegg_tittel_sak();

    @Message("Kommunen er ikke bedt om flere opplysninger.")
    String tillegg_ingen();

    @Message("Spurt {tid} av {av}. Svarfrist {frist}.")
    String tillegg_spurt(String tid, String av, String frist);

    @Message("Svar {tid}")
    String tillegg_besvart(String tid);

    @Message("etter fristen")
    String tillegg_for_sent();

    @Message("Svaret")
    String tillegg_svar_etikett();

    @Message("Legg ved PDF-er (valgfritt, høyst fem, 10 MB til sammen)")
    String tillegg_fil_etikett();

    @Message("Send svaret")
    String tillegg_send_svar();

    @Message("Svaret er sendt. Takk!")
    String tillegg_kvittering();

    @Message("Hva skal kommunen svare på?")
    String tillegg_sporsmal_etikett();

    @Message("Svarfrist")
    String tillegg_svarfrist_etikett();

    @Message("Kommunen får e-post og ser spørsmålet øverst på Mine søknader. Dagen før fristen får den en påminnelse.")
    String tillegg_sporr_hjelp();

    @Message("Send spørsmålet til kommunen")
    String tillegg_sporr_knapp();

    @Message("Spørsmål som venter på svar fra dere")
    String tillegg_oppgaver_tittel();

    @Message("Søknad {referanse}: svar innen {frist}.")
    String tillegg_oppgave(String referanse, String frist);

    @Message("Søknad {referanse}: fristen {frist} er ute. Svar så snart dere kan.")
    String tillegg_oppgave_forfalt(String referanse, String frist);

    @Message("Les og svar")
    String tillegg_oppgave_lenke();

    @Message("Venter på kommunen, frist {frist}")
    String tillegg_venter(String frist);

    @Message("Kommunen har ikke svart, fristen {frist} er ute")
    String tillegg_forfalt(String frist);

    @Message("{venter} venter på kommunen{#if forfalte > 0}, {forfalte} med fristen ute{/if}.")
    String tillegg_antall_venter(long venter, long forfalte);
}
