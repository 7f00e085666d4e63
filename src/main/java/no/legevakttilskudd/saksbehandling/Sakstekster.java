package no.legevakttilskudd.saksbehandling;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import no.legevakttilskudd.tildeling.Simuleringssammenligning;

/**
 * The case page's texts for assessment and decisions, in bokmål here; nynorsk and English in
 * messages/sakstekst_nn.properties and sakstekst_en.properties. Templates use {sakstekst:key}.
 */
@MessageBundle(value = "sakstekst", locale = "nb")
public interface Sakstekster {

    @Message("Vurdering")
    String sak_vurdering_tittel();

    @Message("Søknaden er ikke vurdert ennå.")
    String sak_vurdering_ingen();

    @Message("Godkjent budsjett {godkjent} av omsøkt {omsokt}. Sist lagret av {av} {tid}.")
    String sak_vurdering_status(String godkjent, String omsokt, String av, String tid);

    @Message("({antall} ganger etter hverandre; her det siste)")
    String sak_historikk_ganger(int antall);

    @Message("Vedlegg")
    String sak_vedlegg_tittel();

    @Message("Kommunen har ikke lagt ved noe.")
    String sak_vedlegg_ingen();

    @Message("PDF, {storrelse}, lastet opp {tid}")
    String sak_vedlegg_om(String storrelse, String tid);

    @Message("Kvalitet")
    String sak_kvalitet();


    @Message("Notat (internt, vises ikke for kommunen)")
    String sak_notat();

    @Message("Budsjettlinjer: kryss av for linjer som faller utenfor formålet")
    String sak_strok_tittel();

    @Message("Stryk «{tekst}» ({belop})")
    String sak_strok_etikett(String tekst, String belop);

    @Message("Hvorfor linjen strykes")
    String sak_strok_begrunnelse();

    @Message("Lagre vurderingen")
    String sak_lagre_vurdering();

    @Message("Vedtak")
    String sak_vedtak_tittel();

    @Message("Ingen vedtak ennå.")
    String sak_vedtak_ingen();

    @Message("Utfall")
    String sak_kolonne_utfall();

    @Message("Beløp")
    String sak_kolonne_belop();

    @Message("Foreslått")
    String sak_kolonne_foreslatt();

    @Message("Godkjent eller returnert")
    String sak_kolonne_behandlet();



    @Message("{hvem}, {tid}")
    String sak_av(String hvem, String tid);

    @Message("Kommentar: {kommentar}")
    String sak_returkommentar(String kommentar);

    @Message("Foreslå vedtak")
    String sak_foresla_tittel();

    @Message("Forslaget bygger på reglenes resultat. En annen person må godkjenne det før det kan sendes.")
    String sak_foresla_hjelp();

    @Message("Utfall")
    String sak_utfall_etikett();

    @Message("Beløp (hele kroner; 0 ved avslag)")
    String sak_belop();

    @Message("Begrunnelse (kriteriene og faktaene vedtaket bygger på)")
    String sak_begrunnelse();

    @Message("Foreslå vedtaket")
    String sak_foresla();

    @Message("Godkjenn vedtaket")
    String sak_godkjenn();

    @Message("Kommentar til saksbehandler")
    String sak_kommentar();

    @Message("Send tilbake")
    String sak_returner();

    @Message("Send vedtaket til kommunen")
    String sak_send();

    @Message("Du foreslo dette vedtaket; en annen godkjenner må godkjenne det.")
    String sak_egen_forslag();

