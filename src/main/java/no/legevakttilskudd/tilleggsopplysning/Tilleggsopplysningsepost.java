package no.legevakttilskudd.tilleggsopplysning;

import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.epost.Epostmelding;
import no.legevakttilskudd.soknad.Soknad;

/**
 * The mails to the application's contact person about a question: when it is asked and the day before its deadline.
 * In bokmål like the other mails; the question itself stays behind login, so the mail says only that there is one,
 * by when, and where to answer.
 */
final class Tilleggsopplysningsepost {

    static final String GRUNN_SPORSMAL = "TILLEGGSOPPLYSNING_SPURT";
    static final String GRUNN_PAMINNELSE = "TILLEGGSOPPLYSNING_PAMINNELSE";

    private Tilleggsopplysningsepost() {
    }

    static Epostmelding sporsmal(Soknad soknad, Tilleggsopplysning t) {
        return Epostmelding.tilKontaktperson(soknad.kontaktEpost, soknad.kontaktNavn,
                "Helsedirektoratet ber om flere opplysninger i søknaden " + soknad.referanse,
                "Saksbehandleren trenger flere opplysninger før søknaden " + soknad.referanse + " kan avgjøres "
                        + "(forvaltningsloven § 17). Svarfristen er " + Tidsformat.norskDato(t.svarfrist) + ".\n\n" + hvor(soknad));
    }

    static Epostmelding paminnelse(Soknad soknad, Tilleggsopplysning t) {
        return Epostmelding.tilKontaktperson(soknad.kontaktEpost, soknad.kontaktNavn,
                "Påminnelse: svar på spørsmålet i søknaden " + soknad.referanse + " innen " + Tidsformat.norskDato(t.svarfrist),
                "Helsedirektoratet ba " + Tidsformat.norskDato(t.spurt.atZone(Tidsformat.NORGE).toLocalDate()) + " om flere "
                        + "opplysninger i søknaden " + soknad.referanse + ", og kommunen har ikke svart ennå. Svarfristen er i morgen, "
                        + Tidsformat.norskDato(t.svarfrist) + ". Uten svar avgjøres søknaden på det saksbehandleren har.\n\n" + hvor(soknad));
    }

    private static String hvor(Soknad soknad) {
        return "Slik svarer dere: logg inn i Legevakttilskudd; spørsmålet står øverst under «Mine søknader» og på søknaden "
                + soknad.referanse + " (/mine-soknader/" + soknad.id + "). Svar med tekst, og legg ved PDF-er om det trengs.";
    }
}
