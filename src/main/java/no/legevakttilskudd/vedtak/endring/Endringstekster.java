package no.legevakttilskudd.vedtak.endring;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of changes after the award (endringssøknad), for the kommune and for staff, in bokmål here; nynorsk and
 * English in messages/endringstekst_nn.properties and endringstekst_en.properties. Templates use {endringstekst:key}.
 */
@MessageBundle(value = "endringstekst", locale = "nb")
public interface Endringstekster {

    @Message("Endringer i tilskuddet")
    String endring_tittel();

    @Message("Rapportfristen som gjelder:")
    String endring_gjeldende_frist();

    @Message("Budsjettet som gjelder")
    String endring_budsjett_tittel();

    @Message("Tilskuddet er {tildelt}. Rapporten leses mot dette budsjettet.")
    String endring_budsjett_forklaring(String tildelt);

    @Message("Tiltak")
    String endring_kol_tiltak();

    @Message("Kategori")
    String endring_kol_kategori();

    @Message("Budsjett")
    String endring_kol_budsjett();

    @Message("Budsjettet som gjelder for tiltaket: {belop}.")
    String endring_budsjett_tiltak(String belop);

    @Message("Sum")
    String endring_sum();

    @Message("Sendt {tid}")
    String endring_sendt(String tid);

    @Message("Rapportfrist {fra}, ber om {til}")
    String endring_ber_om_frist(String fra, String til);

    @Message("Begrunnelse fra direktoratet")
    String endring_svar();

    @Message("Les endringsbrevet")
    String endring_brev();

    @Message("Last ned endringsbrevet (PDF)")
    String endring_brev_pdf();

    @Message("Be om lengre rapportfrist")
    String endring_frist_tittel();

    @Message("Ny rapportfrist")
    String endring_frist_felt();

    @Message("Etter {dato}, og høyst til {senest}.")
    String endring_frist_hjelp(String dato, String senest);

    @Message("Hvorfor ber kommunen om endringen?")
    String endring_begrunnelse();

    @Message("Send søknad om lengre frist")
    String endring_frist_send();

    @Message("Be om å flytte penger mellom tiltakene")
    String endring_omdisponering_tittel();

    @Message("Skriv det nye beløpet for hvert tiltak, i hele kroner. Til sammen høyst {tildelt}. Får en kategori mer enn den har nå, må to i direktoratet godkjenne endringen.")
    String endring_omdisponering_hjelp(String tildelt);

    @Message("Tiltak {nummer}: {kategori}, {beskrivelse} (nå {belop})")
    String endring_belop_etikett(int nummer, String kategori, String beskrivelse, String belop);

    @Message("Send søknad om omdisponering")
    String endring_omdisponering_send();

    @Message("Søknaden om endring er sendt. Kommunen får e-post når den er avgjort.")
    String endring_melding();

    @Message("Flytter penger mellom kategorier: en annen må godkjenne innvilgelsen (fire øyne).")
    String endring_mellom_kategorier();

    @Message("Fra kommunen {tid}")
    String endring_fra_kommunen(String tid);

    @Message("Avgjort av {av} {tid}.")
    String endring_avgjort_av(String av, String tid);

    @Message("Godkjent av {av} {tid}.")
    String endring_godkjent_av(String av, String tid);

    @Message("Innvilg")
    String endring_innvilg();

    @Message("Avslå")
    String endring_avsla();

    @Message("Begrunnelse til kommunen (står i endringsbrevet; påkrevd ved avslag)")
    String endring_svar_felt();

    @Message("Godkjenn endringen")
    String endring_godkjenn();

    @Message("Returner til saksbehandler")
    String endring_returner();

    @Message("Kommentar ved retur")
    String endring_kommentar();

    @Message("Du innvilget endringen; en annen godkjenner må godkjenne den.")
    String endring_egen();

    @Message("Endringssøknader til behandling")
    String oppfolging_endringer_tittel();

    @Message("Ingen endringssøknader venter.")
    String oppfolging_endringer_ingen();

    @Message("Endring")
    String oppfolging_kolonne_endring();

    @Message("Status")
    String oppfolging_kolonne_status();

    @Message("Sendt")
    String oppfolging_kolonne_sendt();

    @Message("Endringsbrev, {referanse}")
    String endringsbrev_side_tittel(String referanse);
}
