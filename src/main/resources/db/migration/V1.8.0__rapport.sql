-- The kommune's report on how an award was used, per measure, and staff's approval.

create table rapport (
    vedtak_id     bigint       not null,
    innsendt      timestamptz  not null,
    innsendt_av   varchar(200) not null,
    for_sen       boolean      not null,
    brukt         bigint       not null,
    ubrukt        bigint       not null,
    status        varchar(20)  not null,
    kommentar     text,
    behandlet     timestamptz,
    behandlet_av  varchar(200),
    versjon       bigint       not null,
    constraint pk_rapport primary key (vedtak_id),
    constraint fk_rapport_vedtak foreign key (vedtak_id) references vedtak (id),
    constraint ck_rapport_belop check (brukt >= 0 and ubrukt >= 0),
    constraint ck_rapport_status check (status in ('SENDT', 'GODKJENT', 'MER_INFO'))
);
comment on table rapport is 'Kommunens rapport om bruken av et tilskudd (SPEC §3), og saksbehandlers behandling av den.';
comment on column rapport.vedtak_id is 'Vedtaket om tilskudd rapporten gjelder; én rapport per vedtak, som kan sendes på nytt når det bes om mer.';
comment on column rapport.innsendt is 'Når rapporten sist ble sendt.';
comment on column rapport.innsendt_av is 'Hvem i kommunen som sendte den sist (brukernavn).';
comment on column rapport.for_sen is 'Sann når rapporten kom etter rapportfristen.';
comment on column rapport.brukt is 'Summen kommunen har brukt av tilskuddet, i hele kroner.';
comment on column rapport.ubrukt is 'Det som ikke er brukt (tilskuddet minus brukt, ikke under 0): skal betales tilbake.';
comment on column rapport.status is 'SENDT (venter på saksbehandler), GODKJENT eller MER_INFO (kommunen må utdype og sende på nytt).';
comment on column rapport.kommentar is 'Saksbehandlers kommentar, særlig når det bes om mer.';
comment on column rapport.behandlet is 'Når saksbehandler sist godkjente eller ba om mer.';
comment on column rapport.behandlet_av is 'Saksbehandleren (brukernavn).';
comment on column rapport.versjon is 'Versjon for optimistisk låsing.';

create table rapport_tiltak (
    vedtak_id bigint  not null,
    tiltak_nr integer not null,
    gjort     text    not null,
    brukt     bigint  not null,
    constraint pk_rapport_tiltak primary key (vedtak_id, tiltak_nr),
    constraint fk_rapport_tiltak_rapport foreign key (vedtak_id) references rapport (vedtak_id),
    constraint ck_rapport_tiltak_brukt check (brukt >= 0)
);
comment on table rapport_tiltak is 'Rapporten per tiltak i søknaden: hva som ble gjort og hva det kostet.';
comment on column rapport_tiltak.vedtak_id is 'Rapporten (vedtaket) linjen hører til.';
comment on column rapport_tiltak.tiltak_nr is 'Tiltakets plass i søknaden, fra 0.';
comment on column rapport_tiltak.gjort is 'Hva kommunen gjorde.';
comment on column rapport_tiltak.brukt is 'Hva tiltaket kostet av tilskuddet, i hele kroner.';
