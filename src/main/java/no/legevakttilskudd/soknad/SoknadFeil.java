package no.legevakttilskudd.soknad;

import no.legevakttilskudd.felles.problem.Feilkode;

/** The errors a kommune can meet in its application, in bokmål; nynorsk and English in messages/feil_*.properties. */
public enum SoknadFeil implements Feilkode {

    HELE_INNHOLDET("Send søknaden som JSON."),
    FORMAL_MANGLER("Beskriv formålet med tilskuddet."),
    KONTAKT_NAVN_MANGLER("Skriv navnet på kontaktpersonen."),
    KONTAKT_EPOST_MANGLER("Skriv e-postadressen til kontaktpersonen."),
    KONTAKT_EPOST_FORMAT("E-postadressen må se slik ut: navn@kommune.no."),
    KONTAKT_TELEFON_MANGLER("Skriv telefonnummeret til kontaktpersonen."),
    KONTAKT_TELEFON_FORMAT("Telefonnummeret må være et norsk nummer med åtte sifre, f.eks. 75 68 20 00."),
    KOMMUNER_MANGLER("Oppgi kommunene som deler legevakten, din egen kommune medregnet."),
    KOMMUNER_FOR_MANGE("En legevakt kan ha høyst {0} kommuner i søknaden."),
    KOMMUNENUMMER_FORMAT("Kommunenummer må være fire sifre, f.eks. 1840."),
    KOMMUNE_DOBBEL("Kommune {0} står mer enn én gang."),
    KOMMUNE_UKJENT("Kommunenummer {0} finnes ikke i kommuneregisteret."),
    EGEN_KOMMUNE_MANGLER("Listen må ta med din egen kommune ({0})."),
    LEGER_MANGLER("Oppgi hvor mange leger som går legevakt i dag."),
    VAKTDELING_MANGLER("Oppgi vaktdelingen, f.eks. 4 for 4-delt vakt."),
    VAKTDOGN_MANGLER("Oppgi hvor mange vaktdøgn hver lege har i året."),
    VAKTFORM_MANGLER("Velg om legene har hjemmevakt eller tilstedevakt."),
    TILTAK_MANGLER("Legg til minst ett tiltak med budsjett."),
    TILTAK_FOR_MANGE("En søknad kan ha høyst {0} tiltak."),
    TILTAK_TOMT("Tiltaket er tomt."),
    KATEGORI_MANGLER("Velg kategori for tiltaket."),
    BESKRIVELSE_MANGLER("Beskriv tiltaket."),
    LINJER_MANGLER("Legg til minst én budsjettlinje for tiltaket."),
    LINJER_FOR_MANGE("Et tiltak kan ha høyst {0} budsjettlinjer."),
    LINJE_TOM("Budsjettlinjen er tom."),
    LINJETEKST_MANGLER("Skriv hva beløpet går til."),
    BELOP_MANGLER("Oppgi beløpet i hele kroner."),
    BELOP_UTENFOR("Beløpet må være over 0 og høyst 100 000 000 kroner."),
    TEKST_FOR_LANG("Teksten kan ha høyst {0} tegn."),
    TEKST_KONTROLLTEGN("Teksten inneholder tegn som ikke kan brukes (kontrolltegn)."),
    TALL_UTENFOR("Tallet må være mellom {0} og {1}."),
    HELTALL_FORMAT("Skriv et helt tall, uten bokstaver eller desimaler."),
    BELOP_FORMAT("Skriv beløpet i hele kroner, f.eks. 150 000."),
    VALG_UGYLDIG("Velg et av alternativene i listen."),
    FIL_MANGLER("Velg en PDF-fil å laste opp."),
    FIL_TOM("Filen er tom."),
    FIL_FOR_STOR("Filen er større enn 10 MB. Del den opp eller komprimer den."),
    FIL_FOR_STOR_FORESPORSEL("Opplastingen er større enn 10 MB og ble avvist før den ble lest. Del filen opp eller komprimer den."),
    FIL_IKKE_PDF("Vedlegg må være PDF. Filen «{0}» er ikke en PDF, eller den er skadet og kan ikke leses."),
    FIL_KRYPTERT("Filen «{0}» er passordbeskyttet eller kryptert. Lagre den uten passord og last den opp på nytt."),
    FIL_JAVASCRIPT("Filen «{0}» inneholder JavaScript, som vi ikke tar imot. Skriv den ut til en ny PDF "
            + "(«Skriv ut» og «Lagre som PDF») og last opp den."),
    FIL_STARTER_PROGRAM("Filen «{0}» inneholder en handling som starter et program eller åpner en annen fil, som vi ikke tar imot. "
            + "Skriv den ut til en ny PDF («Skriv ut» og «Lagre som PDF») og last opp den."),
    FIL_INNEBYGDE_FILER("Filen «{0}» har andre filer lagt inn i seg. Last opp hver fil som egen PDF, "
            + "eller lagre PDF-en uten de innebygde filene."),
    FIL_FOR_MANGE("En søknad kan ha høyst {0} vedlegg.");

    private final String bokmal;

    SoknadFeil(String bokmal) {
        this.bokmal = bokmal;
    }

    @Override
    public String bokmal() {
        return bokmal;
    }
}