    @Message("{#when melding}{#is 'vurdering-lagret'}Vurderingen er lagret.{#is 'vedtak-foreslatt'}Vedtaket er foreslått og venter på godkjenning.{#is 'vedtak-godkjent'}Vedtaket er godkjent.{#is 'vedtak-returnert'}Vedtaket er sendt tilbake til saksbehandler.{#is 'vedtak-sendt'}Vedtaket er sendt til kommunen.{#is 'utbetaling-registrert'}Utbetalingen er registrert.{#is 'klage-behandlet'}Utfallet av klagen er registrert.{#is 'rapport-godkjent'}Rapporten er godkjent.{#is 'rapport-mer'}Kommunen er bedt om mer.{#is 'sporsmal-sendt'}Spørsmålet er sendt til kommunen.{#is 'sak-tatt'}Du har tatt saken.{#is 'inhabil-erklart'}Du er registrert som inhabil i saken.{#is 'inhabil-trukket'}Erklæringen om inhabilitet er trukket tilbake.{#is 'endring-avgjort'}Endringssøknaden er avgjort, og endringsbrevet er sendt til kommunen.{#is 'endring-til-godkjenning'}Innvilgelsen venter på godkjenning fra en annen.{#is 'endring-godkjent'}Endringen er godkjent, og endringsbrevet er sendt til kommunen.{#is 'endring-returnert'}Endringen er sendt tilbake til saksbehandler.{#is 'tilbakebetaling-krevd'}Kravet om tilbakebetaling er sendt til kommunen.{#is 'tilbakebetaling-innbetalt'}Innbetalingen er ført.{#is 'tilbakebetaling-motregnet'}Motregningen er ført.{#else}{/when}")
    String sak_melding(String melding);

    @Message("Habilitet")
    String sak_habilitet_tittel();

    @Message("Ingen har erklært seg inhabil i saken.")
    String sak_habilitet_ingen();

    @Message("{person} erklærte seg inhabil {tid}")
    String sak_habilitet_erklart(String person, String tid);

    @Message("Trukket tilbake {tid}")
    String sak_habilitet_trukket(String tid);

    @Message("{antall} {antall == 1 ? 'erklæring' : 'erklæringer'} trukket tilbake")
    String sak_habilitet_trukne(int antall);

    @Message("Du har erklært deg inhabil i denne saken. Du kan lese den, men ikke vurdere, foreslå, godkjenne, returnere eller sende vedtak i den, og den vises ikke i godkjenningskøen din.")
    String sak_habilitet_du_er_inhabil();

    @Message("Er du inhabil etter forvaltningsloven § 6, for eksempel fordi du er i nær familie med noen i kommunens ledelse, erklærer du det her. Da kan du ikke vurdere, foreslå, godkjenne, returnere eller sende vedtak i saken.")
    String sak_habilitet_hjelp();

    @Message("Hvorfor er du inhabil?")
    String sak_habilitet_begrunnelse();

    @Message("Erklær meg inhabil")
    String sak_habilitet_erklaer();

    @Message("Hvorfor trekkes erklæringen tilbake?")
    String sak_habilitet_trekk_begrunnelse();

    @Message("Trekk erklæringen tilbake")
    String sak_habilitet_trekk();

    @Message("Vedtak {id}")
    String sak_historikk_vedtak(String id);

    @Message("Vedtak til godkjenning")
    String godkjenning_tittel();

    @Message("Vedtak som er foreslått, eldste først. Den som foreslo et vedtak, kan ikke godkjenne det selv (fire øyne).")
    String godkjenning_hjelp();

    @Message("Utlysning")
    String godkjenning_filter_utlysning();

    @Message("Alle utlysninger")
    String godkjenning_alle_utlysninger();

    @Message("Vis")
    String godkjenning_vis();

    @Message("Godkjent og sendt i «{utlysning}»: {brukt} av rammen på {ramme}; {igjen} igjen.")
    String godkjenning_ramme(String utlysning, String brukt, String ramme, String igjen);

    @Message("{#when antall.toString}{#is '0'}Ingen vedtak venter på godkjenning.{#is '1'}1 vedtak venter på godkjenning.{#else}{antall} vedtak venter på godkjenning.{/when}")
    String godkjenning_antall(Long antall);

    @Message("Foreslått av {hvem}, {tid}")
    String godkjenning_foreslatt_av(String hvem, String tid);

    @Message("Åpne saken")
    String godkjenning_apne_sak();

    @Message("Godkjent, ikke sendt")
    String godkjenning_godkjente_tittel();

    @Message("Ingen godkjente vedtak venter på å bli sendt.")
    String godkjenning_godkjente_ingen();

    @Message("Godkjent av")
    String godkjenning_kolonne_godkjent_av();

