package no.legevakttilskudd.vedtak.tilbakebetaling;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of repayment claims, for the kommune and for staff, in bokmål here; nynorsk and English in
 * messages/tilbakebetalingstekst_nn.properties and tilbakebetalingstekst_en.properties. Templates use
 * {tilbakebetalingstekst:key}.
 */
@MessageBundle(value = "tilbakebetalingstekst", locale = "nb")
public interface Tilbakebetalingstekster {

    @Message("Krav om tilbakebetaling")
    String tilbake_tittel();

    @Message("{belop}, forfall {forfall}")
    String tilbake_krav(String belop, String forfall);

    @Message("Betalt {betalt}, gjenstår {gjenstar}.")
    String tilbake_betalt(String betalt, String gjenstar);

    @Message("{kilde} {belop} {dato}")
    String tilbake_linje(String kilde, String belop, String dato);

    @Message("Les brevet om kravet")
    String tilbake_brev();

    @Message("Last ned brevet om kravet (PDF)")
    String tilbake_brev_pdf();

    @Message("Merk betalingen med referansen og kravets nummer. Et krav som ikke er betalt ved forfall, kan trekkes fra senere utbetalinger til kommunen.")
    String tilbake_kommune_hjelp();

    @Message("Krav {id}")
    String tilbake_nr(long id);

    @Message("Krev tilbakebetaling")
    String tilbake_ny_tittel();

    @Message("Utbetalt og ikke krevd tilbake: {belop}.")
    String tilbake_kan_kreves(String belop);

    @Message("Grunn")
    String tilbake_grunn();

    @Message("Beløp (hele kroner; tomt for rapportens ubrukte beløp)")
    String tilbake_belop();

    @Message("Forfallsdato")
    String tilbake_forfall();

    @Message("Begrunnelse til kommunen (står i brevet; påkrevd ved misbruk og ikke gjennomført)")
    String tilbake_begrunnelse();

    @Message("Send kravet")
    String tilbake_send();

    @Message("Innbetalt beløp (hele kroner)")
    String tilbake_innbetaling_belop();

    @Message("Dato pengene kom inn")
    String tilbake_innbetaling_dato();

    @Message("Før innbetalingen")
    String tilbake_registrer();

    @Message("Senere utbetaling å trekke fra")
    String tilbake_motregning_utbetaling();

    @Message("Utbetaling {id}, {dato}, ledig {ledig}")
    String tilbake_motregning_valg(long id, String dato, String ledig);

    @Message("Beløp å motregne (tomt: så mye som mulig)")
    String tilbake_motregning_belop();

    @Message("Motregn")
    String tilbake_motregn();

    @Message("Forfalte krav om tilbakebetaling")
    String tilbake_forfalte_tittel();

    @Message("Ingen krav er forfalt.")
    String tilbake_forfalte_ingen();

    @Message("Gjenstår")
    String tilbake_kolonne_gjenstar();

    @Message("Forfall")
    String tilbake_kolonne_forfall();

    @Message("Krav om tilbakebetaling, {referanse}")
    String tilbakebrev_side_tittel(String referanse);
}
