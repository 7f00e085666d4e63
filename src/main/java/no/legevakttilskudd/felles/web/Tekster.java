package no.legevakttilskudd.felles.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

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

    @Message("{#when dager.toString}{#is '0'}siste dag{#is '1'}1 dag igjen{#else}{dager} dager igjen{/when}")
    String frist_dager_igjen(Long dager);

    @Message("fristen er ute")
    String frist_gatt_ut();

    @Message("Utlysninger")
    String saksbehandling_utlysninger();

    @Message("Søknader i «{tittel}»")
    String arbeidsliste_tittel(String tittel);

    @Message("{#when antall.toString}{#is '1'}1 søknad{#else}{antall} søknader{/when}")
    String arbeidsliste_antall(Long antall);

    @Message("Filtrer")
    String filter_bruk();

    @Message("Alle")
    String filter_alle();

    @Message("Fylke")
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

    // Søknadsskjemaets tekster står i soknad/Skjematekster.

    @Message("Handling")
    String kolonne_handling();

    // ---------- Simulering og arbeidsliste ----------

    @Message("Simulering")
    String meny_simulering();

    @Message("Utbetalinger")
    String meny_utbetalinger();

    @Message("Vedtak til godkjenning")
    String meny_vedtak();

    @Message("Vedtaksbrev, {referanse}")
    String brev_side_tittel(String referanse);

    @Message("Tilbake til saken")
    String brev_tilbake_sak();

    @Message("Tilbake til søknaden")
    String brev_tilbake_soknad();

    @Message("Last ned brevet som PDF")
    String brev_last_ned();

    @Message("Brevet slik det ble sendt {tid}. Brevet er på bokmål.")
    String brev_forklaring(String tid);

    @Message("Simuler med andre regelparametre")
    String lenke_simulering();

    @Message("Simulering av tildelingen")
    String simulering_tittel();

    @Message("Prøv andre regelparametre på en utlysnings søknader, eller på søknader fra en CSV-fil, og se resultatet ved "
            + "siden av det utlysningens egne parametre gir. Ingenting lagres.")
    String simulering_ingress();

    @Message("Utlysning")
    String simulering_velg_utlysning();

    @Message("Velg utlysning")
    String simulering_velg();

    @Message("Det finnes ingen utlysninger ennå.")
    String simulering_ingen_utlysninger();

    @Message("Regelparametre")
    String simulering_parametre();

    @Message("Sentralitetsklasser som kvalifiserer")
    String simulering_klasser();

    @Message("Klasse {klasse}")
    String simulering_klasse(int klasse);

    @Message("Folketallsgrense (færre innbyggere enn)")
    String simulering_grense();

    @Message("Tak per kommune (hele kroner)")
    String simulering_tak();

    @Message("Minstebeløp (hele kroner)")
    String simulering_minstebelop();

    @Message("Ramme (hele kroner)")
    String simulering_ramme();

    @Message("Når rammen ikke strekker til for den neste")
    String simulering_marginal_etikett();

    @Message("{#when regel}{#is PARTIAL}Den neste får resten av rammen (delvis tildeling){#is SKIP}Hopp over den og gi til "
            + "de neste som får plass{#is STOP}Stopp fordelingen{/when}")
    String simulering_marginal(no.legevakttilskudd.regler.Marginalregel regel);

    @Message("Søknader fra CSV-fil (valgfritt)")
    String simulering_fil();

    @Message("Uten fil brukes utlysningens innsendte søknader. Kolonner: "
            + "referanse;kommunenummer;legevakt_kommuner;omsokt;godkjent_budsjett;sendt. UTF-8, høyst 5 000 søknader.")
    String simulering_fil_hjelp();

    @Message("Vis bare søknader med endret resultat")
    String simulering_bare_endringer();

    @Message("Simuler")
    String simulering_simuler();

    @Message("Tilbake til utlysningens parametre")
    String simulering_tilbakestill();

    @Message("Nå og simulert")
    String simulering_resultat();

    @Message("Resultatet med utlysningens parametre")
    String simulering_naa_tittel();

    @Message("Søknadene er fra filen «{fil}». Velg filen igjen for å simulere den på nytt.")
    String simulering_fra_fil(String fil);

    @Message("Søknadene er utlysningens innsendte søknader.")
    String simulering_fra_utlysning();

    @Message("{#when antall}{#is 0L}Ingen søknader får endret resultat.{#is 1L}1 søknad får endret resultat.{#else}{antall} "
            + "søknader får endret resultat.{/when}")
    String simulering_antall_endret(long antall);

    @Message("Nå")
    String simulering_naa();

    @Message("Simulert")
    String simulering_simulert();

    @Message("Summer")
    String simulering_summer();

    @Message("Per søknad, i simulert rekkefølge")
    String simulering_per_soknad();

    @Message("Ramme")
    String simulering_sum_ramme();

    @Message("Brukt av rammen")
    String simulering_sum_brukt();

    @Message("Igjen av rammen")
    String simulering_sum_igjen();

    @Message("Antall som får tilskudd")
    String simulering_sum_tildelt();

    @Message("På ventelisten")
    String simulering_sum_venteliste();

    @Message("Plass nå")
    String kolonne_plass_naa();

    @Message("Plass simulert")
    String kolonne_plass_simulert();

    @Message("Status nå")
    String kolonne_status_naa();

    @Message("Status simulert")
    String kolonne_status_simulert();

    @Message("Tildelt nå")
    String kolonne_tildelt_naa();

    @Message("Tildelt simulert")
    String kolonne_tildelt_simulert();

    @Message("Skriv et helt tall, for eksempel 1500000.")
    String simulering_feil_heltall();

    @Message("Velg klasser fra 1 til 6.")
    String simulering_feil_klasser();

    @Message("Velg hva som skjer når rammen ikke strekker til.")
    String simulering_feil_marginal();

    @Message("Linje {linje}: {melding}")
    String simulering_feil_linje(int linje, String melding);

    @Message("Linje {linje}, kolonne {kolonne}: {melding}")
    String simulering_feil_linje_kolonne(int linje, String kolonne, String melding);

    @Message("Prioritetsgruppe")
    String filter_gruppe();

    @Message("Søk")
    String filter_sok();

    @Message("Kommunens navn eller nummer, eller referansen")
    String filter_sok_hjelp();

    @Message("Gruppe {gruppe}")
    String filter_gruppe_verdi(int gruppe);

    @Message("Kvalifisert etter reglene")
    String filter_kvalifisert();

    @Message("Ja")
    String filter_ja();

    @Message("Nei")
    String filter_nei();

    @Message("Kvalifisert")
    String kolonne_kvalifisert();

    @Message("Per status:")
    String arbeidsliste_per_status();

    @Message("Sortert etter {kolonne}, {#if synkende}synkende{#else}stigende{/if}.")
    String arbeidsliste_sortert(String kolonne, boolean synkende);

    @Message("Filtrene på gruppe og kvalifisering gjelder søknader reglene har vurdert, altså ikke trukne.")
    String arbeidsliste_uten_regelresultat();

    // ---------- Administrasjon ----------

    @Message("Administrasjon")
    String meny_administrasjon();

    @Message("Statistikk")
    String meny_statistikk();

    @Message("Utlysninger med ramme og regelparametre, og kommuneregisteret som reglene bruker.")
    String admin_ingress();

    @Message("Utlysninger")
    String admin_utlysninger_tittel();

    @Message("{#when antall}{#is 0}Ingen utlysninger ennå.{#is 1}1 utlysning.{#else}{antall} utlysninger.{/when}")
    String admin_utlysninger_antall(int antall);

    @Message("Ny utlysning")
    String admin_ny_utlysning();

    @Message("Det er ingen utlysninger ennå. Lag den første med «Ny utlysning».")
    String admin_ingen_utlysninger();

    @Message("Tittel")
    String admin_kolonne_tittel();

    @Message("År")
    String admin_kolonne_aar();

    @Message("Ramme")
    String admin_kolonne_ramme();

    @Message("Tilskuddsår")
    String admin_felt_aar();

    @Message("Tittel (bokmål)")
    String admin_felt_tittel();

    @Message("Tittel på nynorsk")
    String admin_felt_tittel_nn();

    @Message("Tittel på engelsk")
    String admin_felt_tittel_en();

    @Message("Vises på sider på nynorsk og engelsk. Står feltet tomt, vises bokmålstittelen.")
    String admin_hjelp_tittel_oversatt();

    @Message("Kontakt for kommunene")
    String admin_kontakt();

    @Message("Hvem kommunene kan spørre om utlysningen og søknaden, på søknadssidene og i vedtaksbrevet. Står feltene tomme,"
            + " gjelder direktoratets egne kontaktopplysninger: {navn}, {epost}, telefon {telefon}.")
    String admin_kontakt_hjelp(String navn, String epost, String telefon);

    @Message("Seksjon eller person")
    String admin_felt_kontakt_navn();

    @Message("E-post")
    String admin_felt_kontakt_epost();

    @Message("Telefon")
    String admin_felt_kontakt_telefon();

    @Message("Åpner (norsk tid)")
    String admin_felt_apner();

    @Message("Søknadsfrist (norsk tid)")
    String admin_felt_soknadsfrist();

    @Message("Dato og klokkeslett i norsk tid, for eksempel 18.05.2022 23:59.")
    String admin_hjelp_tid();

    @Message("Dag, måned og år, for eksempel 15.03.2026.")
    String hjelp_dato();

    @Message("Rapportfrist")
    String admin_felt_rapportfrist();

    @Message("Siste dag for kommunenes rapport om tilskuddet, for eksempel 01.04.2023. Må være etter søknadsfristen. "
            + "Står feltet tomt, blir fristen 1. april året etter tilskuddsåret.")
    String admin_hjelp_rapportfrist();

    @Message("Ramme (hele kroner)")
    String admin_felt_ramme();

    @Message("For eksempel 50 000 000. Senere endringer av rammen gjøres med begrunnelse på utlysningens side.")
    String admin_hjelp_ramme();

    @Message("Regelparametre")
    String admin_regelparametre();

    @Message("Tomme felt får standardverdiene fra 2022.")
    String admin_regelparametre_hjelp();

    @Message("Sentralitetsklasser som kan søke")
    String admin_felt_klasser();

    @Message("Klasse {klasse}")
    String admin_klasse(int klasse);

    @Message("Folketallsgrense (færre enn)")
    String admin_felt_folketallsgrense();

    @Message("Referanseår for folketall")
    String admin_felt_folketall_aar();

    @Message("Tomt felt: folketallet som står i registeret.")
    String admin_hjelp_folketall_aar();

    @Message("Tak per kommune (hele kroner)")
    String admin_felt_tak();

    @Message("Minstebeløp (hele kroner)")
    String admin_felt_minstebelop();

    @Message("Når en søknad ikke får plass i resten av rammen")
    String admin_felt_marginal();

    @Message("{#when regel}{#is PARTIAL}Den får resten av rammen, og fordelingen stopper{#is SKIP}Den hoppes over, og"
            + " fordelingen fortsetter med mindre beløp{#is STOP}Fordelingen stopper{/when}")
    String marginal(no.legevakttilskudd.regler.Marginalregel regel);

    @Message("Klage og publisering")
    String admin_klage_og_publisering();

    @Message("Vedtaket kan påklages")
    String admin_felt_klageadgang();

    @Message("Tekst om klageadgang i vedtaksbrevet")
    String admin_felt_klagetekst();

    @Message("Påkrevd når vedtaket kan påklages. Skriv hvem som behandler klagen (klageinstansen) og annet kommunen bør vite. "
            + "Klagefristen står alltid i brevet, med regelen og datoen; skriv den ikke her.")
    String admin_hjelp_klagetekst();

    @Message("Publisert (åpen for søknader fra tidspunktet den åpner)")
    String admin_felt_publisert();

    @Message("Vedtak fortløpende, også før søknadsfristen")
    String admin_felt_fortlopende();

    @Message("Uten avkrysning foreslås, godkjennes og sendes vedtak først etter søknadsfristen, fordi rekkefølgen i runden avhenger av alle søknadene. Kryss av bare når søknadene skal avgjøres etter hvert som de kommer. Endringen føres i hendelsesloggen.")
    String admin_hjelp_fortlopende();

    @Message("{#if fortlopende}Vedtak fattes fortløpende, også før søknadsfristen.{#else}Vedtak fattes etter søknadsfristen ({frist}).{/if}")
    String utlysning_vedtaksform(boolean fortlopende, String frist);

    @Message("Opprett utlysningen")
    String admin_opprett();

    @Message("Lagre endringene")
    String admin_lagre();

    @Message("Avbryt")
    String admin_avbryt();

    @Message("Endre utlysningen")
    String admin_endre_tittel();

    @Message("Utkast")
    String admin_publiser_tittel();

    @Message("Utlysningen er ikke publisert. Når den publiseres, åpner den for søknader {tid}, eller med en gang hvis tidspunktet er passert.")
    String admin_publiser_hjelp(String tid);

    @Message("Publiser")
    String admin_publiser();

    @Message("Utlysningen er avgjort og kan ikke endres.")
    String admin_avgjort();

    @Message("Rammen er {ramme}.")
    String admin_ramme_naa(String ramme);

    @Message("Velg blant tiltakskategoriene i listen.")
    String admin_feil_kategorier();

    @Message("Tiltakskategorier utlysningen gir tilskudd til")
    String admin_felt_kategorier();

    @Message("Ingen kryss betyr alle. Budsjett i en kategori utlysningen ikke gir tilskudd til, strykes av reglene og tildeles aldri.")
    String admin_hjelp_kategorier();

    @Message("Lyser ut resten av")
    String admin_felt_gjenutlysning();

    @Message("Velg en utlysning med utløpt frist for å lyse ut det den ikke har bundet. Rammen blir det den utlysningen ikke binder; la rammen stå tom.")
    String admin_hjelp_gjenutlysning();

    @Message("Ingen – en vanlig utlysning med egen ramme")
    String admin_gjenutlysning_ingen();

    @Message("Runden")
    String admin_runde_tittel();

    @Message("Lyser ut resten av")
    String admin_runde_forste();

    @Message("Resten er lyst ut på nytt i")
    String admin_runde_gjenutlyst();

    @Message("Gir tilskudd til alle tiltakskategorier.")
    String admin_runde_alle_kategorier();

    @Message("Gir tilskudd til:")
    String admin_runde_kategorier();

    @Message("{antall} kommuner kvalifiserer etter reglene og registeret.")
    String admin_runde_kvalifiserte(int antall);

    @Message("Direktoratet oppga {antall}.")
    String admin_runde_publisert(int antall);

    @Message("Registeret bygger på SSBs sentralitetsindeks fra 2024, ikke på den versjonen direktoratet brukte, så noen kommuner har en annen klasse; se docs/data.md, «De ekte rundene».")
    String admin_runde_forskjell();

    @Message("Kilde:")
    String admin_runde_kilde();

    @Message("Last ned arkivuttrekk (Noark 5, alle sendte saker med dokumentene)")
    String admin_arkivuttrekk();

    @Message("Endre ramme")
    String admin_ramme_tittel();

    @Message("Ny ramme (hele kroner)")
    String admin_felt_ny_ramme();

    @Message("For eksempel 62 000 000.")
    String admin_hjelp_ny_ramme();

    @Message("Begrunnelse")
    String admin_felt_begrunnelse();

    @Message("Påkrevd. Står i historikken og i hendelsesloggen.")
    String admin_hjelp_begrunnelse();

    @Message("Endre rammen")
    String admin_endre_ramme();

    @Message("Historikk for rammen")
    String admin_rammehistorikk();

    @Message("Fra")
    String admin_kolonne_fra();

    @Message("Til")
    String admin_kolonne_til();

    @Message("{#when melding}{#is 'opprettet'}Utlysningen er opprettet.{#is 'lagret'}Endringene er lagret.{#is"
            + " 'publisert'}Utlysningen er publisert.{#is 'ramme'}Rammen er endret.{#else}{/when}")
    String admin_melding(String melding);

    @Message("Skriv et helt tall.")
    String admin_feil_tall();

    @Message("Skriv beløpet i hele kroner, for eksempel 62 000 000.")
    String admin_feil_belop();

    @Message("Skriv dato og klokkeslett som 18.05.2022 23:59.")
    String admin_feil_tid();

    @Message("Skriv datoen som 01.04.2023.")
    String admin_feil_dato();

    @Message("Sentralitetsklassene er 1–6.")
    String admin_feil_klasser();

    @Message("Velg en av reglene.")
    String admin_feil_marginal();

    @Message("Kommuneregisteret")
    String admin_register_tittel();

    @Message("Aktiv versjon {id} med {antall} kommuner, lastet inn {tid}.")
    String admin_register_aktiv_kort(long id, int antall, String tid);

    @Message("Versjon {id} av kommuneregisteret er tatt i bruk.")
    String admin_register_brukt(long id);

    @Message("Aktiv versjon")
    String admin_register_aktiv();

    @Message("Versjon")
    String admin_register_versjon();

    @Message("Kilde")
    String admin_register_kilde();

    @Message("Sentralitetsindeks")
    String admin_register_indeksversjon();

    @Message("Ikke oppgitt for denne versjonen")
    String admin_register_indeksversjon_ukjent();

    @Message("Lastet inn")
    String admin_register_lastet_inn();

    @Message("Kommuner")
    String admin_register_antall();

    @Message("Alle versjoner")
    String admin_register_versjoner();

    @Message("Aktiv")
    String admin_register_aktiv_tag();

    @Message("Last opp ny versjon")
    String admin_register_last_opp();

    @Message("CSV i UTF-8 med kolonnene kommunenummer, kommunenavn, fylkesnummer, fylkesnavn, sentralitetsklasse,"
            + " sentralitetsindeks, folketall og folketall_aar (valgfritt organisasjonsnummer), skilt med komma eller"
            + " semikolon. Du ser endringene før noe lagres.")
    String admin_register_last_opp_hjelp();

    @Message("CSV-fil")
    String admin_felt_fil();

    @Message("Kilde (valgfritt)")
    String admin_felt_kilde();

    @Message("For eksempel «SSB tabell 07459, 1.1.2025». Tomt felt: filnavnet.")
    String admin_hjelp_kilde();

    @Message("Se endringene")
    String admin_forhandsvis();

    @Message("Velg en CSV-fil.")
    String admin_feil_velg_fil();

    @Message("Filen er større enn {maks}.")
    String admin_feil_for_stor(String maks);

    @Message("Filen må være lagret som UTF-8.")
    String admin_feil_utf8();

    @Message("Filen fra forhåndsvisningen kom ikke fram uendret. Last opp filen på nytt.")
    String admin_feil_innhold_endret();

    @Message("Endringer i kommuneregisteret")
    String admin_forhandsvisning_tittel();

    @Message("{fil} har {antall} kommuner. Slik endrer den registeret sammenlignet med aktiv versjon {mot}. Ingenting er lagret ennå.")
    String admin_forhandsvisning_ingress(String fil, int antall, long mot);

    @Message("Kommuneregisteret er endret siden du lastet opp filen. Endringene under er regnet mot versjonen som er"
            + " aktiv nå. Se over dem før du bruker filen.")
    String admin_register_endret_siden();

    @Message("SHA-256 for filen")
    String admin_sha256();

    @Message("Sammendrag")
    String admin_sammendrag();

    @Message("Nye kommuner: {antall}")
    String admin_lagt_til(int antall);

    @Message("Kommuner som fjernes: {antall}")
    String admin_fjernet(int antall);

    @Message("Endret sentralitetsklasse: {antall}")
    String admin_klasse_endret(int antall);

    @Message("Endret folketall: {antall}")
    String admin_folketall_endret(int antall);

    @Message("Andre endringer (navn, fylke, sentralitetsindeks eller organisasjonsnummer): {antall}")
    String admin_andre_endret(int antall);

    @Message("Filen er lik den aktive versjonen. Du kan likevel ta den i bruk som en ny versjon.")
    String admin_ingen_endringer();

    @Message("Folketall (år)")
    String admin_kolonne_folketall();

    @Message("{tall} ({aar})")
    String admin_folketall_med_aar(String tall, int aar);

    @Message("Ta i bruk")
    String admin_bekreft_tittel();

    @Message("Den nye versjonen blir aktiv med kilden «{kilde}». Den gamle beholdes for utlysningene som bruker den.")
    String admin_bekreft_hjelp(String kilde);

    @Message("Bruk denne versjonen")
    String admin_bruk_versjonen();

}
