package no.legevakttilskudd.soknad;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The application form's texts, in bokmål here; nynorsk and English in messages/skjematekst_nn.properties and
 * skjematekst_en.properties. Templates use {skjematekst:key}. A bundle per feature keeps each one small.
 */
@MessageBundle(value = "skjematekst", locale = "nb")
public interface Skjematekster {

    @Message("Omsøkt totalt:")
    String skjema_omsokt_etikett();

    @Message("Steg {nummer} av 4: {navn}")
    String skjema_steg_tittel(int nummer, String navn);

    @Message("{#when nummer}{#is 1}Kontaktperson{#is 2}Legevakten og vaktbelastning{#is 3}Tiltak og budsjett{#is 4}Formål og vedlegg{/when}")
    String skjema_steg_navn(int nummer);

    @Message("Søknad: {utlysning}")
    String skjema_overskrift(String utlysning);

    @Message("Stegene i søknaden")
    String skjema_stegene();

    @Message("Kontroller og send")
    String skjema_kontroll();

    @Message("Utkastet er lagret.")
    String skjema_lagret();

    @Message("Lagre")
    String skjema_lagre();

    @Message("Hvem kan saksbehandler kontakte om søknaden?")
    String skjema_kontakt_ingress();

    @Message("Navn")
    String skjema_kontakt_navn();

    @Message("E-post")
    String skjema_kontakt_epost();

    @Message("Telefon")
    String skjema_kontakt_telefon();

    @Message("Åtte sifre, f.eks. 75 68 20 00.")
    String skjema_kontakt_telefon_hjelp();

    @Message("Kommuner som deler legevakten")
    String skjema_legevakt_kommuner();

    @Message("Din egen kommune står alltid på listen. Legevakter med én eller to kommuner prioriteres.")
    String skjema_legevakt_hjelp();

    @Message("(ukjent kommune)")
    String skjema_ukjent_kommune();

    @Message("Fjern {navn}")
    String skjema_fjern_kommune(String navn);

    @Message("Legg til en kommune")
    String skjema_legg_til_kommune_etikett();

    @Message("Velg kommune")
    String skjema_velg_kommune();

    @Message("Legg til kommunen")
    String skjema_legg_til_kommune();

    @Message("Vaktbelastning i dag")
    String skjema_vakt_tittel();

    @Message("Slik legevakten er organisert nå, før tiltakene.")
    String skjema_vakt_hjelp();

    @Message("Antall leger som går legevakt")
    String skjema_vakt_leger();

    @Message("Vaktdeling")
    String skjema_vakt_deling();

    @Message("F.eks. 4 for 4-delt vakt: hver lege har vakt hver fjerde dag.")
    String skjema_vakt_deling_hjelp();

    @Message("Vaktdøgn per lege i året")
    String skjema_vakt_dogn();

    @Message("Vaktform")
    String skjema_vakt_form();


    @Message("Beregnet vaktbelastning per lege")
    String skjema_beregnet_tittel();

    @Message("Med {deling}-delt vakt gir det {timer} timer og {dogn} vaktdøgn i året per lege (365 ÷ {deling}, avrundet; vaktklasse 1, omregning 5:1). Beregningen bruker vaktdelingen, ikke vaktdøgnene dere skrev, så tallene kan skille med et døgn eller to.")
    String skjema_beregnet(String timer, int dogn, String deling);

    @Message("Fyll inn vaktdeling og vaktform, så regner vi ut timer og vaktdøgn per lege.")
    String skjema_beregnet_mangler();

    @Message("Lagre og regn ut")
    String skjema_beregn();

    @Message("Hva skal tilskuddet brukes til? Hvert tiltak har en kategori, en beskrivelse og budsjettlinjer i hele kroner.")
    String skjema_tiltak_ingress();

    @Message("Denne utlysningen gir ikke tilskudd til disse kategoriene, og budsjett i dem blir strøket i beregningen:")
    String skjema_kategorier_utenfor();

    @Message("Tiltak {nummer}")
    String skjema_tiltak_nummer(int nummer);

    @Message("Kategori")
    String skjema_tiltak_kategori();

    @Message("Velg kategori")
    String skjema_velg_kategori();

    @Message("Beskrivelse av tiltaket")
    String skjema_tiltak_beskrivelse();

    @Message("Budsjett for tiltak {nummer}")
    String skjema_budsjett_tittel(int nummer);

    @Message("Hva beløpet går til")
    String skjema_linje_tekst();

    @Message("Beløp (kr)")
    String skjema_linje_belop();

    @Message("Handling")
    String skjema_handling();

