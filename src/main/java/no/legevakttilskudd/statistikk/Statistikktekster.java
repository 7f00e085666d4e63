package no.legevakttilskudd.statistikk;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The statistics page's texts, in bokmål here; nynorsk and English in messages/statistikktekst_nn.properties and
 * statistikktekst_en.properties. Templates use {statistikktekst:key}; the charts are drawn in Java with the same texts.
 */
@MessageBundle(value = "statistikktekst", locale = "nb")
public interface Statistikktekster {

    @Message("Statistikk")
    String tittel();

    @Message("Hvor gikk pengene, til hvem og til hva, og nådde de de minste kommunene? Tallene gjelder sendte søknader. "
            + "Tildelt er vedtak som er sendt til kommunen; et rettet vedtak teller med rettelsen.")
    String ingress();

    @Message("Utlysning")
    String filter_utlysning();

    @Message("Alle utlysninger")
    String alle_utlysninger();

    @Message("Vis")
    String vis();

    @Message("{#when antall.toString}{#is '1'}Alle utlysninger (1 utlysning){#else}Alle utlysninger ({antall} utlysninger){/when}")
    String overskrift_alle(Long antall);

    @Message("Ingen søknader er sendt i denne utlysningen ennå. Tallene og grafene kommer når kommunene har sendt søknader.")
    String tom();

    @Message("Ingen søknader er sendt ennå.")
    String tom_alle();

    @Message("Nøkkeltall")
    String nokkeltall_tittel();

    @Message("Søknader")
    String nokkeltall_soknader();

    @Message("Søkt")
    String nokkeltall_omsokt();

    @Message("Tildelt")
    String nokkeltall_tildelt();

    @Message("Utbetalt")
    String nokkeltall_utbetalt();

    @Message("Tilbakebetalt")
    String nokkeltall_tilbakebetalt();

    @Message("Netto")
    String nokkeltall_netto();

    @Message("utbetalt minus tilbakebetalt")
    String nokkeltall_netto_forklaring();

    @Message("{#when antall.toString}{#is '1'}til 1 søknad{#else}til {antall} søknader{/when}")
    String nokkeltall_tildelt_til(Long antall);

    @Message("Rammene til utlysningene, lagt sammen")
    String nokkeltall_rammer();

    @Message("Rammen")
    String nokkeltall_ramme();

    @Message("{prosent} er tildelt")
    String nokkeltall_ramme_brukt(String prosent);

    @Message("Gjennomsnittlig tilskudd")
    String nokkeltall_snitt();

    @Message("Median tilskudd")
    String nokkeltall_median();

    @Message("På venteliste etter reglene")
    String nokkeltall_venteliste();

    @Message("Kvalifiserte kommuner som søkte")
    String nokkeltall_sokte();

    @Message("Kvalifiserte kommuner som fikk tilskudd")
    String nokkeltall_fikk();

    @Message("{antall} av {av}")
    String antall_av(Long antall, Long av);

    @Message("Per fylke")
    String fylker_tittel();

    @Message("Per sentralitetsklasse")
    String klasser_tittel();

    @Message("Per prioritetsgruppe")
    String grupper_tittel();

    @Message("Per folketall")
    String folketall_tittel();

    @Message("Per tiltakskategori")
    String kategorier_tittel();

    @Message("Kommuner som kvalifiserer, som søkte og som fikk tilskudd")
    String dekning_tittel();

    @Message("Vaktbelastning per lege")
    String vaktbelastning_tittel();

    @Message("Hver stolpe er det som er søkt. Den fylte delen er tildelt, den skraverte delen er søkt, men ikke tildelt.")
    String fordeling_forklaring();

    @Message("Tildelt")
    String serie_tildelt();

    @Message("Søkt, ikke tildelt")
    String serie_ikke_tildelt();

    @Message("{tildelt} tildelt av {omsokt} søkt")
    String tildelt_av_omsokt(String tildelt, String omsokt);

    @Message("Fylke")
    String kolonne_fylke();

    @Message("Sentralitetsklasse")
    String kolonne_klasse();

    @Message("Prioritetsgruppe")
    String kolonne_gruppe();

