package no.legevakttilskudd.soknad;

import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.epost.Epostmelding;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.utlysning.Utlysning;

/**
 * The receipt mailed to the contact person when the kommune submits. Bokmål only: it goes to whoever filled in the
 * form, whatever language they chose, and names the reference they will be asked for.
 */
final class Kvitteringsepost {

    static final String GRUNN = "SOKNAD_KVITTERING";

    private Kvitteringsepost() {
    }

    static Epostmelding av(Soknad soknad, Utlysning utlysning, String kommunenavn) {
        String emne = "Kvittering: søknaden " + soknad.referanse + " er mottatt";
        String avsender = kommunenavn != null ? kommunenavn + " kommune" : "kommune " + soknad.kommunenummer;
        String tekst = "Vi har mottatt søknaden fra " + avsender + " om tilskudd fra utlysningen «" + utlysning.tittel + "».\n\n"
                + "Referansenummer: " + soknad.referanse + "\n"
                + "Sendt: " + Tidsformat.norskTekst(soknad.sendt) + "\n"
                + "Omsøkt beløp: " + Kroner.tekst(soknad.omsokt) + "\n\n"
                + "Hva skjer nå: Søknadene behandles etter søknadsfristen " + Tidsformat.norskTekst(utlysning.soknadsfrist)
                + ". Kommunen får vedtaket når alle søknadene er vurdert, og kan følge søknaden under «Mine søknader». "
                + "Trenger saksbehandleren flere opplysninger, tar vi kontakt. Oppgi referansenummeret hvis du kontakter oss "
                + "om søknaden.";
        return Epostmelding.tilKontaktperson(soknad.kontaktEpost, soknad.kontaktNavn, emne, tekst);
    }
}
