package no.legevakttilskudd.felles.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import no.legevakttilskudd.soknad.SoknadStatus;

/**
 * Every text the pages show, in bokmål here; nynorsk and English in messages/tekst_nn.properties and
 * tekst_en.properties. Templates use {tekst:key}. {@code TeksterISynkTest} fails when a key is missing in a language.
 */
@MessageBundle(value = "tekst", locale = "nb")
public interface Tekster {

    @Message("Legevakttilskudd")
    String app_navn();

    @Message("Hopp til hovedinnholdet")
    String hopp_til_innhold();

    @Message("Logg inn")
    String logg_inn();

    @Message("Logg ut")
    String logg_ut();

    @Message("Innlogget som {navn}")
    String innlogget_som(String navn);

    @Message("{#when rolle}{#is 'soker'}søker for kommunen{#is 'saksbehandler'}saksbehandler{#is 'godkjenner'}godkjenner"
            + "{#is 'evaluator'}evaluator{#is 'admin'}administrator{#else}{rolle}{/when}")
    String rolle(String rolle);

    @Message("Språk")
    String sprak_velg();

    @Message("Tilskudd til styrking av legevakttjenesten i distriktskommuner")
    String start_tittel();

    @Message("Staten gir tilskudd til de minste og minst sentrale kommunene for å styrke legevakten: rekruttering av leger og "
            + "annet personell, kompetanse, utstyr, legevaktbil og digitale verktøy.")
    String start_ingress();

    @Message("Åpen utlysning: {tittel}")
    String start_apen_utlysning(String tittel);

    @Message("Kommuner i sentralitetsklasse {klasser} med færre enn {grense} innbyggere kan søke. Legevakter som dekker én eller "
            + "to kommuner prioriteres, deretter de minst sentrale.")
    String start_hvem_kan_soke(String klasser, String grense);

    @Message("Hver kommune kan få inntil {tak}.")
    String start_tak(String tak);

    @Message("Søknadsfrist: {frist}.")
    String start_frist(String frist);

    @Message("Det er ingen åpen utlysning nå.")
    String start_ingen_apen();

    @Message("Logg inn for å søke eller behandle søknader")
    String start_logg_inn_for_a_soke();

    @Message("Mine søknader")
    String meny_mine_soknader();

    @Message("Saksbehandling")
    String meny_saksbehandling();

    @Message("Hovedmeny")
    String meny_navn();

    @Message("Kommuneregisteret, som reglene bruker: {navn} er i sentralitetsklasse {klasse} og hadde {folketall} innbyggere "
            + "1. januar {aar}.")
    String mine_kommune_fakta(String navn, int klasse, String folketall, int aar);

    @Message("Kommunen har ingen søknader ennå.")
    String mine_ingen();

    @Message("Utlysning")
    String kolonne_utlysning();

    @Message("Status")
    String kolonne_status();

    @Message("Referanse")
    String kolonne_referanse();

    @Message("Omsøkt")
    String kolonne_omsokt();

    @Message("Søknadsfrist")
    String kolonne_frist();

    @Message("Kontaktperson")
    String kolonne_kontaktperson();

    @Message("Kommune")
    String kolonne_kommune();

    @Message("Fylke")
    String kolonne_fylke();

    @Message("Sendt")
    String kolonne_sendt();

    @Message("{#when dager}{#is 0}siste dag{#is 1}1 dag igjen{#else}{dager} dager igjen{/when}")
    String frist_dager_igjen(long dager);

    @Message("fristen er ute")
    String frist_gatt_ut();

    @Message("{#when status}{#is UTKAST}Utkast{#is SENDT}Sendt{#is UNDER_BEHANDLING}Under behandling{#is INNVILGET}Innvilget"
            + "{#is DELVIS_INNVILGET}Delvis innvilget{#is AVSLATT}Avslått{#is AVVIST}Avvist{#is TRUKKET}Trukket{/when}")
    String status(SoknadStatus status);

    @Message("Utlysninger")
    String saksbehandling_utlysninger();

    @Message("Søknader i «{tittel}»")
    String arbeidsliste_tittel(String tittel);

    @Message("{#when antall}{#is 1}1 søknad{#else}{antall} søknader{/when}")
    String arbeidsliste_antall(long antall);

    @Message("Filtrer")
    String filter_bruk();

    @Message("Alle")
    String filter_alle();

    @Message("Fylkesnummer")
    String filter_fylke();

    @Message("Forrige side")
    String side_forrige();

    @Message("Neste side")
    String side_neste();

    @Message("Side {side} av {sider}")
    String side_av(int side, long sider);

    @Message("Ingen søknader passer med filteret.")
    String ingen_treff();

    @Message("Sidenavigasjon")
    String side_navigasjon();

    @Message("Sak {referanse}: {kommune}")
    String sak_tittel(String referanse, String kommune);

    @Message("Søknaden")
    String sak_soknaden();

    @Message("Kommuner i legevakten")
    String sak_legevakt_kommuner();

    @Message("Vaktbelastning i dag")
    String sak_vaktbelastning();

    @Message("{leger} leger i {deling}-delt {form}, {dogn} vaktdøgn per lege i året.")
    String sak_vakt_tekst(Integer leger, Integer deling, Integer dogn, String form);

