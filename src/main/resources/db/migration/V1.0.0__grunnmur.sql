-- Grunnmur: kommuneregister, utlysninger, søknader med vedlegg, hendelseslogg.
-- Money is whole NOK in BIGINT; times are TIMESTAMPTZ (instants); identifiers are ASCII.

-- Kommuneregister --------------------------------------------------------------------------

create table kommuneregister_versjon (
    id              bigint generated always as identity,
    kilde           varchar(500) not null,
    lastet_inn      timestamptz  not null,
    lastet_inn_av   varchar(200) not null,
    antall_kommuner integer      not null,
    aktiv           boolean      not null,
    constraint pk_kommuneregister_versjon primary key (id)
);
create unique index uidx_kommuneregister_versjon_aktiv on kommuneregister_versjon (aktiv) where aktiv;
comment on table kommuneregister_versjon is 'En versjon av kommuneregisteret (SSB-data). Eldre versjoner beholdes for utlysninger som viser til dem.';
comment on column kommuneregister_versjon.id is 'Løpenummer for versjonen.';
comment on column kommuneregister_versjon.kilde is 'Hvor dataene kom fra (fil og kilde).';
comment on column kommuneregister_versjon.lastet_inn is 'Når versjonen ble lastet inn.';
comment on column kommuneregister_versjon.lastet_inn_av is 'Hvem som lastet inn versjonen (brukernavn, eller system for den medfølgende).';
comment on column kommuneregister_versjon.antall_kommuner is 'Antall kommuner i versjonen.';
comment on column kommuneregister_versjon.aktiv is 'Sann for den ene versjonen nye utlysninger bruker.';

create table kommune (
    versjon_id          bigint       not null,
    kommunenummer       varchar(4)   not null,
    navn                varchar(200) not null,
    fylkesnummer        varchar(2)   not null,
    fylkesnavn          varchar(100) not null,
    sentralitetsklasse  integer      not null,
    sentralitetsindeks  integer      not null,
    folketall           integer      not null,
    folketall_aar       integer      not null,
    organisasjonsnummer varchar(9),
    constraint pk_kommune primary key (versjon_id, kommunenummer),
    constraint fk_kommune_versjon foreign key (versjon_id) references kommuneregister_versjon (id),
    constraint ck_kommune_kommunenummer check (kommunenummer ~ '^[0-9]{4}$'),
    constraint ck_kommune_sentralitetsklasse check (sentralitetsklasse between 1 and 6),
    constraint ck_kommune_sentralitetsindeks check (sentralitetsindeks between 0 and 1000),
    constraint ck_kommune_folketall check (folketall >= 0),
    constraint ck_kommune_organisasjonsnummer check (organisasjonsnummer is null or organisasjonsnummer ~ '^[0-9]{9}$')
);
create index idx_kommune_fylke on kommune (versjon_id, fylkesnummer);
comment on table kommune is 'En kommune i en versjon av kommuneregisteret: SSB sentralitet og folketall.';
comment on column kommune.versjon_id is 'Registerversjonen raden hører til.';
comment on column kommune.kommunenummer is 'Fire sifre, f.eks. 1840 (Saltdal).';
comment on column kommune.navn is 'Offisielt navn, med samiske og kvenske former der de finnes.';
comment on column kommune.fylkesnummer is 'De to første sifrene i kommunenummeret.';
comment on column kommune.fylkesnavn is 'Fylkets navn.';
comment on column kommune.sentralitetsklasse is 'SSB sentralitetsklasse 1 (mest sentral) til 6 (minst sentral), Klass 128.';
comment on column kommune.sentralitetsindeks is 'SSB sentralitetsindeks 0–1000 bak klassen.';
comment on column kommune.folketall is 'Folketall 1. januar i folketall_aar (SSB tabell 07459).';
comment on column kommune.folketall_aar is 'Året folketallet gjelder (1. januar).';
comment on column kommune.organisasjonsnummer is 'Kommunens organisasjonsnummer i Enhetsregisteret, der det er kjent.';