    @Message("Budsjettlinje {nummer}: hva beløpet går til")
    String skjema_linje_tekst_etikett(int nummer);

    @Message("Budsjettlinje {nummer}: beløp i kroner")
    String skjema_linje_belop_etikett(int nummer);

    @Message("Fjern linje {nummer}")
    String skjema_fjern_linje(int nummer);

    @Message("Sum")
    String skjema_sum_tiltak();

    @Message("Legg til budsjettlinje")
    String skjema_ny_linje();

    @Message("Fjern tiltak {nummer}")
    String skjema_fjern_tiltak(int nummer);

    @Message("Legg til tiltak")
    String skjema_nytt_tiltak();

    @Message("Omsøkt totalt: {belop}")
    String skjema_omsokt_totalt(String belop);

    @Message("Formål med tilskuddet")
    String skjema_formal();

    @Message("Hva vil tiltakene endre for legevakten og innbyggerne?")
    String skjema_formal_hjelp();

    @Message("Forrige steg")
    String skjema_forrige();

    @Message("Lagre utkast")
    String skjema_lagre_utkast();

    @Message("Lagre og kontroller")
    String skjema_til_kontroll();

    @Message("Lagre og gå videre")
    String skjema_neste();

    @Message("Vedlegg")
    String skjema_vedlegg_tittel();

    @Message("Ingen vedlegg er lastet opp.")
    String skjema_vedlegg_ingen();

    @Message("PDF, {antall}")
    String skjema_vedlegg_storrelse(String antall);

    @Message("Slett {filnavn}")
    String skjema_vedlegg_slett(String filnavn);

    @Message("Velg en PDF-fil")
    String skjema_vedlegg_velg();

    @Message("Bare PDF, høyst 10 MB per fil og 10 filer.")
    String skjema_vedlegg_hjelp();

    @Message("Last opp vedlegg")
    String skjema_vedlegg_last_opp();

    @Message("Søknadsfrist {frist} ({igjen}).")
    String skjema_frist(String frist, String igjen);

    @Message("Søknadsfristen gikk ut {frist}.")
    String skjema_frist_ute(String frist);

    @Message("Kommunen oppfyller kravene i utlysningen: sentralitetsklasse {klasser} og færre enn {grense} innbyggere.")
    String skjema_oppfyller(String klasser, String grense);

    @Message("Obs: Utlysningen gjelder kommuner i sentralitetsklasse {klasser} med færre enn {grense} innbyggere. Etter registeret oppfyller ikke kommunen dette, og søknaden vil trolig bli avslått.")
    String skjema_oppfyller_ikke(String klasser, String grense);

    @Message("Søknaden: {utlysning}")
    String skjema_soknaden(String utlysning);

    @Message("Søknaden er sendt")
    String kvittering_tittel();

    @Message("Referansenummer:")
    String kvittering_referanse();

    @Message("Sendt {tid}. Oppgi referansenummeret når du kontakter oss.")
    String kvittering_sendt(String tid);

    @Message("Skriv ut denne siden eller lagre den som PDF med nettleserens utskriftsfunksjon (Ctrl+P / Cmd+P).")
    String kvittering_skriv_ut();

    @Message("Kopi av det du sendte")
    String kvittering_kopi();

    @Message("Søknadsfristen gikk ut {frist}. Utkastet kan ikke lenger endres eller sendes.")
    String skjema_lest_frist(String frist);

    @Message("Velg fil")
    String skjema_vedlegg_velg_knapp();

    @Message("Ingen fil valgt")
    String skjema_vedlegg_ingen_valgt();

    @Message("Svar innen {dato}.")
    String aksept_frist(String dato);

    @Message("Fristen for å svare var {dato}. Svar så snart dere kan; tilskuddet utbetales først når vilkårene er akseptert.")
    String aksept_frist_ute(String dato);

    @Message("Spørsmål om utlysningen eller søknaden? Kontakt {navn}{#if epost} på {epost}{/if}{#if epost && telefon} eller{/if}"
            + "{#if telefon} telefon {telefon}{/if}.")
    String skjema_kontakt(String navn, String epost, String telefon);

    @Message("Søknaden er sendt og kan ikke endres lenger. Ta kontakt med direktoratet hvis noe må rettes; kontaktinformasjonen står på siden.")
    String skjema_lest_sendt();

    @Message("Dere søker om mer enn taket i utlysningen. Tilskuddet blir høyst {tak} per søknad, også om budsjettet er større.")
    String skjema_over_taket(String tak);

    @Message("Søknaden er sendt. Fram til søknadsfristen {frist} kan dere rette den her: endringene gjelder straks, søknaden er fortsatt sendt, og hver endring blir logget.")
    String skjema_kan_rettes(String frist);

