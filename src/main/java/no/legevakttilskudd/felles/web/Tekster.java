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

    @Message("Handling")
    String kolonne_handling();

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

    // ---------- Simulering og arbeidsliste ----------

    // ---------- Administrasjon ----------

}
