package no.legevakttilskudd.vedtak.endring;

import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.epost.Epostmelding;
import no.legevakttilskudd.soknad.Soknad;

/**
 * The notice to the application's contact person that a change request is decided. The letter stays behind login, so
 * the mail says no more than the outcome and where to read it, like the notice of the decision itself.
 */
final class Endringsepost {

    static final String GRUNN = "ENDRING_AVGJORT";

    private Endringsepost() {
    }

    static Epostmelding av(Soknad soknad, Endringsbrevdata brev) {
        String hva = brev.erFrist() ? "om lengre rapportfrist" : "om å flytte penger mellom tiltakene";
        String utfall = brev.innvilget() ? "innvilget" : "avslått";
        String tekst = "Søknaden " + hva + " for tilskuddet i " + soknad.referanse + " fra " + brev.kommunenavn() + " kommune er "
                + utfall + ".\n\n"
                + (brev.erFrist() && brev.innvilget() ? "Ny rapportfrist er " + Tidsformat.norskDato(brev.nyFrist()) + ".\n\n" : "")
                + "Endringsbrevet ligger under «Mine søknader» i Legevakttilskudd (sendt " + Tidsformat.norskTekst(brev.avgjort()) + ").";
        return Epostmelding.tilKontaktperson(soknad.kontaktEpost, soknad.kontaktNavn, "Endring i tilskuddet " + soknad.referanse, tekst);
    }
}