-- Utlysning ----------------------------------------------------------------------------------

create table utlysning (
    id                       bigint generated always as identity,
    aar                      integer       not null,
    tittel                   varchar(300)  not null,
    apner                    timestamptz   not null,
    soknadsfrist             timestamptz   not null,
    ramme                    bigint        not null,
    sentralitetsklasser      varchar(20)   not null,
    folketallsgrense         integer       not null,
    folketall_aar            integer,
    tak                      bigint        not null,
    minstebelop              bigint        not null,
    marginal                 varchar(10)   not null,
    klageadgang              boolean       not null,
    klage_tekst              varchar(4000),
    publisert                boolean       not null,
    avgjort                  timestamptz,
    kommuneregister_versjon_id bigint      not null,
    opprettet                timestamptz   not null,
    opprettet_av             varchar(200)  not null,
    versjon                  bigint        not null default 0,
    constraint pk_utlysning primary key (id),
    constraint fk_utlysning_kommuneregister_versjon foreign key (kommuneregister_versjon_id) references kommuneregister_versjon (id),
    constraint ck_utlysning_frist check (soknadsfrist > apner),
    constraint ck_utlysning_ramme check (ramme >= 0),
    constraint ck_utlysning_tak check (tak > 0),
    constraint ck_utlysning_minstebelop check (minstebelop >= 0 and minstebelop <= tak),
    constraint ck_utlysning_marginal check (marginal in ('PARTIAL', 'SKIP', 'STOP'))
);
comment on table utlysning is 'En utlysning (tilskuddsrunde), f.eks. 2022, med ramme og regelparametre (SPEC §4).';
comment on column utlysning.id is 'Løpenummer.';
comment on column utlysning.aar is 'Tilskuddsåret; brukes i søknadenes referansenummer (LV-<år>-<løpenummer>).';
comment on column utlysning.tittel is 'Utlysningens tittel.';
comment on column utlysning.apner is 'Når søknader kan sendes fra.';
comment on column utlysning.soknadsfrist is 'Søknadsfristen (vises i Europe/Oslo).';
comment on column utlysning.ramme is 'Gjeldende tilskuddsramme i hele kroner; endringer ligger i rammeendring.';
comment on column utlysning.sentralitetsklasser is 'Kvalifiserende sentralitetsklasser, kommaseparert (2022: 6).';
comment on column utlysning.folketallsgrense is 'Folketallet må være strengt under denne grensen (2022: 5000).';
comment on column utlysning.folketall_aar is 'Referanseåret for folketall; tom betyr registerets eget år.';
comment on column utlysning.tak is 'Høyeste tilskudd per søknad i hele kroner (2022: 1 500 000).';
comment on column utlysning.minstebelop is 'Laveste tilskudd som gis i hele kroner (2022: 0).';
comment on column utlysning.marginal is 'Hva som skjer med den første søknaden som ikke får plass i rammen: PARTIAL, SKIP eller STOP.';
comment on column utlysning.klageadgang is 'Om vedtak i utlysningen kan påklages.';
comment on column utlysning.klage_tekst is 'Tekst om klageadgang til vedtaksbrevet.';
comment on column utlysning.publisert is 'Usann mens utlysningen er et utkast som søkere ikke ser.';
comment on column utlysning.avgjort is 'Når alle vedtak i utlysningen var fattet (status DECIDED).';
comment on column utlysning.kommuneregister_versjon_id is 'Registerversjonen reglene bruker for utlysningen.';
comment on column utlysning.opprettet is 'Når utlysningen ble opprettet.';
comment on column utlysning.opprettet_av is 'Hvem som opprettet utlysningen.';
comment on column utlysning.versjon is 'Optimistisk låsing.';