    @Message("Søknaden er trukket og blir ikke behandlet.")
    String skjema_lest_trukket();

    @Message("Trekk søknaden")
    String skjema_trekk_tittel();

    @Message("En søknad som er trukket, blir ikke behandlet. Dette kan ikke angres.")
    String skjema_trekk_hjelp();

    @Message("Trekk søknaden")
    String skjema_trekk_knapp();

    @Message("Endre {del}")
    String skjema_endre(String del);

    @Message("Når du sender, bekrefter du at opplysningene er riktige.")
    String skjema_send_bekreft();

    @Message("Send søknaden")
    String skjema_send();

    @Message("Utlysninger du kan søke på")
    String mine_apne_utlysninger();

    @Message("Start søknad: {utlysning}")
    String mine_start(String utlysning);

    @Message("Fortsett")
    String mine_fortsett();

    @Message("Se søknaden")
    String mine_se();

    @Message("Oppfyller kravene")
    String mine_kolonne_krav();

    @Message("Ja, etter kommuneregisteret")
    String mine_krav_ja();

    @Message("Nei, etter kommuneregisteret")
    String mine_krav_nei();

    @Message("Kommunen finnes ikke i utlysningens kommuneregister")
    String mine_krav_ukjent();

    @Message("Vedtak")
    String vedtak_tittel();

    @Message("Sendt {tid}.")
    String vedtak_sendt(String tid);

    @Message("Aksepter vilkårene")
    String aksept_tittel();

    @Message("Oppgi kontonummeret tilskuddet skal betales til. Når vilkårene er akseptert, kan tilskuddet utbetales.")
    String aksept_hjelp();

    @Message("Kontonummer (11 sifre)")
    String aksept_kontonummer();

    @Message("Aksepter vilkårene")
    String aksept_knapp();

    @Message("Vilkårene ble akseptert {tid}. Tilskuddet utbetales til konto {konto}.")
    String aksept_gjort(String tid, String konto);

    @Message("Vilkårene er akseptert. Takk!")
    String aksept_melding();

    @Message("Les vedtaksbrevet")
    String vedtak_brev();

    @Message("Klag på vedtaket")
    String klage_tittel();

    @Message("Klagefristen er tre uker fra den dagen vedtaksbrevet kom fram til kommunen (forvaltningsloven § 29), det vil si "
            + "senest {dato}.")
    String klage_frist(String dato);

    @Message("Klagefristen, tre uker fra den dagen vedtaksbrevet kom fram til kommunen (forvaltningsloven § 29), gikk ut {dato}. "
            + "Du kan fortsatt sende klagen, men den blir merket som for sen.")
    String klage_frist_ute(String dato);

    @Message("Hva klager kommunen på, og hvorfor?")
    String klage_tekst();

    @Message("Send klagen")
    String klage_send();

    @Message("Klagen er sendt. Saksbehandleren behandler den.")
    String klage_melding();

    @Message("Klage sendt {tid}.")
    String klage_status(String tid);

    @Message("Den kom etter fristen.")
    String klage_for_sen();

    @Message("Klagen er under behandling.")
    String klage_under_behandling();

    @Message("Kommunen har fått medhold; et nytt vedtak følger.")
    String klage_medhold();

    @Message("Kommunen fikk ikke medhold. Klagen ble sendt til klageinstansen {dato}.")
    String klage_ikke_medhold(String dato);

    @Message("Rapport om bruken av tilskuddet")
    String rapport_tittel();

    @Message("Rapportfristen er {dato}. Skriv for hvert tiltak hva som ble gjort og hva det kostet.")
    String rapport_frist(String dato);

    @Message("Hva ble gjort?")
    String rapport_gjort();

    @Message("Brukt av tilskuddet (hele kroner)")
    String rapport_brukt();

    @Message("Send rapporten")
    String rapport_send();

    @Message("Rapporten er sendt. Takk!")
    String rapport_melding();

    @Message("Rapport sendt {tid}: brukt {brukt}, ubrukt {ubrukt} (skal betales tilbake).")
    String rapport_status(String tid, String brukt, String ubrukt);

    @Message("Rapporten er godkjent.")
    String rapport_godkjent();

    @Message("Når tilskuddet er utbetalt, rapporterer kommunen her hva det ble brukt til. Rapportfristen er {dato}.")
    String rapport_etter_utbetaling(String dato);

    @Message("Saksbehandleren går gjennom rapporten.")
    String rapport_venter();

    @Message("Saksbehandleren ber om mer: {kommentar} Rett rapporten og send den på nytt.")
    String rapport_mer(String kommentar);


}
