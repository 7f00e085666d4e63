-- E-postutboks: e-post legges her i samme transaksjon som endringen som utløser den, og sendes av en planlagt jobb
-- etterpå. Da finnes e-posten nøyaktig når endringen er lagret, og en feil hos e-posttjeneren tar aldri med seg
-- endringen; den gir nye forsøk.

create table epost_utboks (
    id            bigint generated always as identity,
    til           varchar(254)  not null,
    emne          varchar(500)  not null,
    tekst         varchar(20000) not null,
    grunn         varchar(50)   not null,
    entitet       varchar(50)   not null,
    entitet_id    varchar(50)   not null,
    opprettet     timestamptz   not null,
    status        varchar(10)   not null,
    antall_forsok integer       not null default 0,
    neste_forsok  timestamptz   not null,
    siste_feil    varchar(2000),
    sendt         timestamptz,
    constraint pk_epost_utboks primary key (id),
    constraint ck_epost_utboks_status check (status in ('VENTER', 'SENDT', 'FEILET')),
    constraint ck_epost_utboks_grunn check (grunn ~ '^[A-Z][A-Z0-9_]*$'),
    constraint ck_epost_utboks_til check (position('@' in til) > 1),
    constraint ck_epost_utboks_antall_forsok check (antall_forsok >= 0),
    constraint ck_epost_utboks_sendt check ((status = 'SENDT') = (sendt is not null))
);
-- Jobben leter bare blant dem som venter; sendte rader blir liggende som spor uten å gjøre søket tregere.
create index idx_epost_utboks_forfalt on epost_utboks (neste_forsok, id) where status = 'VENTER';
create index idx_epost_utboks_entitet on epost_utboks (entitet, entitet_id);
comment on table epost_utboks is 'Utboks for e-post: én rad per e-post, lagt i samme transaksjon som endringen som utløste den, sendt av en planlagt jobb med nye forsøk.';
comment on column epost_utboks.id is 'Løpenummer.';
comment on column epost_utboks.til is 'Mottakerens e-postadresse.';
comment on column epost_utboks.emne is 'Emnefeltet.';
comment on column epost_utboks.tekst is 'Innholdet som ren tekst.';
comment on column epost_utboks.grunn is 'Hva slags e-post, f.eks. SOKNAD_KVITTERING.';
comment on column epost_utboks.entitet is 'Hva e-posten gjelder, f.eks. SOKNAD (som i hendelsesloggen).';
comment on column epost_utboks.entitet_id is 'Id-en til det e-posten gjelder.';
comment on column epost_utboks.opprettet is 'Når e-posten ble lagt i utboksen (samme transaksjon som endringen).';
comment on column epost_utboks.status is 'VENTER (ikke sendt ennå), SENDT, eller FEILET (ga opp etter for mange forsøk; må følges opp).';
comment on column epost_utboks.antall_forsok is 'Hvor mange ganger sending er forsøkt.';
comment on column epost_utboks.neste_forsok is 'Tidligste tidspunkt for neste forsøk; skyves ut etter hver feil.';
comment on column epost_utboks.siste_feil is 'Feilmeldingen fra siste mislykkede forsøk.';
comment on column epost_utboks.sendt is 'Når e-posten ble levert til e-posttjeneren.';