create table rammeendring (
    id           bigint generated always as identity,
    utlysning_id bigint        not null,
    fra_belop    bigint        not null,
    til_belop    bigint        not null,
    begrunnelse  varchar(2000) not null,
    endret       timestamptz   not null,
    endret_av    varchar(200)  not null,
    constraint pk_rammeendring primary key (id),
    constraint fk_rammeendring_utlysning foreign key (utlysning_id) references utlysning (id)
);
create index idx_rammeendring_utlysning on rammeendring (utlysning_id, endret);
comment on table rammeendring is 'Historikk over endringer i en utlysnings ramme: hvem, når, hvorfor.';
comment on column rammeendring.id is 'Løpenummer.';
comment on column rammeendring.utlysning_id is 'Utlysningen rammen gjelder.';
comment on column rammeendring.fra_belop is 'Rammen før endringen, hele kroner.';
comment on column rammeendring.til_belop is 'Rammen etter endringen, hele kroner.';
comment on column rammeendring.begrunnelse is 'Hvorfor rammen ble endret.';
comment on column rammeendring.endret is 'Når endringen ble gjort.';
comment on column rammeendring.endret_av is 'Hvem som gjorde endringen.';

create table referanseteller (
    aar   integer not null,
    siste integer not null,
    constraint pk_referanseteller primary key (aar)
);
comment on table referanseteller is 'Løpenummer for søknadsreferanser (LV-<år>-<løpenummer>), ett per tilskuddsår.';
comment on column referanseteller.aar is 'Tilskuddsåret.';
comment on column referanseteller.siste is 'Siste løpenummer som er gitt ut for året.';

-- Søknad ---------------------------------------------------------------------------------------

create table soknad (
    id                bigint generated always as identity,
    utlysning_id      bigint        not null,
    kommunenummer     varchar(4)    not null,
    status            varchar(20)   not null,
    referanse         varchar(20),
    kontakt_navn      varchar(200),
    kontakt_epost     varchar(254),
    kontakt_telefon   varchar(20),
    antall_leger      integer,
    vaktdeling        integer,
    vaktdogn_per_lege integer,
    vaktform          varchar(20),
    formal            varchar(4000),
    omsokt            bigint        not null default 0,
    opprettet         timestamptz   not null,
    opprettet_av      varchar(200)  not null,
    endret            timestamptz   not null,
    sendt             timestamptz,
    trukket           timestamptz,
    versjon           bigint        not null default 0,
    constraint pk_soknad primary key (id),
    constraint fk_soknad_utlysning foreign key (utlysning_id) references utlysning (id),
    constraint ck_soknad_kommunenummer check (kommunenummer ~ '^[0-9]{4}$'),
    constraint ck_soknad_status check (status in ('UTKAST', 'SENDT', 'UNDER_BEHANDLING', 'INNVILGET', 'DELVIS_INNVILGET',
                                                  'AVSLATT', 'AVVIST', 'TRUKKET')),
    constraint ck_soknad_omsokt check (omsokt >= 0),
    constraint ck_soknad_sendt_har_referanse check (status in ('UTKAST', 'TRUKKET') or (referanse is not null and sendt is not null))
);
create unique index uidx_soknad_levende on soknad (utlysning_id, kommunenummer) where status <> 'TRUKKET';
create unique index uidx_soknad_referanse on soknad (referanse);
create index idx_soknad_utlysning_status on soknad (utlysning_id, status);
comment on table soknad is 'En kommunes søknad i en utlysning. Bare én levende (ikke trukket) søknad per kommune per utlysning.';
comment on column soknad.id is 'Løpenummer.';
comment on column soknad.utlysning_id is 'Utlysningen søknaden gjelder.';
comment on column soknad.kommunenummer is 'Søkerkommunen (fra innlogget brukers kommunenummer).';
comment on column soknad.status is 'UTKAST, SENDT, UNDER_BEHANDLING, INNVILGET, DELVIS_INNVILGET, AVSLATT, AVVIST eller TRUKKET.';
comment on column soknad.referanse is 'Referansenummer gitt ved innsending, f.eks. LV-2022-0042.';
comment on column soknad.kontakt_navn is 'Kontaktpersonens navn (personopplysning).';
comment on column soknad.kontakt_epost is 'Kontaktpersonens e-post (personopplysning).';
comment on column soknad.kontakt_telefon is 'Kontaktpersonens telefon, norsk nummer (personopplysning).';
comment on column soknad.antall_leger is 'Antall leger i legevaktturnusen i dag.';
comment on column soknad.vaktdeling is 'Turnusens deling: n i n-delt vakt.';
comment on column soknad.vaktdogn_per_lege is 'Antall vaktdøgn per lege per år i dag.';
comment on column soknad.vaktform is 'HJEMMEVAKT eller TILSTEDEVAKT.';
comment on column soknad.formal is 'Fritekst om formålet med tilskuddet.';
comment on column soknad.omsokt is 'Omsøkt beløp i hele kroner: summen av budsjettlinjene, regnet ut av systemet.';
comment on column soknad.opprettet is 'Når utkastet ble opprettet.';
comment on column soknad.opprettet_av is 'Hvem som opprettet utkastet.';
comment on column soknad.endret is 'Sist endret.';
comment on column soknad.sendt is 'Når søknaden ble sendt inn.';
comment on column soknad.trukket is 'Når søknaden ble trukket.';
comment on column soknad.versjon is 'Optimistisk låsing.';