    @Message("{#when form}{#is HJEMMEVAKT}hjemmevakt{#is TILSTEDEVAKT}tilstedevakt{#else}–{/when}")
    String vaktform(no.legevakttilskudd.regler.Vaktform form);

    @Message("Beregnet per lege (vaktklasse 1, omregning 5:1): {timer} timer og {dogn} vaktdøgn i året.")
    String sak_beregnet(String timer, int dogn);

    @Message("Tiltak og budsjett")
    String sak_tiltak();

    @Message("{#when kategori}{#is REKRUTTERING}Rekruttering{#is KOMPETANSE}Kompetanse{#is UTSTYR}Utstyr{#is LEGEVAKTBIL}Legevaktbil{#is DIGITALE_VERKTOY}Digitale verktøy{#is ANNET}Annet{/when}")
    String kategori(no.legevakttilskudd.soknad.TiltakKategori kategori);

    @Message("Formål")
    String sak_formal();

    @Message("Fakta fra kommuneregisteret")
    String sak_registerfakta();

    @Message("Sentralitetsklasse")
    String fakta_klasse();

    @Message("Sentralitetsindeks")
    String fakta_indeks();

    @Message("Folketall 1. januar {aar}")
    String fakta_folketall(int aar);

    @Message("Resultat etter reglene")
    String sak_regelresultat();

    @Message("Søknaden er ikke sendt, så reglene er ikke kjørt for den.")
    String sak_ingen_regelresultat();

    @Message("Plass {plass} i rekkefølgen, prioritetsgruppe {gruppe}.")
    String regel_plass(int plass, int gruppe);

    @Message("Ikke med i rekkefølgen.")
    String regel_utenfor();

    @Message("Tildelt etter reglene: {belop}.")
    String regel_tildelt(String belop);

    @Message("{#when status}{#is INNVILGET}Innvilget{#is DELVIS_INNVILGET}Delvis innvilget{#is VENTELISTE}Venteliste{#is AVSLATT}Avslag{#is AVVIST}Avvist{/when}")
    String tildelingsstatus(no.legevakttilskudd.regler.Tildelingsstatus status);

    @Message("Historikk")
    String sak_historikk();

    @Message("Tidspunkt")
    String kolonne_tidspunkt();

    @Message("Hvem")
    String kolonne_hvem();


    @Message("Endring")
    String kolonne_endring();

    @Message("Tildeling i «{tittel}»")
    String tildeling_tittel(String tittel);

    @Message("Brukt {brukt} av rammen på {ramme}; {igjen} igjen.")
    String tildeling_ramme_brukt(String brukt, String ramme, String igjen);

    @Message("Del av rammen som er brukt")
    String tildeling_ramme_maler();

    @Message("Prøv en annen ramme (hele kroner)")
    String tildeling_prov_ramme();

    @Message("Vis resultatet")
    String tildeling_prov();

    @Message("Viser hva en ramme på {ramme} ville gitt. Ingenting er endret.")
    String tildeling_provd(String ramme);

    @Message("Venteliste")
    String tildeling_venteliste();

    @Message("Ingen står på ventelisten.")
    String tildeling_ingen_venteliste();

    @Message("Plass")
    String kolonne_plass();

    @Message("Tildelt")
    String kolonne_tildelt();

    @Message("Gruppe")
    String kolonne_gruppe();

    @Message("Begrunnelse")
    String kolonne_begrunnelse();

    @Message("Tildeling etter reglene")
    String lenke_tildeling();

    @Message("Søknadene")
    String lenke_arbeidsliste();

    @Message("–")
    String ingen_verdi();
    // ---------- Skjema og feil (felles) ----------

    @Message("Du må rette dette før du kan gå videre")
    String feil_oppsummering_tittel();

    @Message("Til forsiden")
    String feil_til_forsiden();

    // ---------- Søknadsskjemaet ----------

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

    @Message("{#when form}{#is HJEMMEVAKT}Hjemmevakt{#is TILSTEDEVAKT}Tilstedevakt{/when}")
    String skjema_vaktform_valg(no.legevakttilskudd.regler.Vaktform form);

    @Message("Beregnet vaktbelastning per lege")
    String skjema_beregnet_tittel();

    @Message("{timer} timer og {dogn} vaktdøgn i året (vaktklasse 1, omregning 5:1).")
    String skjema_beregnet(String timer, int dogn);

    @Message("Fyll inn vaktdeling og vaktform, så regner vi ut timer og vaktdøgn per lege.")
    String skjema_beregnet_mangler();

    @Message("Lagre og regn ut")
    String skjema_beregn();

    @Message("Hva skal tilskuddet brukes til? Hvert tiltak har en kategori, en beskrivelse og budsjettlinjer i hele kroner.")
    String skjema_tiltak_ingress();

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

    @Message("{antall} byte")
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

    @Message("Søknaden er sendt og kan ikke endres. Ta kontakt med saksbehandler hvis noe må rettes.")
    String skjema_lest_sendt();

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

    @Message("Handling")
    String kolonne_handling();

    // ---------- Simulering og arbeidsliste ----------

    // ---------- Administrasjon ----------

}