    @Message("Erstatter vedtak {id}")
    String godkjenning_erstatter(Long id);

    @Message("Kommentar til saksbehandler om vedtaket for {kommune}")
    String godkjenning_kommentar_for(String kommune);

    @Message("Viser de {vist} eldste av {totalt}.")
    String godkjenning_viser(Integer vist, Long totalt);

    @Message("Klar til utbetaling: akseptert, ikke utbetalt fullt ut")
    String oppfolging_utbetaling_tittel();

    @Message("Ingen aksepterte tilskudd venter på utbetaling.")
    String oppfolging_utbetaling_ingen();

    @Message("Gjenstår å utbetale")
    String oppfolging_kolonne_gjenstar();

    @Message("Akseptert")
    String oppfolging_kolonne_akseptert();

    @Message("Rapporter til behandling")
    String oppfolging_rapporter_tittel();

    @Message("Ingen rapporter venter på behandling.")
    String oppfolging_rapporter_ingen();

    @Message("Ubrukt")
    String oppfolging_kolonne_ubrukt();

    @Message("Sendt inn")
    String oppfolging_kolonne_innsendt();

    @Message("etter fristen")
    String oppfolging_for_sen();

    @Message("Kommunen aksepterte vilkårene {tid}; konto {konto}.")
    String sak_aksept(String tid, String konto);

    @Message("Kommunen har ikke akseptert vilkårene ennå.")
    String sak_ikke_akseptert();

    @Message("Utbetalt {utbetalt} av {tilskudd}.")
    String sak_utbetalt(String utbetalt, String tilskudd);

    @Message("Utbetalt beløp (hele kroner)")
    String sak_utbetaling_belop();

    @Message("Utbetalingsdato")
    String sak_utbetaling_dato();

    @Message("Registrer utbetalingen")
    String sak_registrer_utbetaling();

    @Message("Vedtaksbrevet for vedtak {vedtak} ")
    String sak_brev(Long vedtak);

    @Message("Klage fra kommunen, {tid}")
    String sak_klage(String tid);

    @Message("Etter fristen")
    String sak_klage_for_sen();

    @Message("Medhold ({hvem}); et rettet vedtak foreslås som vanlig.")
    String sak_klage_medhold(String hvem);

    @Message("Ikke medhold ({hvem}); sendt til klageinstansen {dato}.")
    String sak_klage_ikke_medhold(String hvem, String dato);

    @Message("Utfall av klagen")
    String sak_klage_utfall();

    @Message("Medhold: vedtaket rettes")
    String sak_klage_valg_medhold();

    @Message("Ikke medhold: sendes til klageinstansen")
    String sak_klage_valg_ikke_medhold();

    @Message("Dato sendt til klageinstansen")
    String sak_klage_oversendt();

    @Message("Registrer utfallet")
    String sak_klage_registrer();

    @Message("Venter på kommunen: vilkår ikke akseptert")
    String paminnelser_tittel();

    @Message("Ingen sendte tilskudd venter på aksept.")
    String paminnelser_ingen();

    @Message("{#when dager.toString}{#is '0'}i dag{#is '1'}1 dag siden{#else}{dager} dager siden{/when}")
    String paminnelser_dager(Long dager);

    @Message("Foreslå vedtak for alle reglene har avgjort")
    String tildeling_foresla();

    @Message("Søknader som allerede har et vedtak, og ventelisten, hoppes over. Hvert forslag må godkjennes av en annen.")
    String tildeling_foresla_hjelp();

    @Message("{#when antall.toString}{#is '0'}Ingen nye forslag: alle avgjorte søknader har allerede vedtak.{#is '1'}1 vedtak er foreslått.{#else}{antall} vedtak er foreslått.{/when}")
    String tildeling_foreslatt(Integer antall);

    @Message("Bundet i godkjente og sendte vedtak: {bundet}. Ledig for nye tildelinger: {ledig}.")
    String tildeling_bundet(String bundet, String ledig);

    @Message("Neste i køen for de ledige midlene")
    String tildeling_neste_tittel();