create table soknad_legevakt_kommune (
    soknad_id     bigint     not null,
    rekkefolge    integer    not null,
    kommunenummer varchar(4) not null,
    constraint pk_soknad_legevakt_kommune primary key (soknad_id, rekkefolge),
    constraint fk_soknad_legevakt_kommune_soknad foreign key (soknad_id) references soknad (id) on delete cascade,
    constraint ck_soknad_legevakt_kommune_nummer check (kommunenummer ~ '^[0-9]{4}$')
);
create unique index uidx_soknad_legevakt_kommune on soknad_legevakt_kommune (soknad_id, kommunenummer);
comment on table soknad_legevakt_kommune is 'Kommunene som deler søkerens legevakt (søkeren selv medregnet).';
comment on column soknad_legevakt_kommune.soknad_id is 'Søknaden.';
comment on column soknad_legevakt_kommune.rekkefolge is 'Rekkefølgen søkeren oppga.';
comment on column soknad_legevakt_kommune.kommunenummer is 'En kommune i legevaktsamarbeidet.';

create table tiltak (
    id          bigint generated always as identity,
    soknad_id   bigint        not null,
    rekkefolge  integer       not null,
    kategori    varchar(30)   not null,
    beskrivelse varchar(4000),
    constraint pk_tiltak primary key (id),
    constraint fk_tiltak_soknad foreign key (soknad_id) references soknad (id) on delete cascade,
    constraint ck_tiltak_kategori check (kategori in ('REKRUTTERING', 'KOMPETANSE', 'UTSTYR', 'LEGEVAKTBIL', 'DIGITALE_VERKTOY', 'ANNET'))
);
create index idx_tiltak_soknad on tiltak (soknad_id);
comment on table tiltak is 'Et tiltak i en søknad, med kategori og budsjettlinjer.';
comment on column tiltak.id is 'Løpenummer.';
comment on column tiltak.soknad_id is 'Søknaden.';
comment on column tiltak.rekkefolge is 'Rekkefølgen i søknaden.';
comment on column tiltak.kategori is 'REKRUTTERING, KOMPETANSE, UTSTYR, LEGEVAKTBIL, DIGITALE_VERKTOY eller ANNET.';
comment on column tiltak.beskrivelse is 'Hva tiltaket går ut på.';

create table budsjettlinje (
    tiltak_id  bigint       not null,
    rekkefolge integer      not null,
    tekst      varchar(500) not null,
    belop      bigint       not null,
    constraint pk_budsjettlinje primary key (tiltak_id, rekkefolge),
    constraint fk_budsjettlinje_tiltak foreign key (tiltak_id) references tiltak (id) on delete cascade,
    constraint ck_budsjettlinje_belop check (belop > 0 and belop <= 100000000)
);
comment on table budsjettlinje is 'En budsjettlinje i et tiltak: tekst og beløp i hele kroner.';
comment on column budsjettlinje.tiltak_id is 'Tiltaket.';
comment on column budsjettlinje.rekkefolge is 'Rekkefølgen i tiltaket.';
comment on column budsjettlinje.tekst is 'Hva pengene går til.';
comment on column budsjettlinje.belop is 'Beløp i hele kroner, over 0 og høyst 100 000 000.';

