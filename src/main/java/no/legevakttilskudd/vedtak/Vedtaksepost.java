package no.legevakttilskudd.vedtak;

import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.epost.Epostmelding;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.vedtak.brev.Brevdata;

/**
 * The notice to the application's contact person that a decision has been sent. The letter itself stays in the
 * system (behind login), so the mail carries no more than the outcome and where to read it.
 */
final class Vedtaksepost {

    static final String GRUNN = "VEDTAK_SENDT";

    private Vedtaksepost() {
    }

    static Epostmelding av(Soknad soknad, Brevdata brev) {
        String utfall = switch (brev.utfallForKommunen()) {
            case INNVILGET -> "innvilget med " + Kroner.tekst(brev.belop());
            case DELVIS_INNVILGET -> "delvis innvilget med " + Kroner.tekst(brev.belop()) + " (kommunen søkte om "
                    + Kroner.tekst(brev.omsokt()) + ")";
            case AVSLATT -> "avslått";
            case AVVIST -> "avvist";
        };
        String tekst = "Søknaden " + soknad.referanse + " fra " + brev.kommunenavn() + " kommune er " + utfall + ".\n\n"
                + "Vedtaksbrevet ligger under «Mine søknader» i Legevakttilskudd (sendt " + Tidsformat.norskTekst(brev.vedtatt()) + ")."
                + (brev.girTilskudd() ? " Tilskuddet utbetales når kommunen har akseptert vilkårene der, med kontonummer." : "")
                // The same rule and date as the letter: the letter reached the kommune when it was put out, today.
                + (brev.klageadgang() ? " Kommunen kan klage på vedtaket. Klagefristen er " + brev.klagefristRegel()
                        + ", det vil si senest " + Tidsformat.norskDato(brev.klagefrist()) + "." : "");
        return Epostmelding.tilKontaktperson(soknad.kontaktEpost, soknad.kontaktNavn, "Vedtak i søknaden " + soknad.referanse, tekst);
    }
}
