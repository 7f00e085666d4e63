package no.legevakttilskudd.vedtak.tilbakebetaling;

import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.epost.Epostmelding;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.soknad.Soknad;

/** The notice to the contact person that the directorate claims money back; the letter itself stays behind login. */
final class Tilbakebetalingsepost {

    static final String GRUNN = "TILBAKEBETALING_KREVD";

    private Tilbakebetalingsepost() {
    }

    static Epostmelding av(Soknad soknad, Tilbakebetalingsbrevdata brev) {
        String tekst = "Helsedirektoratet krever " + Kroner.tekst(brev.belop()) + " av tilskuddet i " + soknad.referanse + " til "
                + brev.kommunenavn() + " kommune betalt tilbake, innen " + Tidsformat.norskDato(brev.forfall()) + ".\n\n"
                + "Brevet med begrunnelse og klageadgang ligger under «Mine søknader» i Legevakttilskudd.";
        return Epostmelding.tilKontaktperson(soknad.kontaktEpost, soknad.kontaktNavn, "Krav om tilbakebetaling, " + soknad.referanse, tekst);
    }
}