create table vedlegg (
    id            bigint generated always as identity,
    soknad_id     bigint       not null,
    filnavn       varchar(255) not null,
    storrelse     integer      not null,
    sha256        varchar(64)  not null,
    innhold       bytea        not null,
    lastet_opp    timestamptz  not null,
    lastet_opp_av varchar(200) not null,
    constraint pk_vedlegg primary key (id),
    constraint fk_vedlegg_soknad foreign key (soknad_id) references soknad (id) on delete cascade,
    constraint ck_vedlegg_storrelse check (storrelse > 0 and storrelse <= 10485760)
);
create index idx_vedlegg_soknad on vedlegg (soknad_id);
comment on table vedlegg is 'PDF-vedlegg til en søknad, lagret i databasen i samme transaksjon som metadataene.';
comment on column vedlegg.id is 'Løpenummer.';
comment on column vedlegg.soknad_id is 'Søknaden.';
comment on column vedlegg.filnavn is 'Filnavnet søkeren lastet opp.';
comment on column vedlegg.storrelse is 'Størrelse i byte (høyst 10 MB).';
comment on column vedlegg.sha256 is 'SHA-256 av innholdet, heksadesimalt.';
comment on column vedlegg.innhold is 'Selve PDF-filen.';
comment on column vedlegg.lastet_opp is 'Når vedlegget ble lastet opp.';
comment on column vedlegg.lastet_opp_av is 'Hvem som lastet opp vedlegget.';

-- Hendelseslogg (append-only) -----------------------------------------------------------------

create table hendelse (
    id         bigint generated always as identity,
    tidspunkt  timestamptz   not null,
    aktor      varchar(200)  not null,
    rolle      varchar(100)  not null,
    entitet    varchar(50)   not null,
    entitet_id varchar(50)   not null,
    handling   varchar(50)   not null,
    for_verdi  varchar(4000),
    etter_verdi varchar(4000),
    constraint pk_hendelse primary key (id)
);
create index idx_hendelse_entitet on hendelse (entitet, entitet_id, tidspunkt);
comment on table hendelse is 'Hendelseslogg: én rad per tilstandsendring. Kan bare legges til, aldri endres eller slettes.';
comment on column hendelse.id is 'Løpenummer.';
comment on column hendelse.tidspunkt is 'Når endringen skjedde.';
comment on column hendelse.aktor is 'Hvem som gjorde endringen (brukernavn fra tokenet, eller system).';
comment on column hendelse.rolle is 'Rollen(e) aktøren handlet i.';
comment on column hendelse.entitet is 'Hva som ble endret, f.eks. SOKNAD, UTLYSNING, KOMMUNEREGISTER.';
comment on column hendelse.entitet_id is 'Id-en til det som ble endret.';
comment on column hendelse.handling is 'Handlingen, f.eks. OPPRETTET, SENDT, TRUKKET, RAMME_ENDRET.';
comment on column hendelse.for_verdi is 'Kort sammendrag av tilstanden før.';
comment on column hendelse.etter_verdi is 'Kort sammendrag av tilstanden etter.';

create function hendelse_kan_ikke_endres() returns trigger language plpgsql as $$
begin
    raise exception 'Hendelsesloggen kan bare utvides: % er ikke tillatt', tg_op using errcode = 'insufficient_privilege';
end;
$$;
comment on function hendelse_kan_ikke_endres() is 'Hindrer endring og sletting i hendelsesloggen.';

create trigger trg_hendelse_ingen_endring before update or delete on hendelse
    for each row execute function hendelse_kan_ikke_endres();
create trigger trg_hendelse_ingen_tomming before truncate on hendelse
    for each statement execute function hendelse_kan_ikke_endres();