    @Message("Søknadene under har ikke vedtak ennå og får av det som er ledig av rammen. Vedtak som er godkjent eller sendt, endres ikke.")
    String tildeling_neste_hjelp();

    @Message("Ingen flere får av rammen nå: det som er ledig, rekker ikke til den neste i køen, eller alle har vedtak.")
    String tildeling_neste_ingen();

    @Message("har vedtak")
    String tildeling_har_vedtak();

    @Message("Rapport fra kommunen, {tid}")
    String sak_rapport(String tid);

    @Message("Tiltak {tiltak} ({brukt})")
    String sak_rapport_linje(int tiltak, String brukt);

    @Message("Brukt {brukt}; ubrukt {ubrukt} skal betales tilbake.")
    String sak_rapport_sum(String brukt, String ubrukt);

    @Message("{#when status}{#is SENDT}Venter på behandling.{#is GODKJENT}Godkjent.{#is MER_INFO}Kommunen er bedt om mer.{/when}")
    String sak_rapport_status(no.legevakttilskudd.vedtak.rapport.RapportStatus status);

    @Message("Kommentar til kommunen (påkrevd når du ber om mer)")
    String sak_rapport_kommentar();

    @Message("Godkjenn rapporten")
    String sak_rapport_godkjenn();

    @Message("Be om mer")
    String sak_rapport_be_om_mer();

    @Message("Venter på kommunen: rapport mangler nær eller etter fristen")
    String paminnelser_rapport_tittel();

    @Message("Ingen tilskudd mangler rapport nå.")
    String paminnelser_rapport_ingen();

    @Message("Grunnlaget for vedtaket")
    String grunnlag_tittel();

    @Message("Grunnlaget for vedtak {vedtak}")
    String grunnlag_tittel_for(Long vedtak);

    @Message("Regler")
    String grunnlag_regler();

    @Message("Versjon {versjon}, beregnet {tid}")
    String grunnlag_regler_verdi(String versjon, String tid);

    @Message("Kommuneregister")
    String grunnlag_register();

    @Message("Versjon {versjon}: {kilde}")
    String grunnlag_register_verdi(Long versjon, String kilde);

    @Message("Sentralitet (SSB)")
    String grunnlag_sentralitet();

    @Message("Klasse {klasse}, indeks {indeks}; ordningen gjelder klasse {klasser}")
    String grunnlag_sentralitet_verdi(int klasse, int indeks, String klasser);

    @Message("Folketall")
    String grunnlag_folketall();

    @Message("{folketall} 1. januar {aar}; grensen er under {grense}")
    String grunnlag_folketall_verdi(String folketall, int aar, String grense);

    @Message("Legevakten og prioritetsgruppen")
    String grunnlag_prioritet();

    @Message("{kommuner} {#if kommuner == 1}kommune{#else}kommuner{/if}, prioritetsgruppe {gruppe}")
    String grunnlag_prioritet_verdi(int kommuner, int gruppe);

    @Message("Plass i rekkefølgen")
    String grunnlag_rekkefolge();

    @Message("{plass} av {antall}")
    String grunnlag_rekkefolge_verdi(Integer plass, int antall);

    @Message("Utenfor rekkefølgen (ikke kvalifisert eller for sen)")
    String grunnlag_utenfor_rekkefolgen();

    @Message("Beregning")
    String grunnlag_beregning();

    @Message("Omsøkt {omsokt}, godkjent budsjett {godkjent}, tak {tak}: {beregnet} før rammen")
    String grunnlag_beregning_verdi(String omsokt, String godkjent, String tak, String beregnet);

    @Message("ikke vurdert")
    String grunnlag_ikke_vurdert();

    @Message("Rammen")
    String grunnlag_ramme();

    @Message("{foran} igjen da turen kom til søknaden; reglene ga {tildelt}")
    String grunnlag_ramme_verdi(String foran, String tildelt);

    @Message("Rammen spilte ingen rolle; reglene ga {tildelt}")
    String grunnlag_ramme_utenfor(String tildelt);

    @Message("Årsaker")
    String grunnlag_arsaker();

    @Message("Vedtaket ble foreslått før grunnlaget ble lagret med vedtakene; begrunnelsen står.")
    String grunnlag_mangler();

