-- Appeals against sent decisions (SPEC §2): filed by the kommune, decided or forwarded by staff.

create table klage (
    id           bigint generated always as identity,
    vedtak_id    bigint       not null,
    tekst        text         not null,
    innsendt     timestamptz  not null,
    innsendt_av  varchar(200) not null,
    for_sen      boolean      not null,
    utfall       varchar(20),
    behandlet    timestamptz,
    behandlet_av varchar(200),
    oversendt    date,
    notat        text,
    constraint pk_klage primary key (id),
    constraint fk_klage_vedtak foreign key (vedtak_id) references vedtak (id),
    constraint ck_klage_utfall check (utfall is null or utfall in ('MEDHOLD', 'IKKE_MEDHOLD')),
    constraint ck_klage_behandlet check ((utfall is null) = (behandlet is null)),
    constraint ck_klage_oversendt check (utfall is distinct from 'IKKE_MEDHOLD' or oversendt is not null)
);
create unique index uidx_klage_apen on klage (vedtak_id) where utfall is null;
comment on table klage is 'En klage fra kommunen på et sendt vedtak. For sene klager tas imot, men merkes.';
comment on column klage.id is 'Løpenummer for klagen.';
comment on column klage.vedtak_id is 'Vedtaket det klages på; bare én åpen klage per vedtak.';
comment on column klage.tekst is 'Hva kommunen klager på, og hvorfor.';
comment on column klage.innsendt is 'Når klagen kom inn.';
comment on column klage.innsendt_av is 'Hvem i kommunen som sendte klagen (brukernavn).';
comment on column klage.for_sen is 'Sann når klagen kom etter fristen (tre uker fra vedtaket ble sendt, norsk dato).';
comment on column klage.utfall is 'MEDHOLD (nytt vedtak følger) eller IKKE_MEDHOLD (sendes videre til klageinstansen); tom mens den behandles.';
comment on column klage.behandlet is 'Når saksbehandler registrerte utfallet.';
comment on column klage.behandlet_av is 'Saksbehandleren som registrerte utfallet.';
comment on column klage.oversendt is 'Datoen klagen ble sendt videre til klageinstansen, når den ikke fikk medhold.';
comment on column klage.notat is 'Saksbehandlerens notat om behandlingen.';