    @Message("Folketall")
    String kolonne_folketall();

    @Message("Tiltakskategori")
    String kolonne_kategori();

    @Message("Søknader")
    String kolonne_soknader();

    @Message("Søkt")
    String kolonne_omsokt();

    @Message("Tildelt")
    String kolonne_tildelt();

    @Message("Søknader som fikk tilskudd")
    String kolonne_tildelte_soknader();

    @Message("Kommuner som kvalifiserer")
    String kolonne_kvalifiserte();

    @Message("Kommuner som søkte")
    String kolonne_sokte();

    @Message("Kommuner som fikk")
    String kolonne_fikk();

    @Message("Tiltak")
    String kolonne_tiltak();

    @Message("Søkt i søknader som fikk tilskudd")
    String kolonne_omsokt_i_tildelte();

    @Message("Kommuner")
    String kolonne_kommuner();

    @Message("Søkere")
    String kolonne_sokere();

    @Message("Timer per lege per år")
    String kolonne_timer();

    @Message("Vaktdøgn per lege per år")
    String kolonne_vaktdogn();

    @Message("Klasse {klasse}")
    String klasse(String klasse);

    @Message("{#when gruppe}{#is '1'}Gruppe 1: legevakt for én eller to kommuner{#is '2'}Gruppe 2: legevakt for tre eller flere kommuner"
            + "{#else}{gruppe}{/when}")
    String gruppe(String gruppe);

    @Message("{#when gruppe}{#is 'UNDER_1000'}Under 1 000 innbyggere{#is 'FRA_1000_TIL_2499'}1 000–2 499 innbyggere"
            + "{#is 'FRA_2500_TIL_4999'}2 500–4 999 innbyggere{#is 'FRA_5000'}5 000 innbyggere eller flere{#else}{gruppe}{/when}")
    String folketallsgruppe(String gruppe);

    @Message("Ukjent (ikke i registerversjonen)")
    String ukjent();

    @Message("Søkt per kategori: summen av budsjettlinjene i tiltakene. Et tilskudd fordeles ikke på tiltak; tabellen viser også hva "
            + "søknadene som fikk tilskudd, søkte om i kategorien.")
    String kategori_forklaring();

    @Message("{omsokt} søkt i {antall} tiltak")
    String kategori_verdi(String omsokt, Long antall);

    @Message("Kommuner som kvalifiserer i utlysningens registerversjon (sentralitetsklasse og folketall), som sendte søknad, og som "
            + "fikk tilskudd. En kommune telles én gang, også på tvers av utlysninger.")
    String dekning_forklaring();

    @Message("Kvalifiserer")
    String dekning_kvalifiserer();

    @Message("Søkte")
    String dekning_sokte();

    @Message("Fikk tilskudd")
    String dekning_fikk();

    @Message("{#when antall.toString}{#is '1'}1 kommune{#else}{antall} kommuner{/when}")
    String kommuner(Long antall);

    @Message("Gjennomsnitt for søknadene. Timer per lege er regnet ut av vaktdelingen og vaktformen: hjemmevakt med vaktklasse 1 "
            + "og omregning 5:1 etter arbeidsmiljøloven, tilstedevakt med alle timer, 253 hverdager og 112 helge- og høytidsdager. "
            + "Vaktdøgn er det kommunene oppga.")
    String vaktbelastning_forklaring();

    @Message("Alle søkere")
    String vakt_sokere();

    @Message("Fikk tilskudd")
    String vakt_tildelte();

    @Message("Fikk ikke tilskudd")
    String vakt_ikke_tildelte();

    @Message("{timer} timer")
    String timer(String timer);

    @Message("Last ned")
    String last_ned_tittel();

    @Message("Én rad per tildeling, uten personopplysninger.")
    String last_ned_hjelp();

    @Message("Tildelinger som CSV (Excel)")
    String last_ned_csv();

    @Message("Tildelinger som XLSX")
    String last_ned_xlsx();

    @Message("Tildelinger som JSON")
    String last_ned_json();

    @Message("360Giving (JSON)")
    String last_ned_360_json();

    @Message("360Giving (CSV)")
    String last_ned_360_csv();
}