    @Message("Kontroller grunnlaget for vedtak {vedtak}")
    String kontroll_lenke(Long vedtak);

    @Message("Kontroll av vedtak {vedtak}")
    String kontroll_tittel(Long vedtak);

    @Message("Dagens regler er kjørt på grunnlaget som ble lagret med vedtaket og på dagens data. Kontrollen endrer ikke vedtaket, grunnlaget eller brevet.")
    String kontroll_hjelp();

    @Message("Vedtaket: {status}, {utfall}, {belop}")
    String kontroll_vedtaket(String status, String utfall, String belop);

    @Message("Ingenting skiller: vedtaket ville blitt beregnet på samme måte i dag.")
    String kontroll_uendret();

    @Message("Endret i reglene")
    String kontroll_regelendringer();

    @Message("Endret i dataene (parametre, register, vurdering, søknad)")
    String kontroll_dataendringer();

    @Message("Hva dagens regler gir på dagens data")
    String kontroll_utfall();

    @Message("Ingen forskjeller.")
    String kontroll_ingen();

    @Message("Hva")
    String kontroll_kolonne_hva();

    @Message("I vedtaket")
    String kontroll_kolonne_lagret();

    @Message("I dag")
    String kontroll_kolonne_naa();

    @Message("Hvorfor")
    String kontroll_kolonne_hvorfor();

    @Message("{#when kilde}{#is REGLER}Reglene{#is PARAMETRE}Utlysningens parametre{#is REGISTER}Kommuneregisteret{#is VURDERING}Vurderingen{#is SOKNAD}Søknaden{#is RESULTAT}Resultatet{/when}")
    String kontroll_kilde(no.legevakttilskudd.regler.Vedtakskontroll.Kilde kilde);

    @Message("Tilbake til saken")
    String kontroll_tilbake();

    @Message("Ingen verdi")
    String kontroll_mangler();

    @Message("{#when endring}{#is UENDRET}Uendret{#is ENDRET}Endret{#is NY_TILDELING}Ny tildeling{#is FALLER_UT}Faller "
            + "ut{/when}")
    String simulering_endring(Simuleringssammenligning.Endring endring);

    @Message("Saker")
    String liste_saker();

    @Message("Mine saker")
    String liste_saker_mine();

    @Message("Ufordelte")
    String liste_saker_ufordelt();

    @Message("Venter på kommunen")
    String liste_saker_venter();

    @Message("Kommunens frist er ute")
    String liste_saker_forfalt();

    @Message("Saksansvarlig")
    String liste_kolonne_ansvarlig();

    @Message("Ufordelt")
    String liste_ufordelt();

    @Message("Fordel saker")
    String liste_fordel_tittel();

    @Message("Kryss av sakene i listen, velg saksbehandler og fordel.")
    String liste_fordel_hjelp();

    @Message("Til saksbehandler")
    String liste_fordel_til();

    @Message("Fordel valgte saker")
    String liste_fordel_knapp();

    @Message("Ingen saksbehandlere har åpnet Legevakttilskudd ennå, så ingen kan få saker.")
    String liste_ingen_saksbehandlere();

    @Message("Lagrede filtre")
    String liste_filtre_tittel();

    @Message("Lagre filteret over som")
    String liste_filter_navn();

    @Message("Lagre filteret")
    String liste_filter_lagre();

    @Message("Saken er ikke fordelt.")
    String sak_ufordelt();

    @Message("Ta saken")
    String sak_ta();

    @Message("Velg {referanse}")
    String liste_velg(String referanse);

    @Message("Slett «{navn}»")
    String liste_filter_slett(String navn);

    @Message("Saksansvarlig: {navn}")
    String sak_ansvarlig(String navn);

    @Message("{#when melding}{#is 'fordelt'}Sakene er fordelt.{#is 'filter-lagret'}Filteret er lagret.{#is 'filter-slettet'}Filteret er slettet.{#else}{/when}")
    String liste_melding(String melding);

    @Message("Last ned saksmappen (ZIP)")
    String sak_saksmappe();
}
