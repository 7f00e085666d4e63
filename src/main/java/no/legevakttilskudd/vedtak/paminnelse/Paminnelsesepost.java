package no.legevakttilskudd.vedtak.paminnelse;

import java.time.LocalDate;

import no.legevakttilskudd.felles.Tidsformat;
import no.legevakttilskudd.felles.epost.Epostmelding;
import no.legevakttilskudd.regler.Kroner;
import no.legevakttilskudd.soknad.Soknad;
import no.legevakttilskudd.utlysning.Utlysning;

/**
 * The reminders to the application's contact person, in bokmål like the other mails: what is missing, by when, and
 * where in the system to do it. The decision and the account number stay behind login.
 */
final class Paminnelsesepost {

    private Paminnelsesepost() {
    }

    /** The outbox's reason for a reminder: {@code PAMINNELSE_AKSEPT} and so on. */
    static String grunn(Paminnelsestype type) {
        return "PAMINNELSE_" + type.name();
    }

    /**
     * @param kommunenavn the kommune's name in the call's registry, or {@code null} when it is not there
     * @param merInfo     the caseworker has sent the report back for more
     */
    static Epostmelding av(Paminnelsestype type, Paminnelse paminnelse, Soknad soknad, Utlysning utlysning, String kommunenavn,
            boolean merInfo) {
        String referanse = soknad.referanse;
        String tilskudd = "tilskuddet på " + Kroner.tekst(paminnelse.belop()) + " til "
                + (kommunenavn != null ? kommunenavn + " kommune" : "kommune " + soknad.kommunenummer) + " fra utlysningen «"
                + utlysning.tittel + "» (søknaden " + referanse + ")";
        String hvor = "Logg inn i Legevakttilskudd og åpne søknaden " + referanse + " under «Mine søknader» (/mine-soknader/"
                + soknad.id + ")";
        String vedtaksdato = Tidsformat.norskDato(LocalDate.ofInstant(paminnelse.sendt(), Tidsformat.NORGE));
        String rapportfrist = Tidsformat.norskDato(paminnelse.rapportfrist());
        String rapporten = "Slik gjør dere det: " + hvor + ". Skriv for hvert tiltak hva som ble gjort og hva det kostet, og send "
                + "rapporten. Det som ikke er brukt av tilskuddet, skal betales tilbake.";
        return switch (type) {
            case AKSEPT -> melding(soknad, "Påminnelse: aksepter tilskuddet i søknaden " + referanse,
                    "Vedtaket om " + tilskudd + " ble sendt " + vedtaksdato + ". Kommunen har ennå ikke akseptert vilkårene, og tilskuddet utbetales først når det er gjort.\n\n"
                            + "Slik gjør dere det: " + hvor + ", les vedtaksbrevet og aksepter vilkårene med kommunens kontonummer.");
            case RAPPORT_FRIST -> melding(soknad, "Påminnelse: rapporten om tilskuddet i søknaden " + referanse + " skal sendes innen "
                    + rapportfrist,
                    "Rapporten om " + tilskudd + " skal være sendt innen " + rapportfrist + "."
                            + (merInfo ? " Saksbehandleren har bedt om flere opplysninger, så rapporten må sendes på nytt; kommentaren "
                                    + "står ved rapporten." : "")
                            + "\n\n" + rapporten);
            case RAPPORT_FORSINKET -> melding(soknad, "Påminnelse: rapporten om tilskuddet i søknaden " + referanse + " er forsinket",
                    "Fristen for rapporten om " + tilskudd + " var " + rapportfrist + ", og rapporten er ikke sendt"
                            + (merInfo ? " på nytt etter at saksbehandleren ba om flere opplysninger" : "") + ". Send den så snart "
                            + "som mulig; en rapport etter fristen blir tatt imot, men merket som for sen.\n\n" + rapporten
                            + " Trenger kommunen mer tid, kan den be om lengre frist under søknaden.");
        };
    }

    private static Epostmelding melding(Soknad soknad, String emne, String tekst) {
        return Epostmelding.tilKontaktperson(soknad.kontaktEpost, soknad.kontaktNavn, emne, tekst);
    }
}
