-- The reminder e-mails to the kommune: each sent once per decision and kind, also with several instances.

create table paminnelse_epost (
    vedtak_id bigint      not null,
    type      varchar(30) not null,
    sendt     timestamptz not null,
    constraint pk_paminnelse_epost primary key (vedtak_id, type),
    constraint fk_paminnelse_epost_vedtak foreign key (vedtak_id) references vedtak (id),
    constraint ck_paminnelse_epost_type check (type in ('AKSEPT', 'RAPPORT_FRIST', 'RAPPORT_FORSINKET'))
);
comment on table paminnelse_epost is 'Påminnelser på e-post til søknadens kontaktperson; primærnøkkelen sørger for at hver sendes én gang per vedtak og type, også med flere instanser.';
comment on column paminnelse_epost.vedtak_id is 'Vedtaket om tilskudd påminnelsen gjelder.';
comment on column paminnelse_epost.type is 'AKSEPT (ikke akseptert 14 dager etter sending), RAPPORT_FRIST (30 dager før rapportfristen) eller RAPPORT_FORSINKET (dagen etter fristen).';
comment on column paminnelse_epost.sendt is 'Når påminnelsen ble lagt i e-postutboksen (samme transaksjon som raden her).';
